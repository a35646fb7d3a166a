import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { duplicateIds, listPages, parsePage } from '../helpers/site';

describe('ids are unique on every built page', () => {
  it('finds a planted duplicate (a hand-written <p id="p7-3"> beside the computed one)', () => {
    const page = fromHtml('<main><p id="p7-3">Texte.</p><p id="p7-4">Suite.</p><p id="p7-3">Ajout.</p></main>');
    expect(duplicateIds(page)).toEqual(['p7-3']);
  });

  it('no page of the site uses an id twice', () => {
    const pages = listPages();
    expect(pages.length).toBeGreaterThan(50);
    const duplicates = pages.flatMap((path) => duplicateIds(parsePage(path)).map((id) => `${path}#${id}`));
    expect(duplicates).toEqual([]);
  });
});
