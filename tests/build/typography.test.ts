import { describe, expect, it } from 'vitest';
import { listPages, parsePage } from '../helpers/site';
import { pageTypographyFaults } from '../helpers/typography-scan';

/** French typography reaches every string a page renders, not only the report's text. */
describe('interface typography', () => {
  it('leaves no typographic fault in the rendered text, title, read attributes and JSON-LD of any page', () => {
    const pages = listPages();
    expect(pages.length).toBeGreaterThan(90);
    const faults = pages.flatMap((path) => pageTypographyFaults(parsePage(path)).map((fault) => `/${path} ${fault}`));
    expect(faults).toEqual([]);
  });
});
