/**
 * How many results a search has: the number said is the number of distinct
 * results the reader can reach. Leading hits (texts, passages, paragraph
 * references from the search map) come first; a full-text result counts only
 * if its page is not already reached by one of them, which the page of each
 * Pagefind result id (`/recherche/pages.json`) tells before any fragment is
 * fetched.
 */

/**
 * The full-text results whose page no leading hit lists, in Pagefind's order.
 * `pageOf` maps a result id to its page path from the site's root
 * (`/rapport/7/`), `base` is the site's base path (`/` or `/sous-chemin/`),
 * and `listed` holds the paths of the leading hits (base included, no query
 * nor fragment). A result whose page is unknown is kept.
 * `newResults([{id: 'a'}, {id: 'b'}], {a: '/rapport/7/', b: '/rapport/8/'}, '/', ['/rapport/7/'])` → `[{id: 'b'}]`.
 */
export function newResults<T extends { id: string }>(
  found: readonly T[],
  pageOf: Readonly<Record<string, string>>,
  base: string,
  listed: Iterable<string>,
): T[] {
  const seen = new Set(listed);
  const prefix = base.replace(/\/$/, '');
  return found.filter((result) => {
    const page = Object.hasOwn(pageOf, result.id) ? pageOf[result.id] : undefined;
    return page === undefined || !seen.has(prefix + page);
  });
}

/** The number said for a search: its leading hits and its new full-text results (see `newResults`). */
export function resultCount(leading: number, newFullText: number): number {
  return leading + newFullText;
}
