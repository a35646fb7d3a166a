/**
 * Pagefind's full-text results, as search hits: each result opens on the best
 * paragraph that holds its words (`search-paragraphs.ts`), names up to three,
 * and marks on the page the words Pagefind matched. A chunk of its own, loaded
 * once Pagefind's runtime is: a number's answer, drawn from the search map,
 * never waits for it.
 */
import { readableTitle, excerptParts } from '../lib/search-excerpts';
import { paragraphLabel } from '../lib/ids';
import { matchedParagraphs, matchedWords } from '../lib/search-paragraphs';
import type { Pagefind } from './search-pagefind';
import type { SearchAnswer, SearchFilters, SearchHit } from './search-engine';
import { resultUrl } from './search-links';

const BASE = import.meta.env.BASE_URL;

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
 * Full-text results for `words` (the query as Pagefind reads it), without the
 * pages that `leading` already lists: a page already reached by a text, a
 * passage or a paragraph reference is not listed twice. `total()` is exact
 * before any fragment is loaded: it is what «Afficher plus» reaches.
 */
export async function fullTextAnswer(
  engine: Pagefind,
  words: string,
  filters: SearchFilters,
  leading: readonly SearchHit[],
): Promise<Pick<SearchAnswer, 'total' | 'more' | 'hasMore'>> {
  const pagefindFilters: Record<string, { any: string[] }> = {};
  if (filters.type?.length) pagefindFilters.type = { any: filters.type };
  if (filters.organe?.length) pagefindFilters.organe = { any: filters.organe };
  let found = (await engine.search(words, { filters: pagefindFilters }))?.results ?? [];
  if (leading.length > 0 && found.length > 0) {
    const listed = new Set(leading.map((hit) => pathOf(hit.url)));
    const pageOf = await loadPages();
    // The map writes paths from the site's root, as Pagefind does before adding the base.
    const base = BASE.replace(/\/$/, '');
    found = found.filter((result) => {
      const path = pageOf[result.id];
      return path === undefined || !listed.has(pathOf(base + path));
    });
  }
  const typed = words.split(/\s+/);
  let next = 0;
  return {
    total: () => leading.length + found.length,
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
