/**
 * Pagefind as search uses it: in the search's own worker (`search-worker.ts`)
 * when the browser has workers, on the main thread otherwise (or once the
 * worker fails), behind one interface. Loaded once, and started (its
 * WebAssembly and index metadata) as soon as the search opens.
 */
import type { Anchor, WeightedLocation } from '../lib/search-paragraphs';
import type { WorkerAsk, WorkerResponse } from './search-worker';

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

/** What search asks of Pagefind. */
export interface PagefindSearch {
  /** Resolves once Pagefind has loaded its WebAssembly and index metadata. */
  ready: Promise<unknown>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind's module (`/pagefind/pagefind.js`, version 1.6). */
export interface Pagefind extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

let pagefind: Promise<PagefindSearch> | undefined;

/** Pagefind on the main thread: the fallback. */
async function onMainThread(): Promise<PagefindSearch> {
  const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
  await module.options({ baseUrl: BASE, excerptLength: 26, noWorker: true });
  return { ready: module.init(), search: (query, options) => module.search(query, options) };
}

/**
 * Pagefind in the search's worker: each call is a message, answered by id;
 * fragments of the results shown are asked for together. If the worker fails
 * to start or breaks, searches under way and later ones run on the main thread
 * (fragments asked of the broken worker fail).
 */
function inWorker(): PagefindSearch {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (response: WorkerResponse) => void>();
  let next = 0;
  let broken = false;
  let isReady: (value: unknown) => void = () => {};
  const ready = new Promise((resolve) => (isReady = resolve));
  const ask = (request: WorkerAsk) =>
    new Promise<WorkerResponse>((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      worker.postMessage({ ...request, id });
    });
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    if ('ready' in event.data) isReady(true);
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  });
  worker.addEventListener('error', () => {
    broken = true;
    pagefind = onMainThread();
    for (const [id, resolve] of pending) resolve({ id, error: 'worker' });
    pending.clear();
    void pagefind.then((fallback) => fallback.ready).then(isReady);
  });
  return {
    ready,
    async search(query, options = {}) {
      if (broken) return (await loadPagefind()).search(query, options);
      const response = await ask({ method: 'search', query, filters: options.filters ?? {} });
      // The worker broke before it answered: the page asks again.
      if (broken) return (await loadPagefind()).search(query, options);
      if ('error' in response) throw new Error(response.error);
      if (!('ids' in response)) return null;
      const search = response.id;
      // Fragments asked for in one task are fetched with one message.
      let batch: { index: number; resolve: (data: PagefindData) => void; reject: (error: Error) => void }[] = [];
      const flush = async () => {
        const asked = batch;
        batch = [];
        const answer = await ask({ method: 'data', search, indices: asked.map((item) => item.index) });
        asked.forEach((item, i) =>
          'data' in answer ? item.resolve(answer.data[i]!) : item.reject(new Error('Pagefind')),
        );
      };
      return {
        results: response.ids.map((id, index) => ({
          id,
          data: () =>
            new Promise<PagefindData>((resolve, reject) => {
              if (batch.length === 0) queueMicrotask(() => void flush());
              batch.push({ index, resolve, reject });
            }),
        })),
      };
    },
  };
}

/** Pagefind in the worker if the browser starts one, in the page otherwise. */
function startPagefind(): Promise<PagefindSearch> {
  try {
    if (typeof Worker === 'function') return Promise.resolve(inWorker());
  } catch {
    // Workers refused (a constructor that throws): the page runs Pagefind.
  }
  return onMainThread();
}

/** Pagefind, loaded and started on the first call. */
export function loadPagefind(): Promise<PagefindSearch> {
  pagefind ??= startPagefind();
  return pagefind;
}
