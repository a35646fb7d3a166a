import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { join } from 'node:path';
import type { Root } from 'hast';
import { beforeAll } from 'vitest';
import { brokenLinks } from '../../scripts/lib/site-map.mjs';
import { describe, expect, test } from '../helpers/browser-test';
import { waitForResults } from '../helpers/search';
import { SHARED_FIXTURE_SITES, sharedFixtureSite } from '../helpers/shared-fixture-sites';
import { pageCount, printA4 } from '../helpers/pdf';
import { parsePage } from '../helpers/site';

/**
 * The fixture site `tests/fixtures/sites/rapports-extremes/` (the project's code, small content: a fraction of the
 * real site's build time), built once per run for a public address (`SITE_URL`) under a sub-path base
 * (`/gtc-smsi-odd/`) and served elsewhere (127.0.0.1, a random port) by the global setup
 * (tests/helpers/shared-fixture-sites.ts; tests/e2e/quality-escaping.test.ts reads the same build), for two sets of
 * tests:
 * - the sub-path: crawled and used in a browser, absolute addresses of the build name the public site, copied links
 *   the reader's address;
 * - reports at the edges of what an editor may write (issue «Reading, moving and printing», bad input): a report of
 *   twenty sections, one titled with 300 characters, and a newer report of one section without a preamble; contents,
 *   menu, print and titles stay usable.
 */
const { base: BASE, env } = SHARED_FIXTURE_SITES['rapports-extremes'];
const SITE_URL = env.SITE_URL;
const PUBLIC = `${SITE_URL}${BASE}`;
let site: string;
let url: string;

beforeAll(async () => {
  ({ dir: site, url } = await sharedFixtureSite('rapports-extremes'));
}, 600_000);

