import { inject } from 'vitest';
import { describe, expect, test } from '../helpers/browser-test';

/** Links that survive email: paragraph links, copy-link, arrival on a fragment, short links, address forms. */
const siteUrl = inject('siteUrl');
// The test build has no SITE_URL and is served on a random port it was not built for: copied links must be
// the reader's address.
const PUBLIC = siteUrl;

describe('at 1280 px, with the clipboard', () => {
  test.override('contextOptions', {
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  describe('paragraph links', () => {
    test('shows each paragraph’s number in the margin on wide screens, outside the copied text', async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/7/`);
      const anchor = page.locator('#p7-4 > a.ancre');
      await expect(anchor.isVisible()).resolves.toBe(true);
      const number = await anchor.evaluate((a) => getComputedStyle(a, '::before').content);
      expect(number).toBe('"7.4"');
      const box = await anchor.boundingBox();
      const paragraph = await page.locator('#p7-4').boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(paragraph!.x);
      const copied = await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('#p7-4')!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return getSelection()!.toString();
      });
      expect(copied.trim()).toMatch(/^Le Groupe a procédé/);
      await page.close();
    });

    /** What the reader sees of a paragraph's number: its visibility, text and box, and the paragraph's first line. */
    async function numberOf(page: import('playwright-core').Page, id: string) {
      const anchor = page.locator(`#${id} > a.ancre`);
      return {
        visible: await anchor.isVisible(),
        opacity: await anchor.evaluate((a) => getComputedStyle(a).opacity),
        text: await anchor.evaluate((a) => getComputedStyle(a, '::before').content),
        box: (await anchor.boundingBox())!,
        paragraph: (await page.locator(`#${id}`).boundingBox())!,
      };
    }

    test('shows each paragraph’s number without hover at 360 px, before the paragraph, and the copy panel on tap', async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 360, height: 700 });
      await page.goto(`${siteUrl}rapport/7/`);
      const number = await numberOf(page, 'p7-3');
      expect(number).toMatchObject({ visible: true, opacity: '1', text: '"7.3"' });
      // Inside the paragraph's box, on its first line, and at least as large as a line of small text.
      expect(number.box.x).toBeGreaterThanOrEqual(number.paragraph.x);
      expect(number.box.y).toBeLessThan(number.paragraph.y + 10);
      expect(number.box.width).toBeGreaterThan(10);
      await page.click('#p7-3 > a.ancre');
      await page.waitForFunction(() =>
        /copié/.test(document.querySelector('.copy-panel [role="status"]')?.textContent ?? ''),
      );
      await page.close();
    });

    test('prints each paragraph’s number next to it', async ({ context }) => {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${siteUrl}rapport/7/`);
      const number = await numberOf(page, 'p7-3');
      expect(number).toMatchObject({ visible: true, opacity: '1', text: '"7.3"' });
      expect(number.box.y).toBeLessThan(number.paragraph.y + 10);
      await page.close();
    });

    test('closes the copy panel with Escape and gives focus back to the paragraph link', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/7/`);
      await page.click('#p7-2 > a.ancre');
      await page.waitForSelector('.copy-panel');
      await page.focus('.copy-panel button');
      await page.keyboard.press('Escape');
      await page.waitForSelector('.copy-panel', { state: 'detached' });
      await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#p7-2');
      await page.close();
    });

    test('copies the reader’s address without its query', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/7/?surligner=smsi`);
      await page.click('#p7-1 > a.ancre');
      await page.waitForFunction(() =>
        /copié/.test(document.querySelector('.copy-panel [role="status"]')?.textContent ?? ''),
      );
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${siteUrl}rapport/7/#p7-1`);
      await page.close();
    });

    test('copies the page’s own address (served on a port it was not built for) on click, announces it, and copies a ready-to-paste citation', async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/7/`);
      await page.click('#p7-4 > a.ancre');
      await page.waitForFunction(() =>
        /copié/.test(document.querySelector('.copy-panel [role="status"]')?.textContent ?? ''),
      );
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${PUBLIC}rapport/7/#p7-4`);
      await expect(page.locator('.copy-panel [role="status"]').getAttribute('aria-live')).resolves.toBe('polite');
      await page.click('.copy-panel button:has-text("Copier la citation")');
      await page.waitForFunction(
        () => document.querySelector('.copy-panel [role="status"]')?.textContent === 'Citation copiée.',
      );
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        `Rapport de la Présidente du GTC-SMSI/ODD (43ème et 44ème réunions), § 7.4 — ${PUBLIC}rapport/7/#p7-4`,
      );
      await page.click('.copy-panel button:has-text("Fermer")');
      await expect(page.locator('.copy-panel').count()).resolves.toBe(0);
      await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#p7-4');
      await page.close();
    });
  });

  describe('arriving from an email', () => {
    test('shows the paragraph of the fragment highlighted and below the sticky header, in both themes', async ({
      context,
    }) => {
      const backgrounds: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(`${siteUrl}rapport/7/#p7-4`);
        const header = await page.locator('.site-header').boundingBox();
        const target = await page.locator('#p7-4').boundingBox();
        expect(target!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
        expect(target!.y).toBeLessThan(800);
        const style = await page.locator('#p7-4').evaluate((p) => getComputedStyle(p).backgroundColor);
        const plain = await page.locator('#p7-3').evaluate((p) => getComputedStyle(p).backgroundColor);
        expect(style).not.toBe(plain);
        backgrounds.push(style);
        await page.close();
      }
      expect(backgrounds[0]).not.toBe(backgrounds[1]);
    });

    test.for([
      ['s/7.4/', '/rapport/7/#p7-4'],
      ['s/7/', '/rapport/7/'],
      ['s/7/#p7-2', '/rapport/7/#p7-2'],
      ['r/140/', '/resolutions/pp-140/'],
    ])('short link /%s lands on %s', async ([from, to], { context }) => {
      const page = await context.newPage();
      await page.goto(siteUrl + from);
      await page.waitForURL((url) => url.pathname + url.hash === to);
      await page.close();
    });

    test.for(['rapport/7', 'rapport/7/', 'rapport/7/index.html'])(
      '/%s reaches section 7',
      async (path, { context }) => {
        const page = await context.newPage();
        const response = await page.goto(siteUrl + path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1').textContent()).resolves.toMatch(/7\s+Travaux préparatoires/);
        await page.close();
      },
    );

    test('keeps text fragments working', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/7/#:~:text=analyse%20des%20lacunes`);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/Travaux/);
      await page.close();
    });
  });
});
