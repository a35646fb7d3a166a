import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, openContext, test } from '../helpers/browser-test';
import { openSearchPage, resultHrefs, searchFor, searchInDialog, type SearchSurface } from '../helpers/search';

/**
 * Journey: a reader whose browser cannot run the search's worker (no `Worker`, a constructor
 * that throws, a worker script that does not load) searches from the header and on
 * `/recherche/`. Pagefind then runs in the page (`search-pagefind.ts`), and the answers are
 * the ones a browser with the worker gets: the same count, the same results in the same order.
 */

/** A number (the map answers first, Pagefind adds the citing pages) and words (Pagefind alone). */
const QUERIES = ['140', 'gouvernance'];

/** What a reader sees of an answer: the status line and each result's address. */
interface Seen {
  status: string;
  hrefs: string[];
}

const STATUS: Record<SearchSurface, string> = { dialog: '.search-dialog .search-status', page: '#etat-recherche' };

async function seen(page: Page, surface: SearchSurface): Promise<Seen> {
  return { status: (await page.textContent(STATUS[surface])) ?? '', hrefs: await resultHrefs(page, surface) };
}

/** Each query's answer in the header's dialog (from /rapport/7/), then on /recherche/. */
async function answers(page: Page, siteUrl: string): Promise<Seen[]> {
  const all: Seen[] = [];
  await page.goto(`${siteUrl}rapport/7/`);
  await searchInDialog(page, QUERIES[0]!);
  all.push(await seen(page, 'dialog'));
  for (const query of QUERIES.slice(1)) {
    await searchFor(page, query, 'dialog');
    all.push(await seen(page, 'dialog'));
  }
  await openSearchPage(page, siteUrl, QUERIES[0]!);
  all.push(await seen(page, 'page'));
  for (const query of QUERIES.slice(1)) {
    await searchFor(page, query);
    all.push(await seen(page, 'page'));
  }
  return all;
}

/** Ways a browser can be without the search's worker. */
const WITHOUT_WORKER: [string, (context: BrowserContext) => Promise<unknown>][] = [
  [
    'no Worker at all',
    (context) =>
      context.addInitScript(() => {
        delete (window as { Worker?: unknown }).Worker;
      }),
  ],
  [
    'a Worker constructor that throws',
    (context) =>
      context.addInitScript(() => {
        window.Worker = class {
          constructor() {
            throw new DOMException('Workers refused', 'SecurityError');
          }
        } as unknown as typeof Worker;
      }),
  ],
  [
    'a worker script that does not load',
    (context) => context.route(/\/search-worker[^/]*\.js$/, (route) => route.abort()),
  ],
];

describe('search without its worker', () => {
  let expected: Seen[] = [];

  test.beforeAll(async ({ browser, siteUrl }) => {
    // The answers with the worker, to compare with.
    const errors: string[] = [];
    const context = await openContext(browser, {}, errors);
    expected = await answers(await context.newPage(), siteUrl);
    await context.close();
    expect(errors).toEqual([]);
    for (const answer of expected) expect(answer.hrefs.length, answer.status).toBeGreaterThan(0);
  });

  for (const [how, breakWorker] of WITHOUT_WORKER) {
    test(`with ${how}, the dialog and /recherche/ answer as with it`, async ({ context, siteUrl }) => {
      await breakWorker(context);
      const page = await context.newPage();
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      expect(await answers(page, siteUrl)).toEqual(expected);
      if (how !== 'a worker script that does not load') expect(workers).toEqual([]);
    });
  }
});
