/**
 * Runs a search in the browser. First what the build-time search map answers
 * alone (texts whose identifier is typed, with every passage that cites them;
 * paragraph references such as `§ 7.3`), then Pagefind's full-text results
 * (`search-fulltext.ts`, a chunk of its own, loaded after the map), whose
 * fragments are fetched only for the results shown (`more()`). The map and
 * Pagefind are fetched when the search opens.
 */
import type { ExcerptPart } from '../lib/search-excerpts';
import type { SearchType } from '../lib/search-filters';
import { lookup, type IdentifierMap } from '../lib/search-map';
import { wordsOf } from '../lib/french-words';
import { parseReferences } from '../lib/paragraph-references';
import { fullTextQuery, identifierCandidates } from '../lib/search-query';
import { leadingHits } from '../lib/search-ranking';
import { resultUrl } from './search-links';
import { loadPagefind } from './search-pagefind';

const BASE = import.meta.env.BASE_URL;

export interface SearchHit {
  url: string;
  title: string;
  parts: ExcerptPart[];
  /**
   * For a full-text result, the best one to three paragraphs holding its words
   * (`/rapport/?surligner=financières#p0-4`), best first, with their labels (`0.4`).
   */
  paragraphs?: { url: string; label: string }[];
  /** For a full-text result, the words of the page Pagefind matched (`financières` for « financement »). */
  words?: string[];
  /** Set for the text whose number is exactly the one typed. */
  exact?: { citation: string };
  /** A passage that cites the exact text above it, the paragraph a reference names, or an acronym's glossary entry. */
  kind?: 'passage' | 'paragraphe' | 'sigle';
}

export interface SearchFilters {
  type?: string[];
  organe?: string[];
}

/** A search's answer: the hits drawn from the map, then full-text hits loaded on demand. */
export interface SearchAnswer {
  /** Texts, their passages and referenced paragraphs: known before any Pagefind request. */
  leading: SearchHit[];
  /** A message for references that exist nowhere (« Le § 9.9 n’existe pas… »). */
  notice: string;
  /** How many results there are in all, leading ones included, less the full-text repeats found so far. */
  total(): number;
  /** Loads the next `count` full-text results (their fragments only), without repeats of `leading`. */
  more(count: number): Promise<SearchHit[]>;
  /** Whether full-text results remain to be loaded. */
  hasMore(): boolean;
  /**
   * A correction of the query (« gouvernence » → « gouvernance ») when it found
   * little, judged from the results `shown`; undefined otherwise.
   */
  suggest(shown: readonly SearchHit[]): Promise<string | undefined>;
}

let identifiers: Promise<IdentifierMap> | undefined;

function loadIdentifiers(): Promise<IdentifierMap> {
  identifiers ??= fetch(`${BASE}recherche/identifiants.json`).then(
    (response) => response.json() as Promise<IdentifierMap>,
  );
  return identifiers;
}

/** Runs `task` when the main thread is idle (soon, where the browser cannot say). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task);
  else setTimeout(task, 20);
}

let compiled: Promise<void> | undefined;

/**
 * Reads a one-character query of each kind, one function per task (`schedule`), so that the
 * browser compiles the query's regular expressions (Unicode classes, lookbehinds: 100 to
 * 200 ms on a phone the first time, once for plain text and once for text with `’`) in
 * short tasks, not in one long one in the first search, which a key typed then would wait for.
 */
function compileQueryCode(schedule: (task: () => void) => void): Promise<void> {
  compiled ??= loadIdentifiers().then(
    (map) =>
      new Promise((done) => {
        const steps = ['1', '1 ’'].flatMap((sample) => [
          () => parseReferences(sample),
          () => identifierCandidates(sample),
          () => fullTextQuery(`l${sample}`),
          () => leadingHits(sample, map),
        ]);
        const next = () => {
          steps.shift()?.();
          if (steps.length > 0) schedule(next);
          else done();
        };
        schedule(next);
      }),
  );
  return compiled;
}

/** Starts fetching the search code and data (on focus, before the first key). */
export function warmUp(): void {
  // The small map first, and Pagefind only in a later task: a number's text and passages are
  // drawn from the map before any Pagefind file is requested.
  // The full-text code follows once Pagefind is ready (its WebAssembly and index metadata loaded).
  // While the reader types, the query code compiles when the page is idle, between keys.
  void loadIdentifiers().finally(() => {
    void compileQueryCode(whenIdle);
    setTimeout(() => void loadPagefind().then(async (engine) => (await engine.ready, import('./search-fulltext'))));
  });
}

/** The report of the page the search was opened from (`data-rapport` on its article), if any. */
function currentReport(): string | undefined {
  return document.querySelector<HTMLElement>('[data-rapport]')?.dataset.rapport;
}

const NO_RESULTS: SearchAnswer = {
  leading: [],
  notice: '',
  total: () => 0,
  more: async () => [],
  hasMore: () => false,
  suggest: async () => undefined,
};

/**
 * Searches. The leading hits need only the small map, so they are passed to
 * `onLeading` as soon as it is loaded, before Pagefind answers; the returned
 * answer then loads full-text hits page by page.
 */
export async function search(
  query: string,
  filters: SearchFilters = {},
  onLeading?: (hits: SearchHit[]) => void,
): Promise<SearchAnswer> {
  if (query.trim() === '') return NO_RESULTS;
  const map = await loadIdentifiers();
  const answer = leadingHits(query, map, currentReport());
  const typeAllowed = (type: SearchType) => !filters.type?.length || filters.type.includes(type);
  const leading: SearchHit[] = [];
  for (const hit of answer.hits) {
    if (hit.kind === 'texte') {
      const text = lookup(map.textes, hit.slug)!;
      if (!typeAllowed('Résolution') || (filters.organe?.length && !filters.organe.includes(text.organe))) continue;
      leading.push({ url: hit.url, title: hit.titre, parts: [], exact: { citation: hit.citation } });
    } else if (hit.kind === 'sigle') {
      if (typeAllowed('Page')) leading.push({ url: hit.url, title: hit.titre, parts: [], kind: 'sigle' });
    } else if (typeAllowed('Section du rapport')) {
      // The cited words marked in the excerpt are marked on the page too.
      const cited = hit.parts.filter((part) => part.marked).map((part) => part.text);
      const url =
        cited.length > 0
          ? resultUrl(
              hit.url,
              wordsOf(cited.join(' ')).map(({ word }) => word),
            )
          : hit.url;
      leading.push({ url, title: hit.titre, parts: hit.parts, kind: hit.kind });
    }
  }
  const notice = answer.notice;
  if (leading.length > 0 || notice) onLeading?.(leading);

  const words = fullTextQuery(answer.rest);
  if (!words) return { ...NO_RESULTS, leading, notice, total: () => leading.length };
  const engine = await loadPagefind();
  const pagefindFilters: Record<string, { any: string[] }> = {};
  if (filters.type?.length) pagefindFilters.type = { any: filters.type };
  if (filters.organe?.length) pagefindFilters.organe = { any: filters.organe };
  const found = (await engine.search(words, { filters: pagefindFilters }))?.results ?? [];
  // The full-text code is of no use before Pagefind answers: it is fetched then, or when Pagefind is ready.
  const { fullTextAnswer } = await import('./search-fulltext');
  return { leading, notice, ...(await fullTextAnswer(found, words, query, leading)) };
}
