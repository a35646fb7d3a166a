import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';
import { openBrowser } from '../helpers/browser';
import { recordCspViolations } from '../helpers/csp';
import { parseFragment } from '../../src/lib/text-fragments-syntax';

/**
 * «Citer ce passage»: select words of the report (mouse or keyboard), copy
 * their citation with a link that opens on them; arrive on such a link, with
 * and without the browser's own support for text fragments.
 */
const siteUrl = inject('siteUrl');
const TITLE = 'Rapport de la Présidente du GTC-SMSI/ODD (43ème et 44ème réunions)';
let context: BrowserContext;
let close: () => Promise<void>;
let cspViolations: string[];

beforeAll(async () => {
  ({ context, close } = await openBrowser({
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  }));
  cspViolations = await recordCspViolations(context);
});
afterAll(async () => close?.());

/** Words of a block of the page, as a range: the `nth` occurrence (0-based) of `words` in `selector`'s text. */
async function wordRects(page: Page, selector: string, words: string, nth = 0) {
  return page.evaluate(
    ({ selector, words, nth }) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node as Text);
        text += (node as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
      if (at === -1) throw new Error(`${words} not in ${selector}`);
      const locate = (offset: number, end: boolean) => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.length || (end && offset === seen + node.length))
            return [node, offset - seen] as const;
          seen += node.length;
        }
        throw new Error('offset past the text');
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + words.length, true));
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    },
    { selector, words, nth },
  );
}

/** Selects words with the mouse, from the middle of their first character to the middle of their last. */
async function dragSelect(
  page: Page,
  selector: string,
  words: string,
  nth = 0,
  to?: { selector: string; words: string },
) {
  await page.locator(selector).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const from = await wordRects(page, selector, words, nth);
  const end = to ? (await wordRects(page, to.selector, to.words)).end : from.end;
  await page.mouse.move(from.start.x - 0.5, from.start.y);
  await page.mouse.down();
  await page.mouse.move((from.start.x + end.x) / 2, end.y, { steps: 4 });
  await page.mouse.move(end.x + 0.5, end.y, { steps: 2 });
  await page.mouse.up();
  return page.evaluate(() => getSelection()!.toString());
}

const control = '.cite-control button:has-text("Citer ce passage")';
const statusText = (page: Page) => page.locator('.cite-control [role="status"]').textContent();

