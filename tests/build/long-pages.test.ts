import { describe, expect, it } from 'vitest';
import { parsePage, select, selectAll } from '../helpers/site';

/**
 * Long pages (the one-page report, the list of cited texts) have a contents
 * list that stays reachable: it stays in view on wide screens (the report's
 * contents panel, or toc.css) and, for narrow screens, each part ends with
 * « Retour au sommaire » back to the contents written in the page.
 */
describe.each([
  ['rapport/complet/', 'section.report-section', 'nav.toc'],
  ['resolutions/', 'article > section', 'nav.toc--flottant'],
])('%s', (path, partSelector, contentsSelector) => {
  const page = parsePage(path);
  const ids = new Set(selectAll('[id]', page).map((node) => String(node.properties.id)));
  const contents = select(contentsSelector, page);

  it('has a contents list whose every link leads to a heading of the page', () => {
    expect(contents).toBeDefined();
    const targets = selectAll('a[href]', contents!).map((a) => String(a.properties.href));
    expect(targets.length).toBeGreaterThan(1);
    for (const target of targets) {
      expect(target.startsWith('#'), target).toBe(true);
      expect(ids.has(target.slice(1)), target).toBe(true);
    }
    expect(ids.has('sommaire')).toBe(true);
  });

  it('ends every part with a link back to the contents', () => {
    const parts = selectAll(partSelector, page);
    const back = selectAll('.retour-sommaire a[href="#sommaire"]', page);
    expect(parts.length).toBeGreaterThan(1);
    expect(back).toHaveLength(parts.length);
  });
});
