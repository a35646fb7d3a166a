import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser } from '../helpers/browser';

/** Search in a real browser: the identifier layer, full text, filters, the header dialog, no-JS and lazy loading. */
const siteUrl = inject('siteUrl');
let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ context, close } = await openBrowser());
});
afterAll(async () => close?.());

async function searchPage(query: string, extra = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${siteUrl}recherche/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => /résultat/.test(document.querySelector('#etat-recherche')?.textContent ?? ''));
  return page;
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('#resultats > li > a.hit__title', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe('finding a text by its number', () => {
  it.each([
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
  ])('%s → first result %s, with its full citation', async (query, slug) => {
    const page = await searchPage(query);
    const links = await resultLinks(page);
    expect(links[0]).toBe(`/resolutions/${slug}/`);
    expect(links.filter((l) => l === `/resolutions/${slug}/`)).toHaveLength(1);
    await expect(page.textContent('#resultats > li:first-child .hit__citation')).resolves.toMatch(
      /^(Résolution|Document) /,
    );
    await page.close();
  });

  it('shows both texts for two numbers', async () => {
    const page = await searchPage('140 1332');
    expect((await resultLinks(page)).slice(0, 2)).toEqual(['/resolutions/pp-140/', '/resolutions/conseil-1332/']);
    await page.close();
  });

  it('puts exact before prefix: 70/1 never gives 70/125 first', async () => {
    const page = await searchPage('70/1');
    const links = await resultLinks(page);
    expect(links[0]).toBe('/resolutions/a-res-70-1/');
    expect(links.indexOf('/resolutions/a-res-70-125/')).not.toBe(0);
    await page.close();
  });
});

describe('full-text search', () => {
  it('finds French words, marks them in excerpts and links the exact paragraph', async () => {
    const page = await searchPage('analyse lacunes');
    const hit = page.locator('#resultats > li', { has: page.locator('a.hit__title[href^="/rapport/7/"]') });
    await expect(hit.locator('mark').first().textContent()).resolves.toMatch(/analyse|lacunes/i);
    await expect(hit.locator('a.hit__paragraph').getAttribute('href')).resolves.toMatch(/\/rapport\/7\/\?.*#p7-4$/);
    await page.close();
  });

  it.each([
    ['GTC-SMSI', '/rapport/1/'],
    ['2005-2014', '/rapport/'],
    ['7-11 avril', '/rapport/'],
  ])('finds text written with no-break characters when typed plainly: %s', async (query, expected) => {
    const page = await searchPage(query);
    expect(await resultLinks(page)).toContain(expected);
    await page.close();
  });

  it('never returns the one-page report (each passage has one canonical hit)', async () => {
    const page = await searchPage('Conseil');
    expect(await resultLinks(page)).not.toContain('/rapport/complet/');
    await page.close();
  });

  it('highlights the searched words on the opened page', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/?surligner=lacunes#p7-4`);
    await page.waitForSelector('mark.pagefind-highlight');
    await expect(page.locator('mark.pagefind-highlight').first().textContent()).resolves.toBe('lacunes');
    await page.close();
  });
});

describe('the search page', () => {
  it('updates its URL as the reader types, so the search can be sent by email', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}recherche/`);
    await page.fill('#q', 'Giga');
    await page.waitForFunction(() => location.search === '?q=Giga');
    await page.waitForFunction(() => /résultat/.test(document.querySelector('#etat-recherche')?.textContent ?? ''));
    expect((await resultLinks(page))[0]).toBe('/rapport/6/');
    await page.close();
  });

  it('filters by type and by issuing body, and keeps the filters in the URL', async () => {
    const page = await searchPage('Résolution', '&type=R%C3%A9solution');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(5);
    expect(links.every((l) => l.startsWith('/resolutions/') && l !== '/resolutions/')).toBe(true);
    await page.close();

    const byBody = await searchPage('Résolution', `&organe=${encodeURIComponent('Conseil de l’UIT')}`);
    expect((await resultLinks(byBody)).sort()).toEqual(['/resolutions/conseil-1332/', '/resolutions/conseil-1334/']);
    await expect(byBody.locator('details.search-filters').getAttribute('open')).resolves.not.toBeNull();
    await byBody.check('input[name="type"][value="Section du rapport"]');
    await byBody.waitForFunction(() => location.search.includes('type=Section'));
    await byBody.close();
  });
});

describe('the header search', () => {
  it('opens with «/», finds by number, moves through results with the keyboard and gives focus back', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.type('140');
    await page.waitForFunction(() =>
      /résultat/.test(document.querySelector('.search-dialog .search-status')?.textContent ?? ''),
    );
    await page.keyboard.press('ArrowDown');
    await expect(
      page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname),
    ).resolves.toBe('/resolutions/pp-140/');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.search-dialog:not([open])', { state: 'attached' });
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-trigger'));
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/resolutions\/pp-140\/$/);
    await page.close();
  });

  it('loads no search code or index until a search starts', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl}rapport/7/`, { waitUntil: 'networkidle' });
    expect(requests.filter((r) => /pagefind|identifiants|search/.test(r))).toEqual([]);
    await page.click('[data-search-trigger]');
    await page.keyboard.type('Genève');
    await page.waitForFunction(() =>
      /résultat/.test(document.querySelector('.search-dialog .search-status')?.textContent ?? ''),
    );
    // Every key typed right after the click is kept, though the search code was not loaded yet.
    await expect(page.inputValue('#recherche-champ')).resolves.toBe('Genève');
    expect(requests.some((r) => r.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('says that search needs JavaScript and points to the lists', async () => {
    const { context: noJs, close: closeNoJs } = await openBrowser({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${siteUrl}recherche/?q=140`);
    await expect(page.locator('main').textContent()).resolves.toContain('La recherche a besoin de JavaScript');
    const links = await page.$$eval('main a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(expect.arrayContaining(['/rapport/', '/resolutions/']));
    await expect(page.locator('form[data-search-page]').isVisible()).resolves.toBe(false);
    await closeNoJs();
  });
});
