import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll } from 'vitest';
import { describe, expect, test } from '../helpers/browser-test';
import { pageCount, printA4 } from '../helpers/pdf';
import { copyFixtureSite, runAstroIn } from '../helpers/project';
import { serveStatic } from '../helpers/serve';
import { parsePage } from '../helpers/site';

/**
 * Reports at the edges of what an editor may write (issue «Reading, moving and printing», bad input): the fixture
 * site `tests/fixtures/sites/rapports-extremes/` has a report of twenty sections, one of them titled with 300
 * characters, and a newer report of one section without a preamble. Contents, menu, print and titles stay usable.
 * One build for the whole file.
 */
const SECTIONS = 20;
const LONG = 3;
const work = mkdtempSync(resolve('tmp/rapports-extremes-'));
let dir = '';
let url = '';
let closeServer = async () => {};
let longTitle = '';

beforeAll(async () => {
  const project = copyFixtureSite('rapports-extremes', join(work, 'project'));
  const run = await runAstroIn(project, 'build');
  if (run.code !== 0) throw new Error(`The fixture site did not build:\n${run.output}`);
  dir = join(project, 'dist');
  const server = await serveStatic(dir);
  url = server.url;
  closeServer = server.close;
  const source = readFileSync(join(project, 'content/rapport/rapport-long/03-titre-long.mdx'), 'utf8');
  longTitle = /^titre: "(.*)"$/m.exec(source)![1]!.replaceAll("'", '’');
}, 300_000);
afterAll(async () => {
  await closeServer();
  rmSync(work, { recursive: true, force: true });
});

const page = (path: string): Root => parsePage(path, dir);
const texts = (tree: Root, selector: string) =>
  selectAll(selector, tree).map((node) => toText(node).replace(/\s+/g, ' ').trim());

describe('in the built pages', () => {
  test('a 300-character section title stays whole: heading, contents, menu and page title', () => {
    expect(longTitle.length).toBeGreaterThanOrEqual(300);
    const section = page(`rapport/${LONG}/`);
    expect(texts(section, 'h1')[0]).toContain(longTitle);
    expect(texts(section, 'nav.report-contents a[aria-current="page"]')[0]).toContain(longTitle);
    expect(texts(section, '[aria-labelledby="menu-rapport"] a[aria-current="page"]')[0]).toContain(longTitle);
    expect(texts(section, 'title')[0]).toContain(longTitle);
  });

  test('twenty sections: the contents beside the text and the menu list every one', () => {
    const section = page('rapport/20/');
    const hrefs = (selector: string) => selectAll(selector, section).map((a) => String(a.properties.href));
    for (const selector of ['nav.report-contents a', '[aria-labelledby="menu-rapport"] a']) {
      const links = hrefs(selector);
      for (let n = 1; n <= SECTIONS; n++) expect(links, selector).toContain(`/rapport/${n}/`);
    }
    expect(hrefs('nav.report-contents a[aria-current="page"]')).toEqual(['/rapport/20/']);
  });

  test('a report without a preamble: «Sommaire» everywhere, and a home page without «Objet»', () => {
    const section = page('rapport-court/1/');
    expect(texts(section, 'nav.pager a[rel="prev"]')).toEqual(['← Sommaire']);
    expect(texts(section, 'nav.report-contents a')).not.toContain('Préambule et sommaire');
    expect(texts(section, 'nav.report-contents a')).toContain('Sommaire');
    const home = page('');
    expect(texts(home, 'h1')[0]).toBe('Rapport bref du GTE');
    expect(selectAll('#objet, #suite-a-donner', home)).toHaveLength(0);
    expect(texts(home, 'h2')).toContain('Les réunions');
  });
});

describe('at 1280 px', () => {
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
    const first = panel.locator('a[href="/rapport/1/"]');
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

describe('on a 360 × 740 phone', () => {
  test.override('contextOptions', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the menu scrolls to the twentieth section and opens it', async ({ page: tab }) => {
    await tab.goto(`${url}rapport/${LONG}/`);
    await tab.locator('[data-site-menu] > summary').click();
    const last = tab.locator('[aria-labelledby="menu-rapport"] a[href="/rapport/20/"]');
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

describe('on A4 paper', () => {
  for (const path of [`rapport/${LONG}/`, 'rapport/20/', 'rapport-court/1/']) {
    test(`/${path} prints on one sheet, its whole heading first`, async ({ page: tab }) => {
      const pdf = await printA4(tab, url + path);
      expect(pageCount(pdf)).toBe(1);
      const heading = await tab.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().top);
      expect(heading).toBeLessThan(300);
    });
  }
});
