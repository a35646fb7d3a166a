/**
 * Runs a search in the browser. First what the build-time search map answers
 * alone (texts whose identifier is typed, with every passage that cites them;
 * paragraph references such as `§ 7.3`), then Pagefind's full-text results,
 * whose fragments are fetched only for the results shown (`more()`). The map
 * and Pagefind are fetched on the first search only.
 */
import { excerptParts, readableTitle, type ExcerptPart } from '../lib/search-excerpts';
import { foldText } from '../lib/fold';
import { lookup, type IdentifierMap } from '../lib/search-map';
import { matchedParagraphs, matchedWords, type Anchor, type WeightedLocation } from '../lib/search-paragraphs';
import { fullTextQuery } from '../lib/search-query';
import { leadingHits } from '../lib/search-ranking';

import { paragraphLabel } from '../lib/ids';
import type { SearchType } from '../lib/search-filters';
import { HIGHLIGHT_PARAM } from './highlight-param';

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
}

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  anchors: Anchor[];
  locations: number[];
  weighted_locations?: WeightedLocation[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
let identifiers: Promise<IdentifierMap> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    // No web worker: for an index this small it would only download Pagefind's code twice (12 KB gzip).
    await module.options({ baseUrl: BASE, excerptLength: 26, noWorker: true });
    // Its WebAssembly and index metadata start loading now, while the reader types.
    void module.init();
    return module;
  });
  return pagefind;
}

function loadIdentifiers(): Promise<IdentifierMap> {
  identifiers ??= fetch(`${BASE}recherche/identifiants.json`).then(
    (response) => response.json() as Promise<IdentifierMap>,
  );
  return identifiers;
}

/** Starts fetching the search code and data (on focus, before the first key). */
export function warmUp(): void {
  // The small map first, and Pagefind only in a later task: a number's text and passages are
  // drawn from the map before any Pagefind file is requested.
  void loadIdentifiers().finally(() => setTimeout(() => void loadPagefind()));
}

/**
 * A result's address with the words to highlight (`?surligner=…`: the words
 * of the page Pagefind matched, then those typed, each once, at most 12) and
 * an optional paragraph fragment: `/rapport/?surligner=financières&surligner=financement#p0-4`.
 */
function resultUrl(url: string, words: readonly string[], fragment?: string): string {
  const target = new URL(url, location.href);
  const seen = new Set<string>();
  for (const word of words) {
    const key = foldText(word);
    if (word.length < 2 || seen.has(key) || seen.size >= 12) continue;
    seen.add(key);
    target.searchParams.append(HIGHLIGHT_PARAM, word);
  }
  if (fragment) target.hash = fragment;
  return target.pathname + target.search + target.hash;
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
      const url = cited.length > 0 ? resultUrl(hit.url, cited.join(' ').split(/\s+/)) : hit.url;
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
  const seen = new Set(
    leading.map((hit) => {
      const url = new URL(hit.url, location.href);
      return url.pathname + url.hash;
    }),
  );
  let next = 0;
  let repeats = 0;
  return {
    leading,
    notice,
    total: () => leading.length + found.length - repeats,
    hasMore: () => next < found.length,
    async more(count: number) {
      const page = found.slice(next, next + count);
      next += page.length;
      const data = await Promise.all(page.map((result) => result.data()));
      const hits: SearchHit[] = [];
      const typed = words.split(/\s+/);
      for (const result of data) {
        const path = new URL(result.url, location.href).pathname;
        const chosen = matchedParagraphs({
          anchors: result.anchors,
          content: result.content,
          locations: result.weighted_locations ?? result.locations,
        });
        if (seen.has(path) || (chosen[0] && seen.has(`${path}#${chosen[0].id}`))) {
          repeats++;
          continue;
        }
        seen.add(path);
        const pageWords = [...matchedWords(result.content, result.locations), ...typed];
        const paragraphs = chosen.map((paragraph) => ({
          url: resultUrl(result.url, [...paragraph.words, ...pageWords], paragraph.id),
          label: paragraphLabel(paragraph.id),
        }));
        hits.push({
          url: paragraphs[0]?.url ?? resultUrl(result.url, pageWords),
          title: readableTitle(result.meta.title ?? path),
          parts: excerptParts(result.excerpt),
          ...(paragraphs.length > 0 ? { paragraphs } : {}),
        });
      }
      return hits;
    },
  };
}
