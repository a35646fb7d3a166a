import { inject } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, COLOUR_RULES } from '../helpers/axe';
import { describe, expect, openContext, test } from '../helpers/browser-test';
import { waitForResults } from '../helpers/search';
import { recordCspViolations } from '../helpers/csp';
import { recordForeignRequests } from '../helpers/network';
import { listPages } from '../helpers/site';
import { pageVisitor } from '../helpers/visit';
import { serveStatic } from '../helpers/serve';

/**
 * Every built page in Chromium, served as a host that honours `_headers` would
 * serve it (the Content Security Policy as a header and in each page's meta):
 * axe in the light and dark themes, CSP violations and requests leaving
 * 127.0.0.1, then searches under the same watch. One walk, several gates.
 *
 * Every page is visited under the same watch, and axe checks one page of each kind:
 * pages of one kind are one template with other content, and axe's fixed cost per
 * page (about 1.4 s on these machines) made the walk the suite's longest file.
 * A kind is the path with its last folder taken out (`rapport/7/` and
 * `rapport/3/` are `rapport/*`; `recherche/` is its own), so a new template is
 * checked as soon as it is built. Besides the first page of each kind, axe checks
 * the pages that carry the most content: `rapport/complet/` holds every section's
 * text (its tables, lists and notes), `resolutions/pp-140/` the longest list of
 * citing passages. Redirect pages (`/s/7.4/`, `/r/140/`: 60 of the site's 100) are
 * two kinds of one template. html-validate still reads every page
 * (tests/build/html-validate.test.ts).
 */
const siteDir = inject('siteDir');
const pages = listPages(siteDir);
/** Pages checked side by side: two lanes keep a 2-core machine busy without starving the other test file. */
const LANES = 2;

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
const pageErrors: string[] = [];
let cspViolations: string[];
/** Checked by axe whatever their kind: the report's whole text, and the text cited most, with the usual pages. */
const ALWAYS = ['', 'rapport/', 'rapport/7/', 'rapport/complet/', 'resolutions/pp-140/', 'recherche/'];
let foreignRequests: string[];
const visited: string[] = [];
const light: Record<string, string[]> = {};
const dark: Record<string, string[]> = {};
/** The kinds of page already checked by axe (see above). */
const kindsChecked = new Set<string>();

/** A page's kind: its path with the last folder taken out when it has more than one (`rapport/7/` → `rapport/*`). */
const kindOf = (path: string) => path.replace(/^([^/]+\/)[^/]+\/(index\.html)?$/, '$1*');

/** Visits pages in one lane: loads each page, then runs axe in the light theme, then the colour rules in the dark one. */
async function walk(queue: string[]) {
  const page = await context.newPage();
  const visit = await pageVisitor(page);
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    await page.emulateMedia({ colorScheme: 'light' });
    await visit(server.url + path);
    visited.push(path);
    const kind = kindOf(path);
    if (kindsChecked.has(kind) && !ALWAYS.includes(path)) continue;
    kindsChecked.add(kind);
    light[path] = await axeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    dark[path] = await axeViolations(page, COLOUR_RULES);
  }
  await page.close();
}

/** Only the pages with problems, so that a failure names them. */
const failing = (results: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(results).filter(([, problems]) => problems.length > 0));

test.beforeAll(async ({ browser }) => {
  server = await serveStatic(siteDir, { headers: true });
  context = await openContext(browser, {}, pageErrors);
  cspViolations = await recordCspViolations(context);
  foreignRequests = await recordForeignRequests(context);
  const queue = [...pages];
  await Promise.all(Array.from({ length: LANES }, () => walk(queue)));

  // Searches, under the same watch: the header dialog (number, then full text and its
  // highlighted result page) and the search page with filters.
  const page = await context.newPage();
  await page.goto(`${server.url}rapport/7/`);
  await page.keyboard.press('/');
  await page.waitForSelector('dialog.search-dialog[open]');
  await page.keyboard.type('intelligence artificielle');
  await waitForResults(page, 'dialog');
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForURL(/surligner=/), page.keyboard.press('Enter')]);
  await page.waitForSelector('mark.surlignage');
  await page.goto(`${server.url}recherche/?q=140&type=R%C3%A9solution`);
  await waitForResults(page);
  await page.close();
}, 600_000);

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('every built page in a browser', () => {
  test('visits every page the build produced', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(visited.sort()).toEqual(pages);
  });

  test('checks with axe one page of each kind, and the pages with the most content', () => {
    const axed = Object.keys(light);
    const kinds = [...new Set(pages.map(kindOf))].sort();
    expect(kinds).toEqual(expect.arrayContaining(['', '404.html', 'r/*', 'rapport/', 'rapport/*', 'resolutions/*']));
    expect([...new Set(axed.map(kindOf))].sort()).toEqual(kinds);
    for (const path of ALWAYS) expect(axed, path).toContain(path);
    expect(Object.keys(dark).sort()).toEqual(axed.sort());
  });

  test('has no accessibility violation (axe: WCAG 2.2 A and AA, best practices) in the light theme', () => {
    expect(failing(light)).toEqual({});
  });

  test('has no contrast violation in the dark theme', () => {
    expect(failing(dark)).toEqual({});
  });

  test('loads every page and runs searches under the Content Security Policy without a violation', () => {
    expect(cspViolations).toEqual([]);
  });

  test('requests nothing outside 127.0.0.1, search included', () => {
    expect(foreignRequests).toEqual([]);
  });

  test('runs every page and search without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});
