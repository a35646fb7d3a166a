/**
 * The values of Pagefind's `type` filter as pages write them
 * (`data-pagefind-filter="type:Page"`), taken from {@link SEARCH_TYPES} so a
 * page can only use a type the search page offers.
 */

/** The page types search can be filtered by (`data-pagefind-filter="type:…"` on each page). */
export const SEARCH_TYPES = ['Section du rapport', 'Résolution', 'Réunion', 'Page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The `data-pagefind-filter` value of a page of type `type`: `searchTypeFilter('Page')` → `type:Page`. */
export function searchTypeFilter(type: SearchType): string {
  if (!SEARCH_TYPES.includes(type)) throw new Error(`type de recherche inconnu : ${type}`);
  return `type:${type}`;
}
