import { describe, expect, test } from '../helpers/browser-test';
import { openSearchPage, resultPaths, searchFor } from '../helpers/search';

/** Journey: a reader searches for words of the report, on `/recherche/`, and opens what it found. */

describe('French words', () => {
  test('words are found after an elision, and acronyms and no-break spellings as typed', async ({ page, siteUrl }) => {
    const cases: [string, string[]][] = [
      ['intelligence', ['/rapport/6/', '/rapport/8/']],
      ["l'intelligence", ['/rapport/6/', '/rapport/8/']],
      ['Organisation des Nations Unies', ['/rapport/8/']],
      ['économie numérique', ['/rapport/6/']],
      ['IA', ['/rapport/6/', '/rapport/8/']],
      // Written with no-break characters in the page, typed plainly.
      ['GTC-SMSI', ['/rapport/1/']],
      ['2005-2014', ['/rapport/']],
      ['7-11 avril', ['/rapport/']],
    ];
    await openSearchPage(page, siteUrl, 'Genève');
    for (const [query, expected] of cases) {
      await searchFor(page, query);
      const paths = await resultPaths(page);
      for (const path of expected) expect(paths, query).toContain(path);
    }
    // Each passage has one canonical hit: never the one-page report.
    await searchFor(page, 'Conseil');
    expect(await resultPaths(page)).not.toContain('/rapport/complet/');
  });

  test('an acronym the stemmer would bury: GenAI leads to its glossary entry and § 6.2', async ({ page, siteUrl }) => {
    await openSearchPage(page, siteUrl, 'GenAI');
    const hrefs = await page.$$eval('#resultats > li > a.hit__title', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
    expect(hrefs.slice(0, 2)).toEqual(['/glossaire/#genai', '/rapport/6/#p6-2']);
    await expect(page.textContent('#resultats > li.hit--passage mark')).resolves.toBe('GenAI');
  });

  test('excerpts read as the page writes them, marked words and the exact paragraph', async ({ page, siteUrl }) => {
    await openSearchPage(page, siteUrl, 'intelligence');
    const excerpts = await page.$$eval('#resultats .hit__excerpt', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(excerpts.join(' ')).toContain('l’intelligence');
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/\b[ldjmnstc]’ /i);

    await searchFor(page, 'analyse lacunes');
    const hit = page.locator('#resultats > li', { has: page.locator('a.hit__title[href^="/rapport/7/"]') });
    await expect(hit.locator('mark').first().textContent()).resolves.toMatch(/analyse|lacunes/i);
    await expect(hit.locator('a.hit__paragraph').first().getAttribute('href')).resolves.toMatch(
      /\/rapport\/7\/\?.*#p7-4$/,
    );
    // The result itself opens on its best paragraph, and names at most three.
    await expect(hit.locator('a.hit__title').getAttribute('href')).resolves.toMatch(/#p7-4$/);
    expect(await hit.locator('a.hit__paragraph').count()).toBeLessThanOrEqual(3);
  });

  test('no title or excerpt shows an elision split, in the dialog or on the search page', async ({ page, siteUrl }) => {
    const queries = ['intelligence', 'Assemblée', 'information', 'UIT'];
    const shown = () =>
      page.$$eval('.hit__title, .hit__excerpt', (nodes) => nodes.map((node) => node.textContent ?? ''));
    await openSearchPage(page, siteUrl, 'Genève');
    const texts: string[] = [];
    for (const query of queries) {
      await searchFor(page, query);
      texts.push(...(await shown()));
    }
    await page.goto(`${siteUrl}rapport/7/`);
    await page.keyboard.press('/');
    for (const query of queries) {
      await searchFor(page, query, 'dialog');
      texts.push(...(await shown()));
    }
    expect(texts.join(' ')).toMatch(/l’intelligence/);
    expect(texts.filter((text) => /['’]\s/.test(text))).toEqual([]);
  });
});

describe('the words searched, marked on the opened page', () => {
  test('a result opened on its paragraph marks the searched word there', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}rapport/7/?surligner=lacunes#p7-4`);
    await page.waitForSelector('mark.surlignage');
    await expect(page.locator('mark.surlignage').first().textContent()).resolves.toBe('lacunes');
  });

  test('whole words only, stop words skipped, «l’IA» for IA, the first mark in view', async ({ page, siteUrl }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(`${siteUrl}rapport/8/?surligner=gouvernance&surligner=de&surligner=${encodeURIComponent("l'IA")}`);
    await page.waitForSelector('mark.surlignage');
    const marks = await page.$$eval('mark.surlignage', (nodes) =>
      nodes.map((mark) => {
        const before = mark.previousSibling?.textContent?.slice(-1) ?? '';
        const after = mark.nextSibling?.textContent?.slice(0, 1) ?? '';
        return { text: mark.textContent ?? '', before, after };
      }),
    );
    expect(new Set(marks.map((m) => m.text.toLowerCase()))).toEqual(new Set(['gouvernance', 'ia']));
    for (const { before, after } of marks) {
      expect(before).not.toMatch(/[\p{L}\p{N}]/u);
      expect(after).not.toMatch(/[\p{L}\p{N}]/u);
    }
    await page.waitForFunction(() => {
      const box = document.querySelector('mark.surlignage')!.getBoundingClientRect();
      const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
      return box.top >= Math.max(0, header) && box.bottom <= window.innerHeight;
    });
    await expect(page.textContent('.highlight-bar')).resolves.toMatch(new RegExp(`1 sur ${marks.length}`));
  });

  test('a hostile address with hundreds of words to highlight still marks the page', async ({ page, siteUrl }) => {
    const params = Array.from({ length: 400 }, (_, i) => `surligner=${i % 2 ? 'de' : `mot${i}`}`).join('&');
    await page.goto(`${siteUrl}rapport/7/?surligner=Conseil&${params}`);
    await page.waitForSelector('mark.surlignage');
  });
});
