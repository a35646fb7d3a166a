import {
  describe,
  expect,
  test,
  cite,
  CITE_CONTROL,
  dragSelect,
  escapeRegExp,
  linkOf,
  TITLE,
  wordRects,
} from '../helpers/selection';
import { parseFragment } from '../../src/lib/text-fragments-syntax';

/**
 * «Citer ce passage», the reader's journey: select words of the report with
 * the mouse or the keyboard, copy their citation with a link that opens on
 * them. Odd selections are in cite-odd-selections.test.ts; arriving on such a
 * link in text-fragment-arrival.test.ts.
 */

describe('citing selected words', () => {
  test.override('contextOptions', {
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  test('copies the words in quotes, the report and its § 7.3, and a link to the paragraph with the words', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    const words = await dragSelect(page, '#p7-3', 'a renouvelé et renforcé le mandat de l’UIT');
    expect(words).toBe('a renouvelé et renforcé le mandat de l’UIT');
    await page.waitForSelector(CITE_CONTROL);
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
    expect(source).toMatch(new RegExp(`^${escapeRegExp(TITLE)}, § 7\\.3 — `));
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
  });

  test('widens a selection that starts and ends inside words to whole words, in the quote as in the link', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    // From inside « sur » to inside « principes ».
    const words = await dragSelect(
      page,
      '#p7-2',
      'ur l’examen d’ensemble du SMSI+20, tenue en décembre 2025, qui marquait le vingtième anniversaire de la Déclaration de princi',
    );
    expect(words).toMatch(/^ur l’examen[^]*de princi$/);
    await page.waitForSelector(CITE_CONTROL);
    const copied = await cite(page);
    const quoted =
      'sur l’examen d’ensemble du SMSI+20, tenue en décembre 2025, qui marquait le vingtième anniversaire de la Déclaration de principes';
    expect(copied.text.split('\n')[0]).toBe(`«\u202f${quoted}\u202f»`);
    const { directives } = parseFragment(linkOf(copied.text).hash);
    expect(directives).toEqual([{ textStart: quoted }]);
  });

  test('adds a prefix to words that occur more than once, and the link opens on the right occurrence', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    // « de l’UIT » also occurs in §§ 7.1 and 7.2; select its second occurrence in § 7.3.
    const words = await dragSelect(page, '#p7-3', 'rôle central de l’UIT');
    expect(words).toBe('rôle central de l’UIT');
    await page.mouse.click(5, 5);
    const repeated = await dragSelect(page, '#p7-3', 'de l’UIT', 1);
    expect(repeated).toBe('de l’UIT');
    await page.waitForSelector(CITE_CONTROL);
    const link = linkOf((await cite(page)).text);
    const [directive] = parseFragment(link.hash).directives;
    expect(directive).toEqual({ prefix: 'central', textStart: 'de l’UIT' });
    expect(link.hash).toContain('text=central-,de%20l%E2%80%99UIT');

    // Opened in a short window, Chromium scrolls that occurrence, not an earlier one, to the middle.
    const reader = await page.context().newPage();
    await reader.setViewportSize({ width: 1280, height: 400 });
    await reader.goto(link.href);
    await reader.waitForFunction(() => scrollY > 0);
    const occurrence = await wordRects(reader, '#p7-3', 'de l’UIT', 1);
    expect(occurrence.start.y).toBeGreaterThan(100);
    expect(occurrence.start.y).toBeLessThan(300);
    await reader.close();
  });

  test('cites a selection across paragraphs as « § 7.3–7.4 », with the first paragraph’s address', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    const words = await dragSelect(page, '#p7-3', 'soulignant le rôle central', 0, {
      selector: '#p7-4',
      words: 'Le Groupe a procédé',
    });
    expect(words).toMatch(/^soulignant le rôle central[^]*UNGIS\.\s+Le Groupe a procédé$/);
    await page.waitForSelector(CITE_CONTROL);
    const copied = await cite(page);
    const [quote, source] = copied.text.split('\n');
    expect(quote).toBe(`«\u202f${words.replace(/\s+Le Groupe/, ' Le Groupe')}\u202f»`);
    expect(source).toMatch(new RegExp(`^${escapeRegExp(TITLE)}, § 7\\.3–7\\.4 — `));
    const link = linkOf(copied.text);
    const { elementId, directives } = parseFragment(link.hash);
    expect(elementId).toBe('p7-3');
    // « soulignant le rôle » also occurs in § 7.2: the first words grow until they are unique.
    expect(directives).toEqual([{ textStart: 'soulignant le rôle central', textEnd: 'Groupe a procédé' }]);
  });

  test('cites a whole paragraph selected by a triple click as its one §, by its first and last words', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    await page.locator('#p7-3').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const at = await wordRects(page, '#p7-3', 'renforcé');
    await page.mouse.click(at.start.x + 2, at.start.y, { clickCount: 3 });
    await page.waitForSelector(CITE_CONTROL);
    const copied = await cite(page);
    const [quote, source] = copied.text.split('\n');
    expect(quote).toMatch(
      /^«\u202fLe document final adopté \(A\/RES\/80\/173\) a renouvelé[^]*du Groupe UNGIS\.\u202f»$/,
    );
    expect(source).toMatch(/, § 7\.3 — /);
    const { elementId, directives } = parseFragment(linkOf(copied.text).hash);
    expect(elementId).toBe('p7-3');
    expect(directives).toEqual([{ textStart: 'Le document final', textEnd: 'du Groupe UNGIS.' }]);
  });

  test('is reached with Tab right after a keyboard selection, and Escape closes it', async ({
    switchedContext,
    siteUrl,
  }) => {
    // Keyboard users select text in Chromium with caret browsing (F7), switched on here from the start.
    const keyboard = await switchedContext('--enable-caret-browsing', {
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    {
      const page = await keyboard.newPage();
      await page.goto(`${siteUrl}rapport/7/`);
      await page.locator('#p7-3').evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const at = await wordRects(page, '#p7-3', 'a renouvelé');
      await page.mouse.click(at.start.x - 0.5, at.start.y);
      for (let i = 0; i < 'a renouvelé'.length; i++) await page.keyboard.press('Shift+ArrowRight');
      await expect(page.evaluate(() => getSelection()!.toString())).resolves.toBe('a renouvelé');
      await page.waitForSelector(CITE_CONTROL);
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
      await page.waitForSelector(CITE_CONTROL);
    }
  });

  test('shows nothing for a selection outside the report’s text, or across the header and the text', async ({
    page,
    siteUrl,
  }) => {
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
      await page.waitForSelector(CITE_CONTROL);
      await select(from, to);
      await page.waitForFunction(() => document.querySelector('.cite-control') === null);
    }
    await dragSelect(page, '#p7-3', 'a renouvelé');
    await page.waitForSelector(CITE_CONTROL);
    await page.keyboard.press('Control+A');
    await page.waitForFunction(() => document.querySelector('.cite-control') === null);
    await expect(controls()).resolves.toBe(0);
  });

  test('loads nothing for citing before a selection in the report’s text', async ({ page, siteUrl }) => {
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
  });

  test('offers «Citer ce passage» in the copy panel of a paragraph link when words of it are selected', async ({
    page,
    siteUrl,
  }) => {
    await page.goto(`${siteUrl}rapport/7/`);
    await dragSelect(page, '#p7-4', 'une analyse des lacunes');
    await page.waitForSelector(CITE_CONTROL);
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
  });
});
