import type { Page } from 'playwright-core';
import { describe, expect, test } from '../helpers/browser-test';
import { openSearchPage, resultHrefs, resultPaths, searchFor } from '../helpers/search';

/** Journey: a delegate looks up a text or a paragraph by its number, on `/recherche/`. */

/** The passages a text's own page lists as citing it (built from the citation recognizer), as deep links. */
async function citingPassages(page: Page, siteUrl: string, slug: string): Promise<string[]> {
  await page.goto(`${siteUrl}resolutions/${slug}/`);
  return page.$$eval('ol.passages .passage-source a', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}

describe('finding a text by its number', () => {
  test('every way of writing a number finds its text first, once, with its full citation', async ({
    page,
    siteUrl,
  }) => {
    const cases: [string, string][] = [
      ['140', 'pp-140'],
      ['Résolution 140', 'pp-140'],
      ['rés. 140', 'pp-140'],
      ['Res 1332', 'conseil-1332'],
      ['1334', 'conseil-1334'],
      ['A/RES/80/173', 'a-res-80-173'],
      ['a/res/80/173', 'a-res-80-173'],
      ['80/173', 'a-res-80-173'],
      ['A/RES/70/1', 'a-res-70-1'],
      ['70/1', 'a-res-70-1'],
      ['E/RES/2025/18', 'e-res-2025-18'],
      ['UIT-R 61-3', 'uit-r-61'],
      ['61-3', 'uit-r-61'],
      ['A/70/684', 'a-70-684'],
      ['71', 'pp-71'],
      ['RÉSOLUTION 140', 'pp-140'],
      ['resolution\u00a01332', 'conseil-1332'],
      ['a / res / 70 / 1', 'a-res-70-1'],
      ['Rés.140', 'pp-140'],
      ['res1332', 'conseil-1332'],
      ['RES/73/218', 'a-res-73-218'],
      ['res 73/218', 'a-res-73-218'],
      ['A RES 73 218', 'a-res-73-218'],
    ];
    await openSearchPage(page, siteUrl, 'Genève');
    for (const [query, slug] of cases) {
      await searchFor(page, query);
      const paths = await resultPaths(page);
      expect(paths[0], query).toBe(`/resolutions/${slug}/`);
      expect(
        paths.filter((path) => path === `/resolutions/${slug}/`),
        query,
      ).toHaveLength(1);
      expect(await page.textContent('#resultats > li:first-child .hit__citation'), query).toMatch(
        /^(Résolution|Document) /,
      );
    }
    // Exact before prefix: 70/1 never gives 70/125 first.
    await searchFor(page, '70/1');
    expect((await resultPaths(page)).indexOf('/resolutions/a-res-70-125/')).not.toBe(0);
  });

  test('two numbers show both texts, each followed by its passages', async ({ page, siteUrl }) => {
    const of140 = await citingPassages(page, siteUrl, 'pp-140');
    const of1332 = await citingPassages(page, siteUrl, 'conseil-1332');
    await openSearchPage(page, siteUrl, '140 1332');
    const hrefs = await resultHrefs(page);
    const second = hrefs.indexOf('/resolutions/conseil-1332/');
    expect(hrefs.indexOf('/resolutions/pp-140/')).toBe(0);
    expect(hrefs.slice(1, second)).toEqual(of140);
    expect(hrefs.slice(second + 1, second + 1 + of1332.length)).toEqual(of1332);
  });
});

describe('a number answers with its passages', () => {
  test('the exact text, then every paragraph that cites it, as deep links with the cited words marked', async ({
    page,
    siteUrl,
  }) => {
    const cases: [string, string][] = [
      ['140', 'pp-140'],
      ['1332', 'conseil-1332'],
      ['Résolution 214', 'pp-214'],
      ['A/RES/80/173', 'a-res-80-173'],
    ];
    const expected = new Map<string, string[]>();
    for (const [, slug] of cases) expected.set(slug, await citingPassages(page, siteUrl, slug));
    await openSearchPage(page, siteUrl, 'Genève');
    for (const [query, slug] of cases) {
      const passages = expected.get(slug)!;
      expect(passages.length, slug).toBeGreaterThan(0);
      await searchFor(page, query);
      const hrefs = await resultHrefs(page);
      expect(hrefs[0], query).toBe(`/resolutions/${slug}/`);
      expect(hrefs.slice(1, 1 + passages.length), query).toEqual(passages);
      for (const href of passages) expect(href).toMatch(/^\/rapport\/(\d+\/)?#p\d+-\d+$/);
      const marked = await page.$$eval('#resultats > li.hit--passage', (items) =>
        items.map((item) => item.querySelector('mark')?.textContent ?? ''),
      );
      expect(marked, query).toHaveLength(passages.length);
      for (const words of marked) expect(words, query).not.toBe('');
    }
  });

  test('counts exactly the results it lists, passages and repeats included', async ({ page, siteUrl }) => {
    await openSearchPage(page, siteUrl, '140');
    await expect(page.locator('#plus-de-resultats').isHidden()).resolves.toBe(true);
    const listed = await page.locator('#resultats > li').count();
    await expect(page.textContent('#etat-recherche')).resolves.toMatch(new RegExp(`^${listed}\\s+résultats`));
  });

  test('the dialog counts what the search page reaches with «Afficher plus»', async ({ page, siteUrl }) => {
    const counts = new Map<string, number>();
    await page.goto(`${siteUrl}rapport/7/`);
    await page.keyboard.press('/');
    const queries = ['140', 'GenAI', 'Nations', 'SMSI'];
    for (const query of queries) {
      await searchFor(page, query, 'dialog');
      const said = (await page.textContent('.search-dialog .search-status')) ?? '';
      counts.set(query, Number(/(\d+)\s*résultats?/.exec(said)?.[1]));
      // The dialog lists the first eight at most, and never more than it says.
      const listed = await page.locator('#recherche-resultats > li').count();
      expect(listed, query).toBe(Math.min(8, counts.get(query)!));
    }
    expect(counts.get('SMSI')).toBeGreaterThan(10);
    for (const query of queries) {
      await openSearchPage(page, siteUrl, query);
      while (await page.locator('#plus-de-resultats').isVisible()) {
        const before = await page.locator('#resultats > li').count();
        await page.click('#plus-de-resultats');
        await page.waitForFunction((n) => document.querySelectorAll('#resultats > li').length > n, before);
      }
      const reached = await resultHrefs(page);
      expect(reached.length, query).toBe(counts.get(query));
      expect(new Set(reached).size, query).toBe(reached.length);
      await expect(page.textContent('#etat-recherche'), query).resolves.toMatch(
        new RegExp(`^${counts.get(query)}\\s+résultats?`),
      );
    }
  });

  test('draws the text and its passages before any full-text file is requested', async ({ page, siteUrl }) => {
    await page.route('**/pagefind/**', () => {
      /* Held: Pagefind never answers in this test. */
    });
    await page.goto(`${siteUrl}recherche/?q=140`);
    await page.waitForSelector('#resultats > li.hit--passage');
    expect(await resultHrefs(page)).toContain('/rapport/7/#p7-4');
  });
});

describe('paragraph references', () => {
  test('a reference opens its paragraph or section first; one that does not exist says so', async ({
    page,
    siteUrl,
  }) => {
    const cases: [string, string][] = [
      ['§ 7.3', '/rapport/7/#p7-3'],
      ['§7.3', '/rapport/7/#p7-3'],
      ['7.3', '/rapport/7/#p7-3'],
      ['paragraphe 7.3', '/rapport/7/#p7-3'],
      ['section 7', '/rapport/7/'],
      ['§ 7', '/rapport/7/'],
      ['0.5', '/rapport/#p0-5'],
      ['8', '/rapport/8/'],
    ];
    await openSearchPage(page, siteUrl, 'Genève');
    for (const [query, expected] of cases) {
      await searchFor(page, query);
      expect((await resultHrefs(page))[0], query).toBe(expected);
    }
    // A reference that does not exist says so, and its lone « 9 » finds no date.
    await searchFor(page, '§ 9.9');
    await expect(page.textContent('#etat-recherche')).resolves.toContain(
      'Le §\u202f9.9 n’existe pas dans ce rapport\u00a0; sections 1 à 8.',
    );
    await expect(page.locator('#resultats > li').count()).resolves.toBe(0);
    await page.goto(`${siteUrl}rapport/7/`);
    await page.keyboard.press('/');
    await searchFor(page, '§ 9.9', 'dialog');
    await expect(page.textContent('.search-dialog .search-status')).resolves.toContain('§\u202f9.9 n’existe pas');
    await expect(page.locator('#recherche-resultats > li').count()).resolves.toBe(0);
  });
});
