/**
 * Runs a search in the browser: exact identifier matches first (from the
 * build-time identifier map), then Pagefind's full-text results. Pagefind and
 * the map are fetched on the first search only.
 */
import {
  exactMatches,
  excerptParts,
  paragraphOfMatch,
  type Anchor,
  type ExcerptPart,
  type IdentifierMap,
} from '../lib/search';

import { paragraphLabel } from '../lib/ids';
import { HIGHLIGHT_PARAM } from './highlight-param';

const BASE = import.meta.env.BASE_URL;

export interface SearchHit {
  url: string;
  title: string;
  parts: ExcerptPart[];
  /** Link to the paragraph holding the match (`/rapport/7/?surligner=…#p7-4`) and its label (`7.4`). */
  paragraph?: { url: string; label: string };
  /** Set for the text whose number is exactly the one typed. */
  exact?: { citation: string };
}

export interface SearchFilters {
  type?: string[];
  organe?: string[];
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  anchors: Anchor[];
  locations: number[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
let identifiers: Promise<IdentifierMap> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: BASE, excerptLength: 26 });
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
  // The small identifier map first: exact matches must not wait for the index to compile.
  void loadIdentifiers().finally(() => void loadPagefind());
}

/**
 * A result's address with the searched words to highlight (`?surligner=…`,
 * the words as typed, so the highlighter finds them in the page) and an
 * optional paragraph fragment.
 */
function resultUrl(url: string, query: string, fragment?: string): string {
  const target = new URL(url, location.href);
  for (const word of query.split(/\s+/).filter((w) => w.length > 1)) target.searchParams.append(HIGHLIGHT_PARAM, word);
  if (fragment) target.hash = fragment;
  return target.pathname + target.search + target.hash;
}

/**
 * Searches: texts whose identifier matches exactly, then full-text results, in
 * rank order, without repeats. The exact matches need only the small
 * identifier map, so they are passed to `onExact` as soon as it is loaded,
 * before the full-text index answers.
 */
export async function search(
  query: string,
  filters: SearchFilters = {},
  limit = 20,
  onExact?: (hits: SearchHit[]) => void,
): Promise<SearchHit[]> {
  if (query.trim() === '') return [];
  const map = await loadIdentifiers();
  const typeAllowed = !filters.type?.length || filters.type.includes('Résolution');
  const exact: SearchHit[] = typeAllowed
    ? exactMatches(query, map)
        .map((slug) => map.textes[slug]!)
        .filter((text) => !filters.organe?.length || filters.organe.includes(text.organe))
        .map((text) => ({ url: text.url, title: text.titre, parts: [], exact: { citation: text.citation } }))
    : [];
  if (exact.length > 0) onExact?.(exact);

  const engine = await loadPagefind();
  const pagefindFilters: Record<string, { any: string[] }> = {};
  if (filters.type?.length) pagefindFilters.type = { any: filters.type };
  if (filters.organe?.length) pagefindFilters.organe = { any: filters.organe };
  const found = await engine.search(query, { filters: pagefindFilters });
  const data = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
  const seen = new Set(exact.map((hit) => hit.url));
  const text: SearchHit[] = [];
  for (const page of data) {
    const path = new URL(page.url, location.href).pathname;
    if (seen.has(path)) continue;
    seen.add(path);
    const paragraph = paragraphOfMatch(page.anchors, page.locations);
    text.push({
      url: resultUrl(page.url, query),
      title: page.meta.title ?? path,
      parts: excerptParts(page.excerpt),
      ...(paragraph
        ? { paragraph: { url: resultUrl(page.url, query, paragraph), label: paragraphLabel(paragraph) } }
        : {}),
    });
  }
  return [...exact, ...text];
}
