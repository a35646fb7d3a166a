/**
 * « Vouliez-vous dire : … ? » in the browser: the site's vocabulary
 * (`/recherche/vocabulaire.json`, built with the index) and the suggestion
 * code are loaded only when a query finds little.
 */
import { suggestQuery } from '../lib/search-suggestions';

const BASE = import.meta.env.BASE_URL;
let vocabulary: Promise<string[]> | undefined;

/** The query with its unknown words replaced by the closest words of the site, or undefined. */
export async function suggestionFor(query: string): Promise<string | undefined> {
  vocabulary ??= fetch(`${BASE}recherche/vocabulaire.json`).then(
    (response) => response.json() as Promise<string[]>,
    () => [],
  );
  return suggestQuery(query, await vocabulary);
}
