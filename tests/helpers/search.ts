import type { Page } from 'playwright-core';

/** Where search results are shown: the `/recherche/` page, or the header's search dialog. */
export type SearchSurface = 'page' | 'dialog';

/** The field, status line and results list of each surface. */
const SURFACE: Record<SearchSurface, { field: string; status: string; list: string }> = {
  page: { field: '#q', status: '#etat-recherche', list: '#resultats' },
  dialog: { field: '#recherche-champ', status: '.search-dialog .search-status', list: '#recherche-resultats' },
};

/**
 * Waits until the search on `surface` has answered, as a reader sees it: its status line counts
 * results (« 1 résultat », « 12 résultats », « Aucun résultat »…) and its list is not being
 * filled (`aria-busy`). With `query`, the status must name that query (« … pour « 140 » »), so
 * that the answer to an earlier query does not count. Never waits for time.
 */
export async function waitForResults(page: Page, surface: SearchSurface = 'page', query?: string): Promise<void> {
  // The status echoes the query cleaned: spaces folded, as `cleanQuery` does.
  const shown = query?.replace(/\s+/g, ' ').trim();
  const echo = shown === undefined || shown.length > 60 ? undefined : shown;
  try {
    await page.waitForFunction(
      ([{ status, list }, echo]) => {
        const said = document.querySelector(status)?.textContent ?? '';
        const busy = document.querySelector(list)?.getAttribute('aria-busy') === 'true';
        return /résultat/.test(said) && !busy && (echo === undefined || said.includes(`«\u00a0${echo}\u00a0»`));
      },
      [SURFACE[surface], echo] as const,
    );
  } catch (error) {
    // Say what the reader saw instead, so that a timeout names its cause.
    const seen = await page
      .evaluate(
        ({ status, list }) => ({
          url: location.href,
          status: document.querySelector(status)?.textContent ?? null,
          busy: document.querySelector(list)?.getAttribute('aria-busy') ?? null,
          items: document.querySelector(list)?.children.length ?? null,
        }),
        SURFACE[surface],
      )
      .catch(() => 'page closed');
    throw new Error(`No search answer on ${surface}: ${JSON.stringify(seen)}`, { cause: error });
  }
}

/** Opens `/recherche/?q=…` (with `extra` parameters such as `&type=…`) in `page` and waits for its answer. */
export async function openSearchPage(page: Page, siteUrl: string, query: string, extra = ''): Promise<void> {
  await page.goto(`${siteUrl}recherche/?q=${encodeURIComponent(query)}${extra}`);
  await waitForResults(page, 'page');
}

/**
 * Types a new query into a surface's field (replacing what is there, as a reader selects all and
 * types) and waits for the answer to that query.
 */
export async function searchFor(page: Page, query: string, surface: SearchSurface = 'page'): Promise<void> {
  await page.fill(SURFACE[surface].field, query);
  await waitForResults(page, surface, query);
}

/** Opens the header search with «/» and waits for the answer to `query`. */
export async function searchInDialog(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForSelector('dialog.search-dialog[open]');
  await page.keyboard.type(query);
  await waitForResults(page, 'dialog', query);
}

/** Each result's address as path and fragment (`/rapport/7/#p7-4`), in order. */
export async function resultHrefs(page: Page, surface: SearchSurface = 'page'): Promise<string[]> {
  return page.$$eval(`${SURFACE[surface].list} > li > a.hit__title`, (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}

/** Each result's path alone (`/rapport/7/`), in order. */
export async function resultPaths(page: Page, surface: SearchSurface = 'page'): Promise<string[]> {
  return page.$$eval(`${SURFACE[surface].list} > li > a.hit__title`, (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}
