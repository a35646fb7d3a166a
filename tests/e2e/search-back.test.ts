import type { Page } from 'playwright-core';
import { describe, expect, test } from '../helpers/browser-test';
import { searchInDialog, waitForResults } from '../helpers/search';

/**
 * Journey: on a phone, a reader opens the header search and presses Back (Android's Back
 * button). Back closes the search first, without leaving the page; a search closed otherwise
 * leaves no step behind, and a result chosen takes the search's place in the history. Every
 * step waits for what the reader sees (the dialog, the address, the focus), never for time.
 */

const OPEN = 'dialog.search-dialog[open]';
const CLOSED = 'dialog.search-dialog:not([open])';

/** Reads /rapport/6/, then /rapport/7/ scrolled to `scrollY`: Back from there leads to /rapport/6/. */
async function readSeventhSection(page: Page, siteUrl: string, scrollY = 300): Promise<string> {
  await page.goto(`${siteUrl}rapport/6/`);
  await page.goto(`${siteUrl}rapport/7/`);
  await page.evaluate((y) => scrollTo(0, y), scrollY);
  return page.url();
}

/** The search is closed, the page is at `address` scrolled to `top`, focus is on the header's search button. */
async function expectClosedOnPage(page: Page, address: string, top: number): Promise<void> {
  await page.waitForSelector(CLOSED, { state: 'attached' });
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-trigger'));
  expect(page.url()).toBe(address);
  await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, top);
}

/**
 * The page's own step back, which removes the entry of a search closed otherwise, has landed.
 * A reader is never faster than it; Playwright's goBack picks its entry at once, so it waits.
 */
async function waitForSearchEntryGone(page: Page): Promise<void> {
  await page.waitForFunction(() => !(history.state as { recherche?: string } | null)?.recherche);
}

/** Closes the search with Escape: a first Escape empties a field that holds a query (Chromium's search field). */
async function closeWithEscape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    () =>
      !document.querySelector('dialog.search-dialog')!.hasAttribute('open') ||
      !document.querySelector<HTMLInputElement>('#recherche-champ')!.value,
  );
  if (await page.isVisible(OPEN)) await page.keyboard.press('Escape');
}

/** Back leaves the page for /rapport/6/, as it did before any search. */
async function expectBackLeaves(page: Page): Promise<void> {
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/rapport/6/');
}

