import { describe, expect, test } from '../helpers/browser-test';
import { openSearchPage, resultPaths, waitForResults } from '../helpers/search';

/** Journey: the `/recherche/` page itself: its address, filters, paging, bad input, and no JavaScript. */

describe('the search page', () => {
  test('updates its URL as the reader types, so the search can be sent by email', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}recherche/`);
    await page.fill('#q', 'Giga');
    await page.waitForFunction(() => location.search === '?q=Giga');
    await waitForResults(page, undefined, 'Giga');
    expect((await resultPaths(page))[0]).toBe('/rapport/6/');
  });

  test('filters by type and by issuing body, and keeps the filters in the URL', async ({ page, siteUrl }) => {
    await openSearchPage(page, siteUrl, 'Résolution', '&type=R%C3%A9solution');
    const links = await resultPaths(page);
    expect(links.length).toBeGreaterThan(5);
    expect(links.every((l) => l.startsWith('/resolutions/') && l !== '/resolutions/')).toBe(true);

    await openSearchPage(page, siteUrl, 'Résolution', `&organe=${encodeURIComponent('Conseil de l’UIT')}`);
    expect((await resultPaths(page)).sort()).toEqual(['/resolutions/conseil-1332/', '/resolutions/conseil-1334/']);
    await expect(page.locator('details.search-filters').getAttribute('open')).resolves.not.toBeNull();
    await page.check('input[name="type"][value="Section du rapport"]');
    await page.waitForFunction(() => location.search.includes('type=Section'));
  });

  test('fetches result fragments only for the results shown, and more on request', async ({ page, siteUrl }) => {
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
    });
    await openSearchPage(page, siteUrl, 'Nations');
    const shown = await page.locator('#resultats > li').count();
    expect(shown).toBeLessThanOrEqual(10);
    expect(fragments.length).toBeLessThanOrEqual(10);
    await page.click('#plus-de-resultats');
    await page.waitForFunction((before) => document.querySelectorAll('#resultats > li').length > before, shown);
    expect(fragments.length).toBeLessThanOrEqual(20);
    expect(fragments.length).toBeGreaterThan(10 - 1);
  });
});

describe('calm answers to bad input', () => {
  test('long, empty, malformed, right-to-left and HTML queries answer calmly and insert nothing', async ({
    page,
    siteUrl,
  }) => {
    const queries: [string, string][] = [
      ['10,000 characters', 'Genève '.repeat(1500)],
      ['punctuation only', '?!;:…«»()[]'],
      ['stop words only', 'de la les des'],
      ['lone surrogates', 'a\ud800b\udfff'],
      ['RTL marks', '\u202e\u200fGenève\u202c'],
      ['HTML', '<img src=x onerror="document.title=1"><b>Genève</b>'],
      ['regular expression', '.*(?:[a-z]+)+$ \\d{2,} ^|'],
    ];
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${siteUrl}recherche/`);
    for (const [label, query] of queries) {
      // Typed (pasted) into the field: too long or malformed for an address.
      await page.fill('#q', '');
      await page.fill('#q', query);
      await waitForResults(page);
      await expect(page.locator('#resultats img, #resultats b, #resultats script').count(), label).resolves.toBe(0);
      expect(await page.title(), label).not.toBe('1');
      // A suggestion is never built from such input.
      await expect(page.locator('#etat-recherche a.search-suggestion').count(), label).resolves.toBe(0);
    }
    expect(consoleErrors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test.override('contextOptions', { javaScriptEnabled: false });

  test('says that search needs JavaScript and points to the lists', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}recherche/?q=140`);
    await expect(page.locator('main').textContent()).resolves.toContain('La recherche a besoin de JavaScript');
    const links = await page.$$eval('main a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(expect.arrayContaining(['/rapport/', '/resolutions/']));
    await expect(page.locator('form[data-search-page]').isVisible()).resolves.toBe(false);
  });
});
