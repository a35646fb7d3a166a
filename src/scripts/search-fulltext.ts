/**
 * Pagefind's full-text results, as search hits: each result opens on the best
 * paragraph that holds its words (`search-paragraphs.ts`), names up to three,
 * and marks on the page the words Pagefind matched. A chunk of its own, loaded
 * once Pagefind's runtime is: a number's answer, drawn from the search map,
 * never waits for it.
 */
import { foldText } from '../lib/fold';
import { matchesTerm, wordsOf } from '../lib/french-words';
import { readableTitle, excerptParts } from '../lib/search-excerpts';
import { cleanQuery } from '../lib/search-query';
import { paragraphLabel } from '../lib/ids';
import { newResults, resultCount } from '../lib/search-count';
import { matchedParagraphs, matchedWords } from '../lib/search-paragraphs';
import type { PagefindResult } from './search-pagefind';
import type { SearchAnswer, SearchHit } from './search-engine';
import { resultUrl } from './search-links';

const BASE = import.meta.env.BASE_URL;

/** Below this many results, a query may hold a typo: the vocabulary is loaded and a correction looked for. */
const FEW_RESULTS = 3;

/**
 * A correction of `query` (« gouvernence » → « gouvernance »), from the
 * site's own words, when its answer found little: fewer than three results
 * (`total`), or a typed word that none of the `shown` results matched as
 * written (only through its stem, `gouvernence` finding « gouvernance », or
 * not at all, `télécomunications` finding « telles »). Undefined otherwise;
 * the vocabulary and its code are loaded on the first such query only.
 */
async function suggestionIfFew(query: string, total: number, shown: readonly SearchHit[]): Promise<string | undefined> {
  const clean = cleanQuery(query);
  const typed = wordsOf(clean)
    .map(({ word }) => foldText(word))
    .filter((word) => word.length >= 4 && /^\p{L}+$/u.test(word));
  if (typed.length === 0) return undefined;
  const matched = shown.flatMap((hit) => hit.words ?? []);
  const foundAsTyped = (word: string) => matched.some((page) => matchesTerm(page, word));
  if (total >= FEW_RESULTS && typed.every(foundAsTyped)) return undefined;
  const { suggestionFor } = await import('./search-suggest');
  return suggestionFor(clean);
}

let pages: Promise<Record<string, string>> | undefined;

/**
 * The page of each Pagefind result id (`/recherche/pages.json`, written with
 * the index), so that a page already listed among the leading hits is known
 * before any fragment is fetched, and the count is exact from the start.
 */
function loadPages(): Promise<Record<string, string>> {
  pages ??= fetch(`${BASE}recherche/pages.json`).then(
    (response) => response.json() as Promise<Record<string, string>>,
    () => ({}),
  );
  return pages;
}

/** The path of an address, as leading hits and the pages map write it (`/rapport/7/`). */
function pathOf(url: string): string {
  return new URL(url, location.href).pathname;
}

/**
 * Full-text results (`found`, Pagefind's answer to `words`, the query as
 * Pagefind reads it), without the pages that `leading` already lists: a page
 * already reached by a text, a passage or a paragraph reference is not listed
 * twice. `total()` is exact before any fragment is loaded: it is what
 * «Afficher plus» reaches.
 */
export async function fullTextAnswer(
  found: readonly PagefindResult[],
  words: string,
  query: string,
  leading: readonly SearchHit[],
): Promise<Omit<SearchAnswer, 'leading' | 'notice'>> {
  if (leading.length > 0 && found.length > 0) {
    found = newResults(
      found,
      await loadPages(),
      BASE,
      leading.map((hit) => pathOf(hit.url)),
    );
  }
  const typed = words.split(/\s+/);
  let next = 0;
  return {
    total: () => resultCount(leading.length, found.length),
    suggest: (shown) => suggestionIfFew(query, resultCount(leading.length, found.length), shown),
    hasMore: () => next < found.length,
    async more(count: number) {
      const page = found.slice(next, next + count);
      next += page.length;
      const data = await Promise.all(page.map((result) => result.data()));
      return data.map((result): SearchHit => {
        const chosen = matchedParagraphs({
          anchors: result.anchors,
          content: result.content,
          locations: result.weighted_locations ?? result.locations,
        });
        const words = matchedWords(result.content, result.locations);
        const pageWords = [...words, ...typed];
        const paragraphs = chosen.map((paragraph) => ({
          url: resultUrl(result.url, [...paragraph.words, ...pageWords], paragraph.id),
          label: paragraphLabel(paragraph.id),
        }));
        return {
          url: paragraphs[0]?.url ?? resultUrl(result.url, pageWords),
          title: readableTitle(result.meta.title ?? pathOf(result.url)),
          parts: excerptParts(result.excerpt),
          ...(paragraphs.length > 0 ? { paragraphs } : {}),
          words,
        };
      });
    },
  };
}
