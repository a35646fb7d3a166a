import type { Page } from 'playwright-core';
import { describe, expect, test } from '../helpers/browser-test';
import { pageCount, printA4 } from '../helpers/pdf';

/**
 * Moving between sections and printing one, as a reader does at 1280, 1024 and
 * 360 px and on A4 paper: the report's contents beside the text, the menu on
 * phones, the first paragraph on the first screen, the paragraph number as a
 * control, and the sheets a section prints on.
 */
const SECTIONS = 8;

for (const width of [1280, 1024]) {
  describe(`at ${width} px`, () => {
    test.override('contextOptions', { viewport: { width, height: 800 } });

    test('/rapport/7/ shows every section beside the text, § 7 marked, the paragraph numbers unobscured', async ({
      page,
      siteUrl,
    }) => {
      await page.goto(`${siteUrl}rapport/7/`);
      const contents = page.locator('nav.report-contents');
      await expect(contents.isVisible()).resolves.toBe(true);
      await expect(contents.locator('a').count()).resolves.toBe(SECTIONS + 2);
      await expect(contents.locator('a[aria-current="page"]').getAttribute('href')).resolves.toBe('/rapport/7/');
      const panel = (await contents.boundingBox())!;
      const text = (await page.locator('#p7-1').boundingBox())!;
      // Beside the text, which keeps its measure (about 70 characters: more than 500 px).
      expect(panel.x).toBeGreaterThanOrEqual(text.x + text.width);
      expect(panel.x + panel.width).toBeLessThanOrEqual(width);
      expect(text.width).toBeGreaterThan(500);
      // The paragraph number in the left margin, on screen and not covered.
      const number = (await page.locator('#p7-1 > a.ancre').boundingBox())!;
      expect(number.x).toBeGreaterThanOrEqual(0);
      expect(number.x + number.width).toBeLessThanOrEqual(text.x);
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href'),
        [number.x + number.width / 2, number.y + number.height / 2],
      );
      expect(hit).toBe('#p7-1');
      // Sticky: still in view at the end of the section.
      await page.locator('#p7-4').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => scrollY > 0);
      const after = (await contents.boundingBox())!;
      expect(after.y).toBeGreaterThanOrEqual(0);
      expect(after.y).toBeLessThan(200);
    });

    test('/rapport/complet/ has one contents panel, not a second floating one', async ({ page, siteUrl }) => {
      await page.goto(`${siteUrl}rapport/complet/`);
      await expect(page.locator('nav.report-contents').isVisible()).resolves.toBe(true);
      await expect(page.locator('nav.toc').isVisible()).resolves.toBe(false);
      await page.locator('nav.report-contents a[href="#s7"]').click();
      await page.waitForURL(/#s7$/);
    });
  });
}

