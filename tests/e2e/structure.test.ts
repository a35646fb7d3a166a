import { inject } from 'vitest';
import { describe, expect, test } from '../helpers/browser-test';
import type { Page } from 'playwright-core';

/**
 * The structure pages in a real browser, without JavaScript: what assistive
 * technology is told about abbreviations, the timeline's order as drawn, and
 * how the timeline reads in both themes, in print and on a small screen.
 */
const siteUrl = inject('siteUrl');

/** The accessibility node Chromium exposes for the first element matching `selector`. */
async function accessibilityNode(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`no element for ${selector}`);
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return nodes[0]!;
}

describe('without JavaScript, at 1024 px', () => {
  test.override('contextOptions', { javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });

  describe('abbreviations in the report', () => {
    test('expose the expansion as the accessible description of the acronym', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/3/`);
      const node = await accessibilityNode(page, '#p3-2 abbr');
      expect(node.ignored).toBe(false);
      expect(node.description?.value).toBe('Groupe des Nations Unies sur la société de l’information');
      await expect(page.locator('#p3-2 abbr').first().textContent()).resolves.toBe('UNGIS');
      await expect(page.locator('#p3-2 abbr').first().getAttribute('title')).resolves.toBe(
        'Groupe des Nations Unies sur la société de l’information',
      );
      await page.close();
    });

    test('keep the source’s no-break characters in the acronym read by assistive technology', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}rapport/8/`);
      const node = await accessibilityNode(page, '#p8-1 abbr[title="Son Excellence"]');
      expect(node.description?.value).toBe('Son Excellence');
      await expect(page.locator('#p8-1 abbr[title="Son Excellence"]').textContent()).resolves.toBe('S.\u00a0E.');
      await page.close();
    });
  });

  describe('timeline', () => {
    /** Start (datetime of the first <time>), end (of the last) and top edge of each event, in document order. */
    async function events(page: Page) {
      return page.$$eval('ol.timeline > li', (items) =>
        items.map((li) => {
          const times = [...li.querySelectorAll('time')].map((t) => t.getAttribute('datetime') ?? '');
          return { start: times[0]!, end: times.at(-1)!, top: li.getBoundingClientRect().top };
        }),
      );
    }
    /** The last day an ISO date (day, month or year) may mean. */
    const lastDay = (iso: string) => (iso.length === 10 ? iso : iso.length === 7 ? `${iso}-31` : `${iso}-12-31`);

    test('is drawn in chronological order, top to bottom', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}chronologie/`);
      const list = await events(page);
      expect(list.length).toBeGreaterThanOrEqual(13);
      const ends = list.map((event) => lastDay(event.end));
      expect(ends).toEqual([...ends].sort());
      const tops = list.map((event) => event.top);
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      expect(list.map((event) => event.start)).toEqual(
        expect.arrayContaining(['2025-04-07', '2025-09-09', '2025-12', '2026-01-15', '2026-03', '2026']),
      );
      await page.close();
    });

    test('draws its line and markers in both colour schemes', async ({ context }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(`${siteUrl}chronologie/`);
        const colours = await page.evaluate(() => {
          const list = document.querySelector('ol.timeline')!;
          const marker = getComputedStyle(list.querySelector('li')!, '::before');
          return {
            background: getComputedStyle(document.documentElement).backgroundColor,
            line: getComputedStyle(list).borderLeftColor,
            marker: marker.borderTopColor,
            text: getComputedStyle(list).color,
          };
        });
        expect(colours.line, colorScheme).not.toBe(colours.background);
        expect(colours.marker, colorScheme).not.toBe(colours.background);
        expect(colours.text, colorScheme).not.toBe(colours.background);
        await page.close();
      }
    });

    test('prints in black, with every event visible', async ({ context }) => {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await page.goto(`${siteUrl}chronologie/`);
      const line = await page.evaluate(() => getComputedStyle(document.querySelector('ol.timeline')!).borderLeftColor);
      expect(line).toBe('rgb(0, 0, 0)');
      await expect(page.locator('ol.timeline > li').last().isVisible()).resolves.toBe(true);
      await page.close();
    });
  });

  describe('structure pages on a small screen', () => {
    test.for(['reunions/', 'reunions/44/', 'smsi-20/', 'glossaire/', 'chronologie/'])(
      '/%s fits a 320 px screen without horizontal scrolling',
      async (path, { context }) => {
        const page = await context.newPage();
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(siteUrl + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.close();
      },
    );
  });
});