describe('with the clipboard', () => {
  test.override('contextOptions', { permissions: ['clipboard-read', 'clipboard-write'] });

  describe(`the site served under ${BASE}`, () => {
    test('has no broken internal link, fragment, asset or redirect', () => {
      expect(brokenLinks(site, BASE)).toEqual([]);
    });

    test('loads its stylesheet and script from the sub-path', async ({ context }) => {
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(response.url());
      });
      await page.goto(`${url}rapport/7/`);
      await expect(
        page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position),
      ).resolves.toBe('sticky');
      expect(failed).toEqual([]);
      await page.close();
    });

    test('finds by number and links results under the sub-path', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${url}recherche/?q=140`);
      await waitForResults(page);
      const links = await page.$$eval('#resultats a.hit__title', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(links[0]).toBe(`${BASE}resolutions/pp-140/`);
      expect(links.every((l) => l.startsWith(BASE))).toBe(true);
      await page.close();
    });

    test('follows short links and copies addresses with the base', async ({ context }) => {
      const page = await context.newPage();
      // Short links name the paragraphs of the first report published, the oldest (here rapport-echappement,
      // meeting 43): a newer report never takes over a short link already sent (src/pages/s/[cle].astro).
      await page.goto(`${url}s/1.1/`);
      await page.waitForURL((u) => u.pathname + u.hash === `${BASE}rapport-echappement/1/#p1-1`);
      await page.click('#p1-1 > a.ancre');
      await page.waitForFunction(() =>
        /copié/.test(document.querySelector('.copy-panel [role="status"]')?.textContent ?? ''),
      );
      // The reader's address (where the page is served), not the address the site was built for.
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        `${url}rapport-echappement/1/#p1-1`,
      );
      // «Citer ce passage» loads on the first selection, from the sub-path too.
      await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('#p1-1')!.lastChild!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await page.locator('.cite-control button').waitFor();
      const lazy = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => /\/(permalink|cite-selection)\.[^/]+\.js$/.test(path)),
      );
      expect(lazy).toHaveLength(2);
      for (const path of lazy) expect(path.startsWith(`${BASE}_astro/`), path).toBe(true);
      await page.close();
    });
  });

  describe(`the site built with SITE_URL=${SITE_URL}`, () => {
    const page = (path: string) => fromHtml(readFileSync(join(site, path, 'index.html'), 'utf8'));
    const meta = (tree: ReturnType<typeof page>, property: string) =>
      select(`meta[property="${property}"]`, tree)?.properties.content;

    test('gives every page its absolute canonical URL, og:url and og:image', () => {
      for (const path of ['', 'rapport/', 'rapport/7/', 'resolutions/pp-140/']) {
        const tree = page(path);
        expect(select('link[rel="canonical"]', tree)?.properties.href, path).toBe(`${PUBLIC}${path}`);
        expect(meta(tree, 'og:url'), path).toBe(`${PUBLIC}${path}`);
        expect(meta(tree, 'og:image'), path).toBe(`${PUBLIC}og.png`);
      }
    });

    test('publishes an absolute sitemap of the content pages and a robots.txt pointing to it', () => {
      expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${PUBLIC}sitemap-index.xml`);
      const sitemap = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain(`<loc>${PUBLIC}rapport/7/</loc>`);
      expect(sitemap).toContain(`<loc>${PUBLIC}resolutions/pp-140/</loc>`);
      expect(sitemap).not.toContain('/r/140/');
      expect(readFileSync(join(site, 'sitemap-index.xml'), 'utf8')).toContain(`${PUBLIC}sitemap-0.xml`);
    });

    test('prints the absolute address of the page on paper', () => {
      const text = toText(select('.print-source', page('rapport/7/'))!);
      expect(text).toContain(`${PUBLIC}rapport/7/`);
    });

    test('gives the JSON-LD of the report absolute URLs', () => {
      const ld = JSON.parse(
        String(
          (select('script[type="application/ld+json"]', page('rapport/7/'))!.children[0] as { value: string }).value,
        ),
      );
      expect(ld.url).toBe(`${PUBLIC}rapport/7/`);
      expect(ld.isPartOf.url).toBe(`${PUBLIC}rapport/`);
    });
  });
});

const SECTIONS = 20;
const LONG = 3;
/** The 300-character title, as the fixture writes it (with typographic apostrophes, as published). */
const longTitle = /^titre: "(.*)"$/m
  .exec(
    readFileSync('tests/fixtures/sites/rapports-extremes/content/rapport/rapport-long/03-titre-long.mdx', 'utf8'),
  )![1]!
  .replaceAll("'", '’');

const built = (path: string): Root => parsePage(path, site);
const texts = (tree: Root, selector: string) =>
  selectAll(selector, tree).map((node) => toText(node).replace(/\s+/g, ' ').trim());

describe('reports at the edges, in the built pages', () => {
  test('a 300-character section title stays whole: heading, contents, menu and page title', () => {
    expect(longTitle.length).toBeGreaterThanOrEqual(300);
    const section = built(`rapport/${LONG}/`);
    expect(texts(section, 'h1')[0]).toContain(longTitle);
    expect(texts(section, 'nav.report-contents a[aria-current="page"]')[0]).toContain(longTitle);
    expect(texts(section, '[aria-labelledby="menu-rapport"] a[aria-current="page"]')[0]).toContain(longTitle);
    expect(texts(section, 'title')[0]).toContain(longTitle);
  });

  test('twenty sections: the contents beside the text and the menu list every one', () => {
    const section = built('rapport/20/');
    const hrefs = (selector: string) => selectAll(selector, section).map((a) => String(a.properties.href));
    for (const selector of ['nav.report-contents a', '[aria-labelledby="menu-rapport"] a']) {
      const links = hrefs(selector);
      for (let n = 1; n <= SECTIONS; n++) expect(links, selector).toContain(`${BASE}rapport/${n}/`);
    }
    expect(hrefs('nav.report-contents a[aria-current="page"]')).toEqual([`${BASE}rapport/20/`]);
  });

  test('a report without a preamble: «Sommaire» everywhere, and a home page without «Objet»', () => {
    const section = built('rapport-court/1/');
    expect(texts(section, 'nav.pager a[rel="prev"]')).toEqual(['← Sommaire']);
    expect(texts(section, 'nav.report-contents a')).not.toContain('Préambule et sommaire');
    expect(texts(section, 'nav.report-contents a')).toContain('Sommaire');
    const home = built('');
    expect(texts(home, 'h1')[0]).toBe('Rapport bref du GTE');
    expect(selectAll('#objet, #suite-a-donner', home)).toHaveLength(0);
    expect(texts(home, 'h2')).toContain('Les réunions');
  });
});

describe('reports at the edges, at 1280 px', () => {
  test.override('contextOptions', { viewport: { width: 1280, height: 800 } });

  test('the contents panel shows the current section, even the twentieth, and every link can be reached', async ({
    page: tab,
  }) => {
    await tab.goto(`${url}rapport/20/`);
    const panel = tab.locator('nav.report-contents');
    const current = panel.locator('a[aria-current="page"]');
    const inPanel = async (link: typeof current) => {
      const [outer, inner] = [(await panel.boundingBox())!, (await link.boundingBox())!];
      return inner.y >= outer.y && inner.y + inner.height <= outer.y + outer.height && inner.y + inner.height <= 800;
    };
    await expect(inPanel(current)).resolves.toBe(true);
    const first = panel.locator(`a[href="${BASE}rapport/1/"]`);
    await first.scrollIntoViewIfNeeded();
    await expect(inPanel(first)).resolves.toBe(true);
    await first.click();
    await tab.waitForURL(/\/rapport\/1\/$/);
  });

  test('the 300-character title leaves the text its measure and its first paragraph on the first screen', async ({
    page: tab,
  }) => {
    await tab.goto(`${url}rapport/${LONG}/`);
    const text = (await tab.locator(`#p${LONG}-1`).boundingBox())!;
    const panel = (await tab.locator('nav.report-contents').boundingBox())!;
    expect(text.width).toBeGreaterThan(500);
    expect(panel.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(text.y).toBeLessThan(800);
  });
});

describe('reports at the edges, on a 360 × 740 phone', () => {
  test.override('contextOptions', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the menu scrolls to the twentieth section and opens it', async ({ page: tab }) => {
    await tab.goto(`${url}rapport/${LONG}/`);
    await tab.locator('[data-site-menu] > summary').click();
    const last = tab.locator(`[aria-labelledby="menu-rapport"] a[href="${BASE}rapport/20/"]`);
    await last.scrollIntoViewIfNeeded();
    const box = (await last.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await last.click();
    await tab.waitForURL(/\/rapport\/20\/$/);
  });

  test('the first paragraph under the 300-character title starts on the first screen, without sideways scroll', async ({
    page: tab,
  }) => {
    await tab.goto(`${url}rapport/${LONG}/`);
    const first = (await tab.locator(`#p${LONG}-1`).boundingBox())!;
    expect(first.y).toBeLessThan(740);
    await expect(tab.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  });
});

describe('reports at the edges, on A4 paper', () => {
  for (const path of [`rapport/${LONG}/`, 'rapport/20/', 'rapport-court/1/']) {
    test(`/${path} prints on one sheet, its whole heading first`, async ({ page: tab }) => {
      const pdf = await printA4(tab, url + path);
      expect(pageCount(pdf)).toBe(1);
      const heading = await tab.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().top);
      expect(heading).toBeLessThan(300);
    });
  }
});
