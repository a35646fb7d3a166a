import type { BrowserContext } from 'playwright-core';
import { describe, expect, test, cite, CITE_CONTROL, linkOf, selectWords, wordRects } from '../helpers/selection';
import { parseFragment } from '../../src/lib/text-fragments-syntax';

/**
 * «Citer ce passage» on selections a reader makes less often: words with
 * no-break spaces, inside a link or an acronym, one letter; a selection made
 * on a touch screen.
 */

/** Which paragraph Chromium itself opens on for a link (it targets the element of the match). */
async function nativeTarget(context: BrowserContext, url: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(url);
  // Chromium targets the element of the match once the page has loaded: wait for that target. A directive
  // that matches nothing never gets one, and the wait fails, saying so.
  const target = await page.waitForFunction(() => document.querySelector(':target')?.closest('[id^="p"]')?.id);
  const id = (await target.jsonValue()) as string;
  await page.close();
  return id;
}

describe('citing odd selections', () => {
  test.override('contextOptions', {
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  test.for([
    ['no-break spaces and a U+2011 hyphen', 'SMSI (2005\u20112014)\u202f; Feuille de route', 0],
    ['words inside a link, also the start of a longer one', 'A/RES/70/1', 1],
    ['an acronym', 'AGNU', 0],
    ['one character of a word', 'N', 0],
  ] as const)(
    'quotes the words widened to whole words, and a directive Chromium opens on: %s',
    async ([, words, nth], { page, context, siteUrl }) => {
      await page.goto(`${siteUrl}rapport/`);
      // « N » is the second letter of « ONU »; the others are taken as they are.
      if (words === 'N') await selectWords(page, '#p0-5 abbr[title="Organisation des Nations Unies"]', 'N');
      else await selectWords(page, '#p0-5', words, nth);
      await expect(page.evaluate(() => getSelection()!.toString())).resolves.toBe(words);
      await page.waitForSelector(CITE_CONTROL);
      const copied = await cite(page);
      const link = linkOf(copied.text);
      const { elementId, directives } = parseFragment(link.hash);
      expect(elementId).toBe('p0-5');
      expect(directives).toHaveLength(1);
      // The directive holds the words themselves, widened to whole words (Unicode word boundaries) when the
      // selection cuts one: « l’AGNU » is one word, and so is « AGNU » with the narrow no-break space before « ; ».
      const widened: Record<string, string> = { AGNU: 'l’AGNU\u202f', N: 'l’ONU\u202f' };
      expect(directives[0]!.textStart).toBe(widened[words] ?? words);
      // The quote says the same words as the link, without the spaces at its ends.
      expect(copied.text.split('\n')[0]).toBe(`«\u202f${(widened[words] ?? words).trim()}\u202f»`);
      const directive = link.hash.slice(link.hash.indexOf(':~:'));
      await expect(nativeTarget(context, `${siteUrl}rapport/#${directive}`)).resolves.toBe('p0-5');
    },
  );
});

describe('citing on a touch screen', () => {
  test.override('contextOptions', { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  test('sits further below the selection, clear of the system’s selection menu', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    await page.locator('#p7-3').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const at = await wordRects(page, '#p7-3', 'renforcé');
    await page.touchscreen.tap(at.start.x, at.start.y);
    await selectWords(page, '#p7-3', 'a renouvelé et renforcé');
    await page.waitForSelector(CITE_CONTROL);
    const box = (await page.locator('.cite-control').boundingBox())!;
    const bottom = await page.evaluate(() =>
      Math.max(...[...getSelection()!.getRangeAt(0).getClientRects()].map((r) => r.bottom)),
    );
    expect(box.y - bottom).toBeGreaterThanOrEqual(30);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
});
