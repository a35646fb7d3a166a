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

/** Each result's address, path and fragment (`/rapport/7/#p7-4`), in order. */
async function resultHrefs(page: Page): Promise<string[]> {
  return page.$$eval('#resultats > li > a.hit__title', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}

/** The passages a text's own page lists as citing it (built from the citation recognizer), as deep links. */
async function citingPassages(slug: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`${siteUrl}resolutions/${slug}/`);
  const hrefs = await page.$$eval('ol.passages .passage-source a', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
  await page.close();
  return hrefs;
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
    ['Rés.140', 'pp-140'],
    ['res1332', 'conseil-1332'],
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

  it('shows both texts for two numbers, each followed by its passages', async () => {
    const page = await searchPage('140 1332');
    const hrefs = await resultHrefs(page);
    const first = hrefs.indexOf('/resolutions/pp-140/');
    const second = hrefs.indexOf('/resolutions/conseil-1332/');
    expect(first).toBe(0);
    expect(hrefs.slice(1, second)).toEqual(await citingPassages('pp-140'));
    expect(hrefs.slice(second + 1, second + 1 + (await citingPassages('conseil-1332')).length)).toEqual(
      await citingPassages('conseil-1332'),
    );
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

describe('a number answers with its passages', () => {
  it.each([
    ['140', 'pp-140'],
    ['1332', 'conseil-1332'],
    ['Résolution 214', 'pp-214'],
    ['A/RES/80/173', 'a-res-80-173'],
  ])(
    '%s: the exact text, then every paragraph that cites it, as deep links with the cited words marked',
    async (query, slug) => {
      const passages = await citingPassages(slug);
      expect(passages.length).toBeGreaterThan(0);
      const page = await searchPage(query);
      const hrefs = await resultHrefs(page);
      expect(hrefs[0]).toBe(`/resolutions/${slug}/`);
      expect(hrefs.slice(1, 1 + passages.length)).toEqual(passages);
      for (const href of passages) expect(href).toMatch(/^\/rapport\/(\d+\/)?#p\d+-\d+$/);
      const marked = await page.$$eval('#resultats > li.hit--passage', (items) =>
        items.map((item) => item.querySelector('mark')?.textContent ?? ''),
      );
      expect(marked).toHaveLength(passages.length);
      for (const words of marked) expect(words).not.toBe('');
      await page.close();
    },
  );

  it('counts exactly the results it lists, passages and repeats included', async () => {
    const page = await searchPage('140');
    await expect(page.locator('#plus-de-resultats').isHidden()).resolves.toBe(true);
    const listed = await page.locator('#resultats > li').count();
    await expect(page.textContent('#etat-recherche')).resolves.toMatch(new RegExp(`^${listed}\\s+résultats`));
    await page.close();
  });

  it('draws the text and its passages before any full-text file is requested', async () => {
    const page = await context.newPage();
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await page.route('**/pagefind/**', () => {
      /* Held: Pagefind never answers in this test. */
    });
    await page.goto(`${siteUrl}recherche/?q=140`);
    await page.waitForSelector('#resultats > li.hit--passage');
    expect(await resultHrefs(page)).toContain('/rapport/7/#p7-4');
    await page.close();
  });
});

describe('paragraph references', () => {
  it.each([
    ['§ 7.3', '/rapport/7/#p7-3'],
    ['§7.3', '/rapport/7/#p7-3'],
    ['7.3', '/rapport/7/#p7-3'],
    ['paragraphe 7.3', '/rapport/7/#p7-3'],
    ['section 7', '/rapport/7/'],
    ['§ 7', '/rapport/7/'],
    ['0.5', '/rapport/#p0-5'],
    ['8', '/rapport/8/'],
  ])('%s → first result %s', async (query, expected) => {
    const page = await searchPage(query);
    expect((await resultHrefs(page))[0]).toBe(expected);
    await page.close();
  });

  it('opens the paragraph from the header search with Enter', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/1/`);
    await page.keyboard.press('/');
    await page.keyboard.type('§ 7.3');
    await page.waitForSelector('.search-dialog .hit__title[href$="#p7-3"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rapport\/7\/#p7-3$/);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('p7-3');
    await page.close();
  });

  it('says when a paragraph does not exist, and falls back to full text', async () => {
    const page = await searchPage('§ 9.9');
    await expect(page.textContent('#etat-recherche')).resolves.toContain('§\u202f9.9 n’existe pas');
    await page.close();
  });

  it.each(['RES/73/218', 'res 73/218', 'A RES 73 218'])(
    '%s (a symbol written partly) finds A/RES/73/218 first',
    async (query) => {
      const page = await searchPage(query);
      expect((await resultHrefs(page))[0]).toBe('/resolutions/a-res-73-218/');
      await page.close();
    },
  );
});

describe('French words after an elision', () => {
  it.each([
    ['intelligence', ['/rapport/6/', '/rapport/8/']],
    ["l'intelligence", ['/rapport/6/', '/rapport/8/']],
    ['Organisation des Nations Unies', ['/rapport/8/']],
    ['économie numérique', ['/rapport/6/']],
    ['IA', ['/rapport/6/', '/rapport/8/']],
  ])('%s finds %j', async (query, expected) => {
    const page = await searchPage(query);
    const links = await resultLinks(page);
    for (const path of expected) expect(links).toContain(path);
    await page.close();
  });

  it('finds an acronym the stemmer would bury: GenAI leads to its glossary entry and § 6.2', async () => {
    const page = await searchPage('GenAI');
    const hrefs = await resultHrefs(page);
    expect(hrefs.slice(0, 2)).toEqual(['/glossaire/#genai', '/rapport/6/#p6-2']);
    await expect(page.textContent('#resultats > li.hit--passage mark')).resolves.toBe('GenAI');
    await page.close();
  });

  it('shows excerpts as the page writes them, never «l’ intelligence»', async () => {
    const page = await searchPage('intelligence');
    const excerpts = await page.$$eval('#resultats .hit__excerpt', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(excerpts.join(' ')).toContain('l’intelligence');
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/\b[ldjmnstc]’ /i);
    await page.close();
  });
});

describe('calm answers to bad input', () => {
  it.each([
    ['10,000 characters', 'Genève '.repeat(1500)],
    ['punctuation only', '?!;:…«»()[]'],
    ['stop words only', 'de la les des'],
    ['lone surrogates', 'a\ud800b\udfff'],
    ['RTL marks', '\u202e\u200fGenève\u202c'],
    ['HTML', '<img src=x onerror="document.title=1"><b>Genève</b>'],
  ])('%s', async (_label, query) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${siteUrl}recherche/`);
    // Typed (pasted) into the field: too long or malformed for an address.
    await page.fill('#q', query);
    await page.waitForFunction(() => /résultat/.test(document.querySelector('#etat-recherche')?.textContent ?? ''));
    await expect(page.locator('#resultats img, #resultats b, #resultats script').count()).resolves.toBe(0);
    expect(await page.title()).not.toBe('1');
    expect(errors).toEqual([]);
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
    await page.waitForSelector('mark.surlignage');
    await expect(page.locator('mark.surlignage').first().textContent()).resolves.toBe('lacunes');
    await page.close();
  });

  it('highlights whole words only, skips stop words, marks «l’IA» for IA, and brings the first mark into view', async () => {
    const page = await context.newPage();
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
    await page.close();
  });

  it('survives a hostile address with hundreds of words to highlight', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const params = Array.from({ length: 400 }, (_, i) => `surligner=${i % 2 ? 'de' : `mot${i}`}`).join('&');
    await page.goto(`${siteUrl}rapport/7/?surligner=Conseil&${params}`);
    await page.waitForSelector('mark.surlignage');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fetches result fragments only for the results shown, and more on request', async () => {
    const page = await context.newPage();
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
    });
    await page.goto(`${siteUrl}recherche/?q=Nations`);
    await page.waitForFunction(() => /résultat/.test(document.querySelector('#etat-recherche')?.textContent ?? ''));
    const shown = await page.locator('#resultats > li').count();
    expect(shown).toBeLessThanOrEqual(10);
    expect(fragments.length).toBeLessThanOrEqual(10);
    await page.click('#plus-de-resultats');
    await page.waitForFunction((before) => document.querySelectorAll('#resultats > li').length > before, shown);
    expect(fragments.length).toBeLessThanOrEqual(20);
    expect(fragments.length).toBeGreaterThan(10 - 1);
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
  it.each([
    ['a click', async (page: Page) => page.click('[data-search-trigger]')],
    ['«/»', async (page: Page) => page.keyboard.press('/')],
    ['Ctrl+K', async (page: Page) => page.keyboard.press('Control+k')],
  ])('keeps every key typed right after %s, with no delay', async (_how, open) => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}rapport/7/`);
    await open(page);
    await page.keyboard.type('Genève 2025');
    await expect(page.inputValue('#recherche-champ')).resolves.toBe('Genève 2025');
    await page.waitForFunction(() =>
      /résultat/.test(document.querySelector('.search-dialog .search-status')?.textContent ?? ''),
    );
    await expect(page.textContent('.search-dialog .search-status')).resolves.toContain('Genève 2025');
    await page.close();
  });

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
