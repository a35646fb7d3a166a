import { inject } from 'vitest';
import { describe, expect, test } from '../helpers/browser-test';
import { waitForResults } from '../helpers/search';
import type { Page } from 'playwright-core';

/**
 * A keyboard-only walk through a section page: skip link, header, search
 * dialog, copy-link of a paragraph and the next-section link, with a visible
 * focus indicator at every stop. No mouse, no programmatic focus.
 */
const siteUrl = inject('siteUrl');

/** What has focus: a short description, and whether a focus indicator (outline or box shadow) is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { label: 'body', visible: false };
    const style = getComputedStyle(element);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const href = element.getAttribute('href');
    const label =
      `${element.tagName.toLowerCase()}${href ? `[href=${href}]` : ''}` +
      (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return { label, visible };
  });
}

/** Presses Tab until the focused element matches `selector` (at most `limit` times); returns the stops passed. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    stops.push(stop.label);
    expect(stop.visible, `focus indicator on ${stop.label}`).toBe(true);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return stops;
  }
  throw new Error(`${selector} not reached with Tab; stops: ${stops.join(' → ')}`);
}

describe('at 1280 px, by keyboard, with the clipboard', () => {
  test.override('contextOptions', {
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  describe('keyboard only', () => {
    test('walks the header, searches, copies a paragraph link and goes to the next section', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/7/`);

      // Header: skip link first, then the site name, the menu (closed) and the search.
      const header = await tabTo(page, '[data-search-trigger]');
      expect(header).toEqual([
        'a[href=#contenu]Aller au contenu',
        'a[href=/]GTC-SMSI/ODD — accueil',
        'summaryMenu',
        'a[href=/recherche/]Rechercher /',
      ]);
      // The menu opens with Enter and its links follow in the tab order; Escape closes it on its summary.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      const menu = await tabTo(page, 'a[href="/recherche/"]:not([data-search-trigger])');
      expect(menu.map((stop) => stop.replace(/\].*/, ']'))).toEqual([
        'a[href=/rapport/]',
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `a[href=/rapport/${n}/]`),
        'a[href=/rapport/complet/]',
        'a[href=/resolutions/]',
        'a[href=/reunions/]',
        'a[href=/smsi-20/]',
        'a[href=/chronologie/]',
        'a[href=/glossaire/]',
        'a[href=/recherche/]',
      ]);
      expect(menu.slice(0, 2)).toEqual(['a[href=/rapport/]Préambule et sommaire', 'a[href=/rapport/1/]1 Introduction']);
      expect(menu.slice(-7)).toEqual([
        'a[href=/rapport/complet/]Texte complet',
        'a[href=/resolutions/]Résolutions',
        'a[href=/reunions/]Réunions',
        'a[href=/smsi-20/]SMSI+20',
        'a[href=/chronologie/]Chronologie',
        'a[href=/glossaire/]Glossaire',
        'a[href=/recherche/]Rechercher',
      ]);
      await page.keyboard.press('Escape');
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
      await page.keyboard.press('Tab');

      // Search: Enter opens the dialog on its field, ArrowDown reaches the results, Escape gives focus back.
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog.search-dialog[open]');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('recherche-champ');
      await page.keyboard.type('140');
      await waitForResults(page, 'dialog');
      await page.keyboard.press('ArrowDown');
      await expect(focused(page)).resolves.toMatchObject({
        label: expect.stringMatching(/^a\[href=\/resolutions\/pp-140\/\]/),
      });
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog.search-dialog:not([open])', { state: 'attached' });
      await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).resolves.toBe(
        true,
      );

      // Copy-link: the paragraph's link copies its address and offers buttons next in the tab order.
      await tabTo(page, 'a.ancre[href="#p7-1"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        /copié|Copiez/.test(document.querySelector('.copy-panel [role=status]')?.textContent ?? ''),
      );
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#p7-1');
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/\/rapport\/7\/#p7-1$/);
      const toPanel = await tabTo(page, '.copy-panel button');
      expect(toPanel.some((stop) => stop.includes('#p7-2'))).toBe(false);

      // Navigation: the next-section link is reachable and opens section 8, where Tab starts again at the skip link.
      await tabTo(page, 'a[rel="next"]', 80);
      await Promise.all([page.waitForURL(/\/rapport\/8\/$/), page.keyboard.press('Enter')]);
      await page.keyboard.press('Tab');
      await expect(focused(page)).resolves.toMatchObject({ label: 'a[href=#contenu]Aller au contenu', visible: true });
      await page.close();
    });
  });
});
