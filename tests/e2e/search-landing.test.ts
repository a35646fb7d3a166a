import type { Page } from 'playwright-core';
import { describe, expect, test } from '../helpers/browser-test';
import { searchInDialog } from '../helpers/search';

/**
 * Journey: a reader chooses a search result, on a phone and on a desktop, and lands on its
 * paragraph: the search closes, the paragraph's top is below the sticky header, the words found
 * are marked, focus is on the paragraph, and Back returns to where the reader was.
 */

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

/** Waits until the search is closed and `id` has focus, its top below the header and in the viewport. */
async function expectLanded(page: Page, id: string): Promise<void> {
  await page.waitForSelector('dialog.search-dialog:not([open])', { state: 'attached' });
  await page.waitForFunction((target) => document.activeElement?.id === target, id);
  const place = await page.evaluate((target) => {
    const header = document.querySelector('header')!.getBoundingClientRect().bottom;
    const box = document.getElementById(target)!.getBoundingClientRect();
    return { header, top: box.top, height: innerHeight };
  }, id);
  expect(place.top, id).toBeGreaterThanOrEqual(place.header);
  expect(place.top, id).toBeLessThan(place.height / 2);
}

/** Back returns to the address and scroll position the reader had before searching. */
async function expectBackReturns(page: Page, address: string, scrollY: number): Promise<void> {
  await page.goBack();
  await page.waitForFunction((href) => location.href === href, address);
  await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, scrollY);
}

describe('choosing a result lands on its paragraph', () => {
  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width} px`, () => {
      test.override('contextOptions', { viewport });

      test('«§ 7.3» and Enter, on the page of § 7.3', async ({ page, siteUrl }) => {
        await page.goto(`${siteUrl}rapport/7/`);
        const address = page.url();
        await searchInDialog(page, '§ 7.3');
        await page.keyboard.press('Enter');
        await expectLanded(page, 'p7-3');
        expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/rapport/7/#p7-3');
        await expectBackReturns(page, address, 0);
      });

      test('«140», then the passage § 7.4, with the cited words marked', async ({ page, siteUrl }) => {
        await page.goto(`${siteUrl}rapport/7/`);
        await page.evaluate(() => scrollTo(0, 300));
        const address = page.url();
        await searchInDialog(page, '140');
        await page.click('#recherche-resultats a.hit__title[href*="#p7-4"]');
        await expectLanded(page, 'p7-4');
        await expect(page.locator('#p7-4 mark.surlignage').allTextContents()).resolves.toContain('140');
        await expectBackReturns(page, address, 300);
      });

      test('a stemmed word: «financement» opens § 0.4 with «financières» marked in view', async ({ page, siteUrl }) => {
        await page.goto(`${siteUrl}rapport/7/`);
        await searchInDialog(page, 'financement');
        await page.click('#recherche-resultats a.hit__title[href*="#p0-4"]');
        await page.waitForURL(/\/rapport\/\?.*#p0-4$/);
        await page.waitForFunction(() => document.activeElement?.id === 'p0-4');
        const mark = page.locator('#incidences-financieres mark.surlignage');
        await expect(mark.textContent()).resolves.toBe('financières');
        await page.waitForFunction(() => {
          const box = document.querySelector('#incidences-financieres mark')!.getBoundingClientRect();
          const header = document.querySelector('header')!.getBoundingClientRect().bottom;
          return box.top >= header && box.bottom <= innerHeight;
        });
      });
    });
  }
});
