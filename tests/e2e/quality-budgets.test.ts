import { inject } from 'vitest';
import { describe, expect, test } from '../helpers/browser-test';
import { waitForResults } from '../helpers/search';
import type { Page } from 'playwright-core';
import { gzipSize, pageWeight, readBudgets } from '../helpers/weight';

/**
 * The budgets a browser measures (budgets.json): what a section page opened
 * from an email link costs in all, cold cache, and what the search code and
 * its first query add. Sizes are the gzip of every response body.
 */
const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const budgets = readBudgets();

/**
 * Records every response of a page from now on: its path and its size in gzip.
 * Bodies arrive asynchronously: `settled()` waits until every response seen so
 * far has been read, so that a sum never misses one.
 */
function recordTransfers(page: Page): { path: string; gzip: number }[] & { settled(): Promise<void> } {
  const transfers: { path: string; gzip: number }[] = [];
  const reads: Promise<void>[] = [];
  page.on('response', (response) => {
    reads.push(
      response.body().then(
        (body) => void transfers.push({ path: new URL(response.url()).pathname, gzip: gzipSize(body) }),
        // Redirects and aborted requests have no body.
        () => undefined,
      ),
    );
  });
  return Object.assign(transfers, {
    settled: async () => {
      for (let seen = -1; seen !== reads.length;) {
        seen = reads.length;
        await Promise.all(reads);
      }
    },
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (transfers: { gzip: number }[]) => transfers.reduce((total, { gzip }) => total + gzip, 0);

describe('what a reader downloads', () => {
  test('opens a section from an email link within budget, loading only the loader script', async ({
    context,
    annotate,
  }) => {
    const page = await context.newPage();
    const transfers = recordTransfers(page);
    await page.goto(siteUrl + budgets.emailLink.url, { waitUntil: 'networkidle' });
    await transfers.settled();
    const total = sum(transfers);
    // This build has no SITE_URL: the deployed page also names its public origin (budgets.json, emailLink.siteUrl).
    const deployed = total + budgets.emailLink.siteUrl * 1024;
    await annotate(
      `${budgets.emailLink.url}: ${kb(total)} in ${transfers.length} requests ` +
        `(${transfers.map((t) => `${t.path} ${kb(t.gzip)}`).join(', ')}), ${kb(deployed)} with a public origin; ` +
        `budget ≤ ${budgets.emailLink.total} KB`,
    );
    expect(deployed).toBeLessThanOrEqual(budgets.emailLink.total * 1024);
    // Nothing the browser waited for before the first rendering (the CSS is in the HTML, the loader is a module).
    const blocking = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(
          (entry) =>
            (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus ===
            'blocking',
        )
        .map((entry) => entry.name),
    );
    expect(blocking.length, blocking.join(', ')).toBeLessThanOrEqual(budgets.emailLink.renderBlockingRequests);
    // The browser runs exactly the scripts the static budget counts, nothing more.
    const scripts = transfers.filter((t) => t.path.endsWith('.js')).map((t) => t.path);
    const counted = pageWeight(siteDir, budgets.emailLink.url.replace(/#.*/, '')).files;
    expect(scripts).toEqual(counted.filter((file) => file.endsWith('.js')));
    await page.close();
  });

  test('keeps the search code and the first full-text query within budget', async ({ context, annotate }) => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`, { waitUntil: 'networkidle' });
    const transfers = recordTransfers(page);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('intelligence artificielle');
    await waitForResults(page, 'dialog');
    await page.waitForLoadState('networkidle');
    await transfers.settled();
    const total = sum(transfers);
    await annotate(`search code + first query: ${kb(total)} in ${transfers.length} requests`);
    expect(transfers.length).toBeGreaterThan(3);
    expect(total).toBeLessThanOrEqual(budgets.search.codeAndFirstQuery * 1024);
    await page.close();
  });

  test('opens /recherche/?q=140 cold within budget, fetching fragments only for the results shown', async ({
    context,
    annotate,
  }) => {
    const page = await context.newPage();
    const transfers = recordTransfers(page);
    await page.goto(`${siteUrl}recherche/?q=140`);
    await waitForResults(page);
    await page.waitForLoadState('networkidle');
    await transfers.settled();
    const total = sum(transfers);
    const fragments = transfers.filter((t) => t.path.includes('/pagefind/fragment/'));
    await annotate(`/recherche/?q=140: ${kb(total)} in ${transfers.length} requests, ${fragments.length} fragments`);
    expect(total).toBeLessThanOrEqual(budgets.search.numberQueryPage * 1024);
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(budgets.search.fragmentsBeforeMore);
    await page.close();
  });

  test('draws a number’s text and passages from the search map alone, within budget', async ({ context, annotate }) => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`, { waitUntil: 'networkidle' });
    const transfers = recordTransfers(page);
    // Pagefind is held: the answer must not wait for it.
    await page.route('**/pagefind/**', () => {});
    await page.keyboard.press('/');
    await page.keyboard.type('140');
    await page.waitForSelector('.search-dialog .hit--passage');
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/identifiants.json')),
    );
    await transfers.settled();
    const total = sum(transfers.filter((t) => !t.path.includes('/pagefind/')));
    await annotate(`identifier answer before Pagefind: ${kb(total)} (${transfers.map((t) => t.path).join(', ')})`);
    expect(transfers.some((t) => t.path.endsWith('identifiants.json'))).toBe(true);
    expect(total).toBeLessThanOrEqual(budgets.search.identifierAnswer * 1024);
    await page.close();
  });
});
