import { inject } from 'vitest';
import { describe, expect, test } from '../helpers/browser-test';
import type { Page } from 'playwright-core';

/** The header on a phone and a desktop: one row, a menu that reaches every part, buttons that never wrap. */
const siteUrl = inject('siteUrl');

/** Labels of the visible buttons (and button-like controls) whose text runs on more than one line. */
function wrappedButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, summary, .search-trigger')]
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        // A second line starts a line below the first; parts of one line (a <kbd>) differ by a few pixels.
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
        return Math.max(...tops) - Math.min(...tops) > parseFloat(getComputedStyle(element).fontSize) * 0.8;
      })
      .map((element) => element.textContent!.trim()),
  );
}

describe('on a 360 × 740 phone that may copy', () => {
  test.override('contextOptions', {
    viewport: { width: 360, height: 740 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  describe('the header', () => {
    test('fits one row of at most 64 px at 360 px: site name, menu, search', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/7/`);
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(64);
      const rows = await page.$$eval('.site-name, .site-menu > summary, .search-trigger', (items) =>
        items.map((item) => {
          const box = item.getBoundingClientRect();
          return box.top + box.height / 2;
        }),
      );
      expect(rows).toHaveLength(3);
      // Vertically centred on one line.
      expect(Math.max(...rows) - Math.min(...rows)).toBeLessThan(4);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await page.close();
    });

    test('opens a menu with the report’s contents and the parts of the site, closed again by Escape', async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}glossaire/`);
      const menu = page.locator('.site-nav');
      await expect(menu.isVisible()).resolves.toBe(false);
      await page.click('.site-menu > summary');
      await expect(menu.isVisible()).resolves.toBe(true);
      const labels = await menu.locator('a').allTextContents();
      expect(labels.map((label) => label.trim().replace(/\s+/g, ' '))).toEqual([
        'Préambule et sommaire',
        '1 Introduction',
        '2 Aperçu général des 43ème et 44ème réunions du GTC-SMSI/ODD',
        expect.stringMatching(/^3 Activités de l’UIT/),
        expect.stringMatching(/^4 Résultats/),
        expect.stringMatching(/^5 Informations actualisées/),
        expect.stringMatching(/^6 Rapport sur la Résolution 214/),
        expect.stringMatching(/^7 Travaux préparatoires/),
        expect.stringMatching(/^8 Consultation/),
        'Texte complet',
        'Résolutions',
        'Réunions',
        'SMSI+20',
        'Chronologie',
        'Glossaire',
        'Rechercher',
        'Tous les rapports',
      ]);
      await expect(menu.locator('a[aria-current="page"]').textContent()).resolves.toMatch(/Glossaire/);
      // Every link inside the screen.
      for (const box of await menu.locator('a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().right))) {
        expect(box).toBeLessThanOrEqual(360);
      }
      await page.keyboard.press('Escape');
      await expect(menu.isVisible()).resolves.toBe(false);
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
      await page.close();
    });

    test.for([360, 1280])('never breaks a button inside a word at %i px', async (width, { context }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['rapport/7/', 'recherche/', 'page-inexistante/']) {
        await page.goto(siteUrl + path);
        if (path === 'rapport/7/') {
          await page.click('#p7-2 > a.ancre');
          await page.waitForSelector('.copy-panel button');
        }
        const buttons = await page.$$eval('button, summary, .search-trigger', (items) => items.length);
        expect(buttons, path).toBeGreaterThan(1);
        await expect(wrappedButtons(page), `${path} at ${width} px`).resolves.toEqual([]);
      }
      await page.close();
    });
  });

  describe('on a touch screen', () => {
    test('shows no keyboard hint', async ({ newContext }) => {
      const touch = await newContext({ viewport: { width: 800, height: 1000 }, isMobile: true, hasTouch: true });
      const page = await touch.newPage();
      await page.goto(`${siteUrl}rapport/7/`);
      await expect(page.evaluate(() => matchMedia('(hover: none)').matches)).resolves.toBe(true);
      await expect(page.locator('.search-trigger').isVisible()).resolves.toBe(true);
      await expect(page.locator('.search-trigger kbd').isVisible()).resolves.toBe(false);
    });
  });
});
