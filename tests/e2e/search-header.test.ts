import type { Page } from 'playwright-core';
import { describe, expect, test } from '../helpers/browser-test';
import { waitForResults } from '../helpers/search';

/** Journey: a reader searches from the header of a page, with the mouse or the keyboard. */

describe('the header search', () => {
  test('keeps every key typed right after a click, «/» or Ctrl+K, with no delay', async ({ page, siteUrl }) => {
    const openers: [string, (page: Page) => Promise<void>][] = [
      ['a click', (p) => p.click('[data-search-trigger]')],
      ['«/»', (p) => p.keyboard.press('/')],
      ['Ctrl+K', (p) => p.keyboard.press('Control+k')],
    ];
    for (const [how, open] of openers) {
      await page.goto(`${siteUrl}rapport/7/`);
      await open(page);
      await page.keyboard.type('Genève 2025');
      await expect(page.inputValue('#recherche-champ'), how).resolves.toBe('Genève 2025');
      await waitForResults(page, 'dialog', 'Genève 2025');
    }
  });

  test('opens with «/», finds by number, moves through results with the keyboard and gives focus back', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('140');
    await waitForResults(page, 'dialog', '140');
    await page.keyboard.press('ArrowDown');
    await expect(
      page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname),
    ).resolves.toBe('/resolutions/pp-140/');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.search-dialog:not([open])', { state: 'attached' });
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-trigger'));
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/resolutions\/pp-140\/$/);
  });

  test('loads no search code or index until a search starts', async ({ page, siteUrl }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl}rapport/7/`, { waitUntil: 'networkidle' });
    expect(requests.filter((r) => /pagefind|identifiants|search/.test(r))).toEqual([]);
    await page.click('[data-search-trigger]');
    await page.keyboard.type('Genève');
    await waitForResults(page, 'dialog', 'Genève');
    // Every key typed right after the click is kept, though the search code was not loaded yet.
    await expect(page.inputValue('#recherche-champ')).resolves.toBe('Genève');
    expect(requests.some((r) => r.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // Pagefind runs in the search's worker: the page itself never loads it, so keys never wait for it.
    expect(page.workers()).toHaveLength(1);
    await expect(
      page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/'))),
    ).resolves.toBe(false);
  });

  test('opens a paragraph reference with Enter', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}rapport/1/`);
    await page.keyboard.press('/');
    await page.keyboard.type('§ 7.3');
    await page.waitForSelector('.search-dialog .hit__title[href$="#p7-3"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rapport\/7\/#p7-3$/);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('p7-3');
  });
});
