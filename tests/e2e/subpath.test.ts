import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { brokenLinks } from '../../scripts/lib/site-map.mjs';
import { describe, expect, test } from '../helpers/browser-test';
import { waitForResults } from '../helpers/search';
import { copyProject, runAstroIn } from '../helpers/project';
import { serveStatic } from '../helpers/serve';

/**
 * The site built once for a public address (`SITE_URL`) under a sub-path base (`/gtc-smsi-odd/`), crawled
 * and used in a browser served elsewhere (127.0.0.1, a random port): absolute addresses of the build
 * name the public site, copied links the reader's address.
 */
const BASE = '/gtc-smsi-odd/';
const SITE_URL = 'https://exemple.org';
const PUBLIC = `${SITE_URL}${BASE}`;
const work = mkdtempSync(resolve('tmp/subpath-'));
let site: string;
let url: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  const project = copyProject(join(work, 'project'));
  const run = await runAstroIn(project, 'build', { BASE_PATH: BASE, SITE_URL });
  if (run.code !== 0) throw new Error(run.output);
  site = join(project, 'dist');
  ({ url, close: stop } = await serveStatic(site, { base: BASE }));
}, 300_000);

test.override('contextOptions', { permissions: ['clipboard-read', 'clipboard-write'] });

afterAll(async () => {
  await stop?.();
  rmSync(work, { recursive: true, force: true });
});

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
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position)).resolves.toBe(
      'sticky',
    );
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
    await page.goto(`${url}s/7.4/`);
    await page.waitForURL((u) => u.pathname + u.hash === `${BASE}rapport/7/#p7-4`);
    await page.click('#p7-4 > a.ancre');
    await page.waitForFunction(() =>
      /copié/.test(document.querySelector('.copy-panel [role="status"]')?.textContent ?? ''),
    );
    // The reader's address (where the page is served), not the address the site was built for.
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${url}rapport/7/#p7-4`);
    // «Citer ce passage» loads on the first selection, from the sub-path too.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#p7-4')!.lastChild!);
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