describe('Back and an open search, on a phone', () => {
  test.override('contextOptions', { viewport: { width: 360, height: 740 } });

  test('Back closes the search first: same address, same place, focus on the search button', async ({
    page,
    siteUrl,
  }) => {
    const address = await readSeventhSection(page, siteUrl);
    await searchInDialog(page, '140');
    await page.goBack();
    await expectClosedOnPage(page, address, 300);
    await expectBackLeaves(page);
  });

  for (const [how, close] of [
    ['Escape', closeWithEscape],
    ['the close button', (p: Page) => p.click('.search-dialog [data-close]')],
  ] as const) {
    test(`a search closed with ${how} leaves no step: one Back leaves the page`, async ({ page, siteUrl }) => {
      const address = await readSeventhSection(page, siteUrl);
      await searchInDialog(page, 'Genève');
      await close(page);
      await expectClosedOnPage(page, address, 300);
      await waitForSearchEntryGone(page);
      await expectBackLeaves(page);
    });
  }

  test('a result on the same page takes the search’s place: Back returns to where the reader was, then leaves', async ({
    page,
    siteUrl,
  }) => {
    const address = await readSeventhSection(page, siteUrl);
    await searchInDialog(page, '140');
    await page.click('#recherche-resultats a.hit__title[href*="#p7-4"]');
    await page.waitForFunction(() => document.activeElement?.id === 'p7-4');
    expect(new URL(page.url()).hash).toBe('#p7-4');
    await page.goBack();
    await page.waitForFunction((href) => location.href === href, address);
    await page.waitForFunction(() => Math.abs(scrollY - 300) < 2);
    await page.waitForSelector(CLOSED, { state: 'attached' });
    await expectBackLeaves(page);
  });

  test('a result on another page takes the search’s place: Back returns to the page as it was', async ({
    page,
    siteUrl,
  }) => {
    const address = await readSeventhSection(page, siteUrl);
    await searchInDialog(page, '140');
    await page.click('#recherche-resultats a.hit__title[href="/resolutions/pp-140/"]');
    await page.waitForURL(/\/resolutions\/pp-140\/$/);
    await page.goBack();
    await page.waitForURL(address);
    await page.waitForSelector(CLOSED, { state: 'attached' });
    await page.waitForFunction(() => Math.abs(scrollY - 300) < 2);
    await expectBackLeaves(page);
  });

  test('after Back, «/» opens the search again at once, and Back closes it again, three times over', async ({
    page,
    siteUrl,
  }) => {
    const address = await readSeventhSection(page, siteUrl);
    for (const query of ['140', 'Genève', '§ 7.3']) {
      await searchInDialog(page, query);
      await page.goBack();
      await expectClosedOnPage(page, address, 300);
    }
    await expectBackLeaves(page);
  });

  test('opened and closed quickly many times, the history keeps one step at most for the search', async ({
    page,
    siteUrl,
  }) => {
    const address = await readSeventhSection(page, siteUrl);
    const length = await page.evaluate(() => history.length);
    // The search code is loaded once, as a reader's first search does; its field is left empty.
    await searchInDialog(page, '140');
    await closeWithEscape(page);
    for (let round = 0; round < 12; round++) {
      await page.keyboard.press('/');
      await page.keyboard.press('Escape');
    }
    await expectClosedOnPage(page, address, 300);
    await waitForSearchEntryGone(page);
    // Open at the end: Back closes it, a second Back leaves.
    for (let round = 0; round < 6; round++) {
      await page.keyboard.press('/');
      await page.keyboard.press('Escape');
    }
    await page.keyboard.press('/');
    await page.waitForSelector(OPEN);
    await page.waitForFunction(() => Boolean((history.state as { recherche?: string } | null)?.recherche));
    await expect(page.evaluate(() => history.length)).resolves.toBeLessThanOrEqual(length + 1);
    await page.goBack();
    await expectClosedOnPage(page, address, 300);
    await expectBackLeaves(page);
  });

  // Under load, a key is handled before the tasks queued ahead of it (browsers favour input): the
  // search can open again before the `close` event of the last closing, or before the step back
  // that removes its entry. Both orders are made here on purpose, in one task of the page.
  for (const [when, reopen] of [
    [
      'before the close event',
      () => {
        document.querySelector<HTMLElement>('.search-dialog [data-close]')!.click();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
      },
    ],
    [
      'after the close event, before its step back lands',
      () =>
        new Promise<void>((resolve) => {
          const dialog = document.querySelector('dialog.search-dialog')!;
          dialog.addEventListener(
            'close',
            () => {
              document.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
              resolve();
            },
            { once: true },
          );
          document.querySelector<HTMLElement>('.search-dialog [data-close]')!.click();
        }),
    ],
  ] as const) {
    test(`opened again ${when}, the search has one entry: Back closes it, then leaves`, async ({ page, siteUrl }) => {
      const address = await readSeventhSection(page, siteUrl);
      await searchInDialog(page, '140');
      await page.evaluate(reopen);
      await page.waitForSelector(OPEN);
      // The reopened search answers: its code runs, and a `close` of the earlier search came and went.
      await page.fill('#recherche-champ', 'Genève');
      await waitForResults(page, 'dialog', 'Genève');
      await page.waitForFunction(() => Boolean((history.state as { recherche?: string } | null)?.recherche));
      await expect(page.isVisible(OPEN)).resolves.toBe(true);
      await page.goBack();
      await expectClosedOnPage(page, address, 300);
      await expectBackLeaves(page);
    });
  }
});
