import { inject } from 'vitest';
import { describe, expect, test } from '../helpers/browser-test';

/** Reading pages in a real browser, without JavaScript: small screens, themes, keyboard. */
const siteUrl = inject('siteUrl');

describe('without JavaScript, on a 320 px phone', () => {
  test.override('contextOptions', { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

  describe('reading the report without JavaScript', () => {
    test.for(['', 'rapport/', 'rapport/7/', 'rapport/complet/', 'page-inexistante/'])(
      '/%s fits a 320 px screen without horizontal scrolling',
      async (path, { context }) => {
        const page = await context.newPage();
        await page.goto(siteUrl + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.close();
      },
    );

    test('answers unknown addresses with the French 404 page', async ({ context }) => {
      const page = await context.newPage();
      const response = await page.goto(`${siteUrl}rapport/99/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Page introuvable');
      await page.close();
    });

    test('offers a skip link as the first keyboard stop, leading to the main content', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/7/`);
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Aller au contenu');
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#contenu');
      await page.close();
    });

    test('follows the reader’s colour scheme', async ({ context }) => {
      const colours: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(`${siteUrl}rapport/7/`);
        colours.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
        await page.close();
      }
      expect(colours[0]).toBe('rgb(255, 255, 255)');
      expect(colours[1]).not.toBe(colours[0]);
    });

    test('hides navigation when printing the one-page report', async ({ context }) => {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${siteUrl}rapport/complet/`);
      await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
      await expect(page.locator('#s7').isVisible()).resolves.toBe(true);
      await page.close();
    });
  });
});
