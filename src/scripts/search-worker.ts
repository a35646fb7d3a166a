/**
 * The search's own worker: Pagefind (`/pagefind/pagefind.js`, without its
 * own worker) runs here, off the main thread, so that its WebAssembly search
 * and the decompression of its index and fragments never delay a key. The page
 * asks by message (`search-pagefind.ts`) and gets plain data back: result ids,
 * then the fragments of the results it shows. Pagefind's own worker would do
 * the same for 12 KB more (its code twice: in the page and in the worker).
 */
import type { Pagefind, PagefindData, PagefindResult } from './search-pagefind';

const BASE = import.meta.env.BASE_URL;

/** What the page asks: `search` (query and filters), or `data` (fragments of results of a search, by index). */
export type WorkerAsk =
  | { method: 'search'; query: string; filters: Record<string, { any: string[] }> }
  | { method: 'data'; search: number; indices: number[] };

/** A request from the page: what it asks, and an id its answer repeats. */
export type WorkerRequest = WorkerAsk & { id: number };

/** The answer to a request: result ids, fragments, or an error message. */
export type WorkerResponse =
  { id: number; ids: string[] } | { id: number; data: PagefindData[] } | { id: number; error: string };

/** Searches kept for their fragments: the latest few, older ones are dropped (a stale search is never shown). */
const KEPT = 8;
const searches = new Map<number, PagefindResult[]>();

const engine: Promise<Pagefind> = import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(
  async (module: Pagefind) => {
    await module.options({ baseUrl: BASE, excerptLength: 26, noWorker: true });
    await module.init();
    return module;
  },
);

/** Only what the page reads of a fragment: the rest (filters, raw copies) is not copied across. */
function plain(data: PagefindData): PagefindData {
  const { url, excerpt, content, meta, anchors, locations, weighted_locations } = data;
  return { url, excerpt, content, meta, anchors, locations, weighted_locations };
}

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  const pagefind = await engine;
  if (request.method === 'search') {
    const results = (await pagefind.search(request.query, { filters: request.filters }))?.results ?? [];
    searches.set(request.id, results);
    for (const key of searches.keys()) if (searches.size > KEPT) searches.delete(key);
    return { id: request.id, ids: results.map((result) => result.id) };
  }
  const results = searches.get(request.search) ?? [];
  const data = await Promise.all(request.indices.map((index) => results[index]!.data()));
  return { id: request.id, data: data.map(plain) };
}

void engine.then(() => self.postMessage({ id: 0, ready: true }));

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void answer(event.data).then(
    (response) => self.postMessage(response),
    (error: unknown) => self.postMessage({ id: event.data.id, error: String(error) }),
  );
});
