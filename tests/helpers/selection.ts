import { mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { test as base, type ContextOptions } from './browser-test';
import { recordCspViolations } from './csp';

/**
 * Helpers for the «Citer ce passage» journeys (tests/e2e/cite-*.test.ts and
 * text-fragment-arrival.test.ts): select words the way a reader does, press the
 * control, read what was copied.
 */

/**
 * The browser fixture, whose test also fails on any Content Security Policy
 * violation in its context (placing and styling the control and marking words
 * must not need a looser policy).
 */
export const test = base
  .extend('cspViolations', { auto: true }, async ({ context }, { onCleanup }) => {
    const violations = await recordCspViolations(context);
    onCleanup(() => {
      if (violations.length > 0) throw new Error(`Violations de la CSP :\n${violations.join('\n')}`);
    });
    return violations;
  })
  // Some journeys need a Chromium started with a switch (caret browsing for keyboard selection, no
  // text fragments for older browsers): one per switch and per worker, started only when a test asks.
  // The full browser, not the tests' headless shell: caret browsing is a feature of the browser's interface.
  .extend('switchedBrowsers', { scope: 'worker' }, async ({}, { onCleanup }) => {
    const browsers = new Map<string, Promise<Browser>>();
    const profile = mkdtempSync(resolve('tmp/chromium-'));
    onCleanup(async () => {
      await Promise.all([...browsers.values()].map(async (browser) => (await browser).close()));
      rmSync(profile, { recursive: true, force: true });
    });
    return (flag: string): Promise<Browser> => {
      if (!browsers.has(flag)) {
        browsers.set(
          flag,
          chromium.launch({
            executablePath: chromiumPath(),
            headless: true,
            args: [...CHROMIUM_ARGS, flag],
            env: { ...process.env, TMPDIR: profile },
          }),
        );
      }
      return browsers.get(flag)!;
    };
  })
  /**
   * A context of a Chromium started with `flag` (`--enable-caret-browsing`,
   * `--disable-blink-features=TextFragmentIdentifiers`), watched for page errors and closed like the others.
   */
  .extend('switchedContext', async ({ switchedBrowsers, pageErrors, cspViolations }, { onCleanup }) => {
    const opened: BrowserContext[] = [];
    const violations: string[][] = [];
    onCleanup(async () => {
      await Promise.all(opened.map((context) => context.close()));
      cspViolations.push(...violations.flat());
    });
    return async (flag: string, options: ContextOptions): Promise<BrowserContext> => {
      const context = await (await switchedBrowsers(flag)).newContext({ locale: 'fr-FR', ...options });
      context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
      violations.push(await recordCspViolations(context));
      opened.push(context);
      return context;
    };
  });
export { expect, describe } from './browser-test';

export const TITLE = 'Rapport de la Présidente du GTC-SMSI/ODD (43ème et 44ème réunions)';
export const CITE_CONTROL = '.cite-control button:has-text("Citer ce passage")';

/**
 * In the page: finds the `nth` occurrence (0-based) of `words` in `selector`'s
 * text and either selects it (Selection API) or tells where it is on screen
 * (the middle of its first and of its last character's line box).
 */
function locateWords({
  selector,
  words,
  nth,
  select,
}: {
  selector: string;
  words: string;
  nth: number;
  select: boolean;
}) {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at === -1) throw new Error(`${words} not in ${selector}`);
  const locate = (offset: number, end: boolean): [Text, number] => {
    let seen = 0;
    for (const node of nodes) {
      if (offset < seen + node.length || (end && offset === seen + node.length)) return [node, offset - seen];
      seen += node.length;
    }
    throw new Error('offset past the text');
  };
  const range = document.createRange();
  range.setStart(...locate(at, false));
  range.setEnd(...locate(at + words.length, true));
  if (select) {
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }
  const rects = [...range.getClientRects()];
  const first = rects[0]!;
  const last = rects[rects.length - 1]!;
  return {
    start: { x: first.left + 1, y: first.top + first.height / 2 },
    end: { x: last.right - 1, y: last.top + last.height / 2 },
  };
}

/** Where words are on screen: the middle of their first and of their last character's line box. */
export async function wordRects(page: Page, selector: string, words: string, nth = 0) {
  return page.evaluate(locateWords, { selector, words, nth, select: false });
}

/** Selects words with the Selection API, as a script or assistive technology would. */
export async function selectWords(page: Page, selector: string, words: string, nth = 0) {
  await page.evaluate(locateWords, { selector, words, nth, select: true });
}

/**
 * Selects with the mouse, from `start` to `end` (points on screen), just outside
 * the first and last characters' middles; returns the selected text.
 */
async function drag(page: Page, start: { x: number; y: number }, end: { x: number; y: number }) {
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, end.y, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 2 });
  await page.mouse.up();
  return page.evaluate(() => getSelection()!.toString());
}

/** Selects words with the mouse, from the middle of their first character to the middle of their last. */
export async function dragSelect(
  page: Page,
  selector: string,
  words: string,
  nth = 0,
  to?: { selector: string; words: string },
) {
  await page.locator(selector).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const from = await wordRects(page, selector, words, nth);
  const end = to ? (await wordRects(page, to.selector, to.words)).end : from.end;
  return drag(page, { x: from.start.x - 0.5, y: from.start.y }, { x: end.x + 0.5, y: end.y });
}

/** Clicks «Citer ce passage» and returns what the clipboard holds, as plain text and as HTML. */
export async function cite(page: Page) {
  await page.click(CITE_CONTROL);
  await page.waitForFunction(
    () => document.querySelector('.cite-control [role="status"]')?.textContent === 'Citation copiée',
  );
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      text: await (await item!.getType('text/plain')).text(),
      html: await (await item!.getType('text/html')).text(),
    };
  });
}

/** The link of a copied citation (its last line ends with it). */
export function linkOf(text: string): URL {
  return new URL(/(https?:\/\/\S+)$/.exec(text)![1]!);
}

/** A text, escaped for a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