describe('on a 360 × 740 phone', () => {
  test.override('contextOptions', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the menu lists every section and /rapports/, and closes on Escape, outside tap and a chosen link', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    await expect(page.locator('nav.report-contents').isVisible()).resolves.toBe(false);
    const menu = page.locator('[data-site-menu]');
    const open = () => menu.evaluate((details) => (details as HTMLDetailsElement).open);
    await page.locator('[data-site-menu] > summary').click();
    await expect(open()).resolves.toBe(true);
    const sections = page.locator('[aria-labelledby="menu-rapport"] a');
    await expect(sections.count()).resolves.toBe(SECTIONS + 2);
    for (const link of await sections.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    await expect(page.locator('.site-nav a[href="/rapports/"]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(open()).resolves.toBe(false);
    await page.locator('[data-site-menu] > summary').click();
    await expect(open()).resolves.toBe(true);
    await page.touchscreen.tap(180, 600);
    await expect(open()).resolves.toBe(false);
    await page.locator('[data-site-menu] > summary').click();
    await page.locator('[aria-labelledby="menu-rapport"] a[href="/rapport/8/"]').click();
    await page.waitForURL(/\/rapport\/8\/$/);
    await expect(open()).resolves.toBe(false);
  });

  test('the first paragraph of every section starts in the upper half of the screen', async ({ page, siteUrl }) => {
    for (let n = 1; n <= SECTIONS; n++) {
      await page.goto(`${siteUrl}rapport/${n}/`);
      const first = (await page.locator('.prose > :first-child').boundingBox())!;
      expect(first.y, `§ ${n}`).toBeLessThan(740 / 2);
    }
  });

  test('the «7.3» control is at least 24 × 24 px, says what it does, and its confirmation is on screen', async ({
    context,
    page,
    siteUrl,
  }) => {
    // A browser with a window lets a click copy; the headless shell of the tests asks for the permission.
    await context.grantPermissions(['clipboard-write']);
    await page.goto(`${siteUrl}rapport/7/`);
    const control = page.locator('#p7-3 > a.ancre');
    await expect(control.getAttribute('aria-label')).resolves.toBe('Copier le lien du § 7.3');
    await control.scrollIntoViewIfNeeded();
    const box = (await control.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await control.click();
    const status = page.locator('.copy-panel [role="status"]');
    await status.filter({ hasText: 'copié' }).waitFor();
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    const panel = (await page.locator('.copy-panel').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(0);
    expect(panel.y + panel.height).toBeLessThanOrEqual(740);
    expect(panel.x + panel.width).toBeLessThanOrEqual(360);
  });
});

describe('without JavaScript', () => {
  test.override('contextOptions', { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test('the paragraph number stays the paragraph’s own link', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    const control = page.locator('#p7-3 > a.ancre');
    await expect(control.getAttribute('aria-label')).resolves.toBe('Lien vers le paragraphe 7.3');
    await control.click();
    await page.waitForURL(/#p7-3$/);
  });
});

describe('on A4 paper', () => {
  const sheets = (page: Page, path: string, siteUrl: string) => printA4(page, siteUrl + path);

  test('/rapport/8/ prints on one sheet', async ({ page, siteUrl }) => {
    const pdf = await sheets(page, 'rapport/8/', siteUrl);
    expect(pageCount(pdf)).toBe(1);
  });

  test('/rapport/7/ prints without a blank sheet, its heading and first paragraph on sheet one', async ({
    page,
    siteUrl,
  }) => {
    const pdf = await sheets(page, 'rapport/7/', siteUrl);
    const count = pageCount(pdf);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(2);
    // The print layout, measured: heading and § 7.1 on the first sheet (A4 less margins: 267 mm ≈ 1009 px).
    const layout = await page.evaluate(() => ({
      heading: document.querySelector('#s7')!.getBoundingClientRect().top,
      first: document.querySelector('#p7-1')!.getBoundingClientRect().top,
      number: getComputedStyle(document.querySelector('#p7-1 > a.ancre')!, '::before').content,
      sectionBreak: getComputedStyle(document.querySelector('.report-section')!).breakBefore,
      paragraphBreak: getComputedStyle(document.querySelector('#p7-1')!).breakInside,
      external: getComputedStyle(document.querySelector('a[href^="/resolutions/"]')!, '::after').content,
      address: document.querySelector('[data-adresse-imprimee]')?.textContent,
    }));
    expect(layout.sectionBreak).not.toBe('page');
    expect(layout.paragraphBreak).not.toBe('avoid');
    expect(layout.first).toBeLessThan(1009);
    expect(layout.number).toBe('"7.1"');
    // Internal links print without their target; the address given is the reader's.
    expect(layout.external).toBe('none');
    expect(layout.address).toBe(`${siteUrl}rapport/7/`);
  });

  test('sections start on a new sheet only when the whole report is printed', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}rapport/complet/`);
    await page.emulateMedia({ media: 'print' });
    await expect(
      page.evaluate(() => getComputedStyle(document.querySelector('.report-section')!).breakBefore),
    ).resolves.toBe('page');
  });
});
