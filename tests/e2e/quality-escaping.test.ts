import { beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from '../helpers/browser-test';
import { waitForResults } from '../helpers/search';
import { typographizeInterface } from '../../src/lib/interface-typography';
import { typographize } from '../../src/lib/typography';
import { SHARED_FIXTURE_SITES, sharedFixtureSite } from '../helpers/shared-fixture-sites';
import { listPages, parsePage, select, selectAll, toText } from '../helpers/site';

/**
 * Hostile text in the content renders as text, never as markup: in the fixture
 * site `tests/fixtures/sites/rapports-extremes/`, the report `rapport-echappement`
 * has a section and a cited text whose titles and bodies contain `<script>`, an
 * attribute break-out with `onerror` and `&amp;` (the MDX bodies write `<` as a
 * character reference, since in MDX it starts JSX). The built pages, the search
 * results and the browser must show these characters literally and create no
 * element from them. (French typography still applies: `"` becomes « ».) The
 * site is built once per run for this file and tests/e2e/subpath.test.ts
 * (tests/helpers/shared-fixture-sites.ts), under a sub-path.
 */
/** The texts of the fixture, as a reader must see them. */
const TITLE = '<script>alert(1)</script> "><img src=x onerror=alert(1)> &amp; Zorglub';
const BODY = 'Texte piège : <script>alert(2)</script> "><img src=x onerror=alert(2)> &amp; Zorglub.';
const OFFICIAL_TITLE = '<script>alert(3)</script> "><img src=x onerror=alert(3)> &amp;';
/** The hostile section's page, from the site's root. */
const SECTION = 'rapport-echappement/2/';
const { base: BASE } = SHARED_FIXTURE_SITES['rapports-extremes'];

let dist: string;
let url: string;
const dialogs: string[] = [];

beforeAll(async () => {
  ({ dir: dist, url } = await sharedFixtureSite('rapports-extremes'));
}, 600_000);

/**
 * The pieces of hostile text number `n` that must show character for character
 * (typography turns the straight quote into « » and puts a narrow space before `;`).
 */
const pieces = (n: number) => [`<script>alert(${n})</script>`, `><img src=x onerror=alert(${n})>`, '&amp'];
/** Search indexes text with plain spaces (see src/integrations/pagefind.ts). */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Opens a page of the fixture site, recording any dialog (an `alert` would mean a script ran). */
async function open(context: BrowserContext, path: string): Promise<Page> {
  context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const page = await context.newPage();
  await page.goto(url + path);
  return page;
}

describe('hostile text in the content', () => {
  test('renders literally in the built section page, its title and its structured data', () => {
    const tree = parsePage(SECTION, dist);
    expect(toText(select('h1#s2', tree)!).trim()).toBe(`2 ${typographize(TITLE)}`);
    expect(toText(select('#p2-1', tree)!)).toBe(typographize(BODY));
    expect(toText(select('title', tree)!)).toContain(typographize(TITLE));
    for (const piece of [...pieces(1), ...pieces(2)]) expect(toText(tree)).toContain(piece);
    const jsonLd = selectAll('script[type="application/ld+json"]', tree);
    expect(jsonLd).toHaveLength(1);
    // JSON-LD strings get the interface typography too (src/lib/interface-typography.ts).
    expect(JSON.parse(toText(jsonLd[0]!)).name).toBe(`2. ${typographizeInterface(TITLE)}`);
  });

  test('creates no element from it on any page of the site', () => {
    const injected = listPages(dist).flatMap((path) => {
      const tree = parsePage(path, dist);
      return [
        ...selectAll('img', tree).map(() => `${path}: <img>`),
        ...selectAll('script', tree)
          .filter((script) => !script.properties.src && script.properties.type !== 'application/ld+json')
          .map(() => `${path}: inline <script>`),
        ...selectAll('[onerror]', tree).map(() => `${path}: onerror`),
      ];
    });
    expect(injected).toEqual([]);
  });

  test('shows the cited text’s official title literally', () => {
    const tree = parsePage('resolutions/pp-999/', dist);
    expect(toText(tree)).toContain(typographize(OFFICIAL_TITLE));
    for (const piece of pieces(3)) expect(toText(tree)).toContain(piece);
  });

  test('stays text in the browser: no image, no alert, the heading reads the characters', async ({ context }) => {
    const page = await open(context, SECTION);
    await expect(page.locator('h1#s2').textContent()).resolves.toContain(typographize(TITLE));
    await expect(page.locator('img').count()).resolves.toBe(0);
    await page.close();
    expect(dialogs).toEqual([]);
  });

  test('stays text in search results (title and excerpt)', async ({ context }) => {
    const page = await open(context, 'recherche/?q=Zorglub');
    await waitForResults(page);
    const hit = page.locator('#resultats > li', { has: page.locator(`a.hit__title[href^="${BASE}${SECTION}"]`) });
    await expect(hit.locator('a.hit__title').textContent()).resolves.toContain(plainSpaces(typographize(TITLE)));
    const excerpt = (await hit.textContent()) ?? '';
    for (const piece of pieces(2)) expect(excerpt).toContain(piece);
    await expect(page.locator('#resultats img').count()).resolves.toBe(0);
    await page.close();
    expect(dialogs).toEqual([]);
  });
});
