/**
 * Pagefind's browser API (`/pagefind/pagefind.js`, version 1.6), as search
 * uses it: loaded once, configured, and started (its WebAssembly and index
 * metadata) as soon as the search opens.
 */
import type { Anchor, WeightedLocation } from '../lib/search-paragraphs';

const BASE = import.meta.env.BASE_URL;

/** A result's fragment: its address, excerpt, indexed text, title, anchors and match positions. */
export interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  anchors: Anchor[];
  locations: number[];
  weighted_locations?: WeightedLocation[];
}

/** A result before its fragment is fetched: its id (the fragment's hash) and how to fetch the fragment. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

/** Pagefind's module. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind, loaded and started on the first call. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    // No web worker: for an index this small it would only download Pagefind's code twice (12 KB gzip).
    await module.options({ baseUrl: BASE, excerptLength: 26, noWorker: true });
    // Its WebAssembly and index metadata start loading now, while the reader types.
    void module.init();
    return module;
  });
  return pagefind;
}
