import { inject } from 'vitest';
import { describe, expect, test } from '../helpers/browser-test';

/** The contents list of long pages stays reachable: in view on wide screens, one link away on narrow ones. */
const siteUrl = inject('siteUrl');

describe.each([
  ['rapport/complet/', 'nav.report-contents', 'article'],
  ['resolutions/', 'nav.toc--flottant', 'main .page'],
])('%s', (path, panel, column) => {
  test('keeps its contents list in view while the reader scrolls, at 1280 px', async ({ context }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(siteUrl + path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 0);
    const box = await page.locator(panel).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + 40).toBeLessThanOrEqual(800);
    // Beside the text, never over it.
    const text = await page.locator(column).first().boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(text!.x + text!.width - 1);
    await expect(page.locator('.retour-sommaire').first().isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('offers « Retour au sommaire » at the end of each part, at 360 px', async ({ context }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(siteUrl + path);
    const back = page.locator('.retour-sommaire a').last();
    await back.scrollIntoViewIfNeeded();
    await back.click();
    await page.waitForURL(/#sommaire$/);
    await page.waitForFunction(() => {
      const box = document.getElementById('sommaire')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    await page.close();
  });
});
