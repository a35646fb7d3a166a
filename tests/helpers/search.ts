import type { Page } from 'playwright-core';

/** Where search results are shown: the `/recherche/` page, or the header's search dialog. */
export type SearchSurface = 'page' | 'dialog';

/** The status line of each surface, which says « N résultats » once a search has answered. */
const STATUS: Record<SearchSurface, string> = {
  page: '#etat-recherche',
  dialog: '.search-dialog .search-status',
};

/**
 * Waits until the search on `surface` has answered, as a reader sees it: its status line counts
 * results (« 1 résultat », « 12 résultats », « Aucun résultat »…). Never waits for time.
 */
export async function waitForResults(page: Page, surface: SearchSurface = 'page'): Promise<void> {
  await page.waitForFunction(
    (selector) => /résultat/.test(document.querySelector(selector)?.textContent ?? ''),
    STATUS[surface],
  );
}