/** Clicks «Citer ce passage» and returns what the clipboard holds, as plain text and as HTML. */
async function cite(page: Page) {
  await page.click(control);
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
function linkOf(text: string): URL {
  return new URL(/(https?:\/\/\S+)$/.exec(text)![1]!);
}

describe('citing selected words', () => {
  it('copies the words in quotes, the report and its § 7.3, and a link to the paragraph with the words', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`);
    const words = await dragSelect(page, '#p7-3', 'a renouvelé et renforcé le mandat de l’UIT');
    expect(words).toBe('a renouvelé et renforcé le mandat de l’UIT');
    await page.waitForSelector(control);
    // Next to the selection, not over it.
    const box = (await page.locator('.cite-control').boundingBox())!;
    const selection = await page.evaluate(() => {
      const rects = [...getSelection()!.getRangeAt(0).getClientRects()];
      return { bottom: Math.max(...rects.map((r) => r.bottom)), top: Math.min(...rects.map((r) => r.top)) };
    });
    expect(box.y).toBeGreaterThanOrEqual(selection.bottom);
    expect(box.y - selection.bottom).toBeLessThan(40);

    const copied = await cite(page);
    const [quote, source] = copied.text.split('\n');
    expect(quote).toBe(`«\u202f${words}\u202f»`);
    expect(source).toMatch(new RegExp(`^${escape(TITLE)}, § 7\\.3 — `));
    const link = linkOf(copied.text);
    expect(link.origin + link.pathname).toBe(`${siteUrl}rapport/7/`);
    expect(link.search).toBe('');
    const { elementId, directives } = parseFragment(link.hash);
    expect(elementId).toBe('p7-3');
    expect(directives).toEqual([{ textStart: words }]);
    expect(link.hash).toBe('#p7-3:~:text=a%20renouvel%C3%A9%20et%20renforc%C3%A9%20le%20mandat%20de%20l%E2%80%99UIT');
    expect(copied.html).toContain(`<a href="${link.href}">`);
    expect(copied.html).toContain(`«\u202f${words}\u202f»`);
    await expect(page.locator('.cite-control [role="status"]').getAttribute('aria-live')).resolves.toBe('polite');
    await page.close();
  });

  it('adds a prefix to words that occur more than once, and the link opens on the right occurrence', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`);
    // « de l’UIT » also occurs in §§ 7.1 and 7.2; select its second occurrence in § 7.3.
    const words = await dragSelect(page, '#p7-3', 'rôle central de l’UIT');
    expect(words).toBe('rôle central de l’UIT');
    await page.mouse.click(5, 5);
    const repeated = await dragSelect(page, '#p7-3', 'de l’UIT', 1);
    expect(repeated).toBe('de l’UIT');
    await page.waitForSelector(control);
    const link = linkOf((await cite(page)).text);
    const [directive] = parseFragment(link.hash).directives;
    expect(directive).toEqual({ prefix: 'central', textStart: 'de l’UIT' });
    expect(link.hash).toContain('text=central-,de%20l%E2%80%99UIT');

    // Opened in a short window, Chromium scrolls that occurrence, not an earlier one, to the middle.
    const reader = await context.newPage();
    await reader.setViewportSize({ width: 1280, height: 400 });
    await reader.goto(link.href);
    await reader.waitForFunction(() => scrollY > 0);
    const occurrence = await wordRects(reader, '#p7-3', 'de l’UIT', 1);
    expect(occurrence.start.y).toBeGreaterThan(100);
    expect(occurrence.start.y).toBeLessThan(300);
    await reader.close();
    await page.close();
  });

  it('cites a selection across paragraphs as « § 7.3–7.4 », with the first paragraph’s address', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`);
    const words = await dragSelect(page, '#p7-3', 'soulignant le rôle central', 0, {
      selector: '#p7-4',
      words: 'Le Groupe a procédé',
    });
    expect(words).toMatch(/^soulignant le rôle central[^]*UNGIS\.\s+Le Groupe a procédé$/);
    await page.waitForSelector(control);
    const copied = await cite(page);
    const [quote, source] = copied.text.split('\n');
    expect(quote).toBe(`«\u202f${words.replace(/\s+Le Groupe/, ' Le Groupe')}\u202f»`);
    expect(source).toMatch(new RegExp(`^${escape(TITLE)}, § 7\\.3–7\\.4 — `));
    const link = linkOf(copied.text);
    const { elementId, directives } = parseFragment(link.hash);
    expect(elementId).toBe('p7-3');
    // « soulignant le rôle » also occurs in § 7.2: the first words grow until they are unique.
    expect(directives).toEqual([{ textStart: 'soulignant le rôle central', textEnd: 'Groupe a procédé' }]);
    await page.close();
  });

  it('cites a whole paragraph selected by a triple click as its one §, by its first and last words', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`);
    await page.locator('#p7-3').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const at = await wordRects(page, '#p7-3', 'renforcé');
    await page.mouse.click(at.start.x + 2, at.start.y, { clickCount: 3 });
    await page.waitForSelector(control);
    const copied = await cite(page);
    const [quote, source] = copied.text.split('\n');
    expect(quote).toMatch(
      /^«\u202fLe document final adopté \(A\/RES\/80\/173\) a renouvelé[^]*du Groupe UNGIS\.\u202f»$/,
    );
    expect(source).toMatch(/, § 7\.3 — /);
    const { elementId, directives } = parseFragment(linkOf(copied.text).hash);
    expect(elementId).toBe('p7-3');
    expect(directives).toEqual([{ textStart: 'Le document final', textEnd: 'du Groupe UNGIS.' }]);
    await page.close();
  });

  it('is reached with Tab right after a keyboard selection, and Escape closes it', async () => {
    // Keyboard users select text in Chromium with caret browsing (F7), switched on here from the start.
    const keyboard = await openBrowser({
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
      args: [...CHROMIUM_ARGS, '--enable-caret-browsing'],
    });
    try {
      const page = await keyboard.context.newPage();
      await page.goto(`${siteUrl}rapport/7/`);
      await page.locator('#p7-3').evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const at = await wordRects(page, '#p7-3', 'a renouvelé');
      await page.mouse.click(at.start.x - 0.5, at.start.y);
      for (let i = 0; i < 'a renouvelé'.length; i++) await page.keyboard.press('Shift+ArrowRight');
      await expect(page.evaluate(() => getSelection()!.toString())).resolves.toBe('a renouvelé');
      await page.waitForSelector(control);
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Citer ce passage');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('.cite-control [role="status"]')?.textContent === 'Citation copiée',
      );
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(
        /^«\u202fa renouvelé\u202f»\n/,
      );
      await page.keyboard.press('Escape');
      await expect(page.locator('.cite-control').count()).resolves.toBe(0);
      // The selection stays, and the reader selects on from it.
      await expect(page.evaluate(() => getSelection()!.toString())).resolves.toBe('a renouvelé');
      // Selecting further brings it back.
      await page.keyboard.press('Shift+ArrowRight');
      await expect(page.evaluate(() => getSelection()!.toString())).resolves.toBe('a renouvelé ');
      await page.waitForSelector(control);
    } finally {
      await keyboard.close();
    }
  });

  it('shows nothing for a selection outside the report’s text, or across the header and the text', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`);
    const select = (from: string, to: string) =>
      page.evaluate(
        ([from, to]) => {
          const range = document.createRange();
          range.setStartBefore(document.querySelector(from!)!);
          range.setEndAfter(document.querySelector(to!)!);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        },
        [from, to],
      );
    const controls = () => page.locator('.cite-control').count();
    for (const [from, to] of [
      ['.site-header a', '.site-header a'],
      ['h1', 'h1'],
      ['.breadcrumbs', '.breadcrumbs'],
      ['.pager a', '.pager a'],
      ['.site-header', '#p7-2'],
      ['#p7-4', 'footer'],
    ] as const) {
      // Each time after a selection in the text that shows it, so that its disappearance is seen.
      await dragSelect(page, '#p7-3', 'a renouvelé');
      await page.waitForSelector(control);
      await select(from, to);
      await page.waitForFunction(() => document.querySelector('.cite-control') === null);
    }
    await dragSelect(page, '#p7-3', 'a renouvelé');
    await page.waitForSelector(control);
    await page.keyboard.press('Control+A');
    await page.waitForFunction(() => document.querySelector('.cite-control') === null);
    await expect(controls()).resolves.toBe(0);
    await page.close();
  });

  it('loads nothing for citing before a selection in the report’s text', async () => {
    const page = await context.newPage();
    const citeCode = () =>
      page.evaluate(() =>
        [
          ...performance.getEntriesByType('resource').map((entry) => entry.name),
          ...[...document.querySelectorAll('link[href], script[src]')].map(
            (e) => e.getAttribute('href') ?? e.getAttribute('src'),
          ),
        ].filter((name) => /cite|text-fragment/.test(name!)),
      );
    const selectAll = () =>
      page.evaluate(
        () =>
          new Promise<string>((done) => {
            document.addEventListener('selectionchange', () => done(getSelection()!.toString()), { once: true });
            const range = document.createRange();
            range.selectNodeContents(document.querySelector('main')!);
            getSelection()!.addRange(range);
          }),
      );
    // A page without report text: even a selection of its whole text loads nothing.
    await page.goto(`${siteUrl}glossaire/`);
    await expect(selectAll()).resolves.toMatch(/\S/);
    await expect(citeCode()).resolves.toEqual([]);
    // A section, before any selection.
    await page.goto(`${siteUrl}rapport/7/`);
    await page.mouse.click(640, 400);
    await expect(citeCode()).resolves.toEqual([]);
    await page.close();
  });

  it('offers «Citer ce passage» in the copy panel of a paragraph link when words of it are selected', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`);
    await dragSelect(page, '#p7-4', 'une analyse des lacunes');
    await page.waitForSelector(control);
    await page.click('#p7-4 > a.ancre');
    const panelCite = page.locator('.copy-panel button:has-text("Citer ce passage")');
    await panelCite.waitFor();
    await panelCite.click();
    await page.waitForFunction(
      () => document.querySelector('.copy-panel [role="status"]')?.textContent === 'Citation copiée',
    );
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(
      /^«\u202fune analyse des lacunes\u202f»\n.*, § 7\.4 — http:\/\/.*\/rapport\/7\/#p7-4:~:text=une%20analyse%20des%20lacunes$/,
    );

    // Without a selection in the paragraph, the panel offers the link only.
    await page.click('.copy-panel button:has-text("Fermer")');
    await page.mouse.click(5, 5);
    await page.click('#p7-2 > a.ancre');
    await page.locator('.copy-panel [role="status"]').filter({ hasText: 'copié' }).waitFor();
    await expect(page.locator('.copy-panel button:has-text("Citer ce passage")').isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('citing odd selections', () => {
  /** Selects, with the Selection API, the `nth` occurrence of `words` in the text of `selector`. */
  async function selectWords(page: Page, selector: string, words: string, nth = 0) {
    await page.evaluate(
      ({ selector, words, nth }) => {
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
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      },
      { selector, words, nth },
    );
  }

  /** Which paragraph Chromium itself opens on for a text directive alone (it targets the element of the match). */
  async function nativeTarget(path: string, directive: string): Promise<string | undefined> {
    const page = await context.newPage();
    await page.goto(`${siteUrl}${path}#:~:${directive}`);
    // Chromium looks for the words once the page has loaded; a directive that matches nothing targets nothing.
    await page.waitForFunction(() => document.querySelector(':target'), null, { timeout: 10_000 }).catch(() => {});
    const id = await page.evaluate(() => document.querySelector(':target')?.closest('[id^="p"]')?.id);
    await page.close();
    return id;
  }

  it.each([
    ['no-break spaces and a U+2011 hyphen', 'SMSI (2005\u20112014)\u202f; Feuille de route', 0],
    ['words inside a link, also the start of a longer one', 'A/RES/70/1', 1],
    ['an acronym', 'AGNU', 0],
    ['one character of a word', 'N', 0],
  ])('copies exactly the words and a directive Chromium opens on: %s', async (_, words, nth) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${siteUrl}rapport/`);
    // « N » is the second letter of « ONU »; the others are taken as they are.
    if (words === 'N') await selectWords(page, '#p0-5 abbr[title="Organisation des Nations Unies"]', 'N');
    else await selectWords(page, '#p0-5', words, nth);
    await expect(page.evaluate(() => getSelection()!.toString())).resolves.toBe(words);
    await page.waitForSelector(control);
    const copied = await cite(page);
    expect(copied.text.split('\n')[0]).toBe(`«\u202f${words}\u202f»`);
    const link = linkOf(copied.text);
    const { elementId, directives } = parseFragment(link.hash);
    expect(elementId).toBe('p0-5');
    expect(directives).toHaveLength(1);
    // The directive holds the words themselves, widened to whole words (Unicode word boundaries) when the
    // selection cuts one: « l’AGNU » is one word, and so is « AGNU » with the narrow no-break space before « ; ».
    const widened: Record<string, string> = { AGNU: 'l’AGNU\u202f', N: 'l’ONU\u202f' };
    expect(directives[0]!.textStart).toBe(widened[words] ?? words);
    await expect(nativeTarget('rapport/', link.hash.slice(link.hash.indexOf(':~:') + 3))).resolves.toBe('p0-5');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sits further below the selection on touch screens, clear of the system’s selection menu', async () => {
    const touch = await openBrowser({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    try {
      const page = await touch.context.newPage();
      await page.goto(`${siteUrl}rapport/7/`);
      await page.locator('#p7-3').evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const at = await wordRects(page, '#p7-3', 'renforcé');
      await page.touchscreen.tap(at.start.x, at.start.y);
      await selectWords(page, '#p7-3', 'a renouvelé et renforcé');
      await page.waitForSelector(control);
      const box = (await page.locator('.cite-control').boundingBox())!;
      const bottom = await page.evaluate(() =>
        Math.max(...[...getSelection()!.getRangeAt(0).getClientRects()].map((r) => r.bottom)),
      );
      expect(box.y - bottom).toBeGreaterThanOrEqual(30);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    } finally {
      await touch.close();
    }
  });
});

describe('arriving on a link to cited words', () => {
  it('falls back to the paragraph and marks the words where the browser does not open text fragments', async () => {
    const { context: old, close: closeOld } = await openBrowser({
      viewport: { width: 1280, height: 400 },
      args: [...CHROMIUM_ARGS, '--disable-blink-features=TextFragmentIdentifiers'],
    });
    try {
      const page = await old.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${siteUrl}rapport/7/#p7-3:~:text=central-,de%20l%E2%80%99UIT`);
      await expect(page.evaluate(() => 'fragmentDirective' in document)).resolves.toBe(false);
      const mark = page.locator('#p7-3 mark.passage-citee');
      await mark.waitFor();
      await expect(mark.textContent()).resolves.toBe('de l’UIT');
      await expect(page.locator('mark.passage-citee').count()).resolves.toBe(1);
      await expect(page.locator('#p7-3').textContent()).resolves.toContain(
        'le rôle central de l’UIT dans ce processus',
      );
      const box = (await mark.boundingBox())!;
      expect(box.y).toBeGreaterThan(0);
      expect(box.y).toBeLessThan(400);

      // Words since changed: the reader still lands on the paragraph, and nothing breaks.
      const changed = await old.newPage();
      changed.on('pageerror', (error) => errors.push(error.message));
      await changed.goto(
        `${siteUrl}rapport/7/#p7-2:~:text=des%20mots%20qui%20n%E2%80%99y%20sont%20plus,fin&text=%E2%80%`,
      );
      await changed.waitForFunction(() =>
        performance.getEntriesByType('resource').some((r) => r.name.includes('text-fragment-arrival')),
      );
      const target = (await changed.locator('#p7-2').boundingBox())!;
      expect(target.y).toBeGreaterThanOrEqual(0);
      expect(target.y).toBeLessThan(400);
      await expect(changed.locator('mark.passage-citee').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await closeOld();
    }
  });

  it('leaves browsers that open text fragments to do it themselves', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/#p7-3:~:text=a%20renouvel%C3%A9%20et%20renforc%C3%A9`);
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#p7-3');
    await expect(page.locator('mark.passage-citee').count()).resolves.toBe(0);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /text-fragment/.test(name)),
    );
    expect(scripts).toEqual([]);
    await page.close();
  });
});

it('placed and styled the control, and marked words, without any Content Security Policy violation', () => {
  expect(cspViolations).toEqual([]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
