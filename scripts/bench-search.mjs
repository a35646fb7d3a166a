// Search benchmark in headless Chromium, on a fresh build served from 127.0.0.1:
// - identifier queries (a number, a symbol, a paragraph reference): the time from the reader's
//   action (opening the header search and typing) to the exact text and its citing passages
//   drawn, and the bytes transferred until then, with Pagefind held (it must not be needed);
// - full-text queries: the time to the first result drawn (cold: fresh browser profile, nothing
//   cached; warm: the same query again in the same page), the bytes the first query transfers
//   (search code, map, Pagefind runtime, index, fragments) and the fragments fetched;
// - `/recherche/?q=140` opened cold: everything the page and its search download.
// Bytes are gzip at level 9 of each response body, as the budgets count them.
// Usage: npm run bench:search   (builds the site first, in a copy of the project under tmp/).
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { buildProject, copyProject } from './lib/project-copy.mjs';
import { serveStatic } from './lib/static-host.mjs';

const IDENTIFIER_QUERIES = ['140', '1332', 'Résolution 214', 'A/RES/80/173', 'RES/73/218', '§ 7.3'];
const FULL_TEXT_QUERIES = ['intelligence artificielle', 'Forum du SMSI', 'économie numérique', 'Genève'];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const project = copyProject(resolve('tmp/bench-search-project'));
const browserPath = chromiumPath();

await buildProject(project);
const site = join(project, 'dist');

const server = await serveStatic(site);
const origin = server.url;
const gzip = (body) => gzipSync(body, { level: 9 }).length;

/** A fresh browser profile (nothing cached) and a page that records every response body. */
async function freshPage() {
  const profile = mkdtempSync(resolve('tmp/bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await context.newPage();
  const responses = [];
  page.on('response', async (response) => {
    try {
      responses.push({ path: new URL(response.url()).pathname, body: await response.body() });
    } catch {}
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { page, responses, close };
}

/** From the reader's action (the search button, then the query) to the first element matching `selector`. */
function timeQuery(page, query, selector) {
  return page.evaluate(
    async ([q, sel]) => {
      const start = performance.now();
      const dialog = document.querySelector('dialog.search-dialog');
      if (!dialog.open) document.querySelector('[data-search-trigger]').click();
      const input = document.querySelector('#recherche-champ');
      const list = document.querySelector('#recherche-resultats');
      list.replaceChildren();
      input.value = q;
      input.dispatchEvent(new Event('input'));
      await new Promise((done) => {
        const check = () => (list.querySelector(sel) ? done() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - start;
    },
    [query, selector],
  );
}

async function identifierQuery(query) {
  const { page, responses, close } = await freshPage();
  await page.goto(`${origin}rapport/7/`, { waitUntil: 'networkidle' });
  responses.length = 0;
  let pagefindRequested = false;
  await page.route('**/pagefind/**', () => {
    pagefindRequested = true;
  });
  const time = await timeQuery(page, query, '.hit--passage, .hit--paragraphe');
  await page.waitForFunction(
    () => performance.getEntriesByName(location.origin + '/recherche/identifiants.json').length > 0,
  );
  const bytes = responses.filter((r) => !r.path.includes('/pagefind/')).reduce((sum, r) => sum + gzip(r.body), 0);
  const drawn = await page.$$eval('#recherche-resultats > li', (items) => items.length);
  await close();
  return { query, time, bytes, drawn, pagefindRequested };
}

async function fullTextQuery(query) {
  const { page, responses, close } = await freshPage();
  await page.goto(`${origin}rapport/7/`, { waitUntil: 'networkidle' });
  responses.length = 0;
  const cold = await timeQuery(page, query, 'li');
  await page.waitForFunction(() => /résultat/.test(document.querySelector('.search-status')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  const bytes = responses.reduce((sum, r) => sum + gzip(r.body), 0);
  const fragments = responses.filter((r) => r.path.includes('/pagefind/fragment/')).length;
  const requests = responses.length;
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await timeQuery(page, query, 'li'));
  await close();
  warm.sort((a, b) => a - b);
  return { query, cold, warm: warm[Math.floor(warm.length / 2)], bytes, requests, fragments };
}

async function searchPage(query) {
  const { page, responses, close } = await freshPage();
  const start = Date.now();
  await page.goto(`${origin}recherche/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /résultat/.test(document.querySelector('#etat-recherche')?.textContent ?? ''));
  const time = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const bytes = responses.reduce((sum, r) => sum + gzip(r.body), 0);
  const fragments = responses.filter((r) => r.path.includes('/pagefind/fragment/')).length;
  const results = await page.$$eval('#resultats > li', (items) => items.length);
  await close();
  return { query, time, bytes, requests: responses.length, fragments, results };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nIdentifier queries: header search, Pagefind held (answer from the search map alone)\n');
console.log('| query | action → text and passages drawn | bytes until then (gzip) | results drawn | Pagefind needed |');
console.log('| --- | --- | --- | --- | --- |');
for (const query of IDENTIFIER_QUERIES) {
  const r = await identifierQuery(query);
  console.log(
    `| \`${query}\` | ${r.time.toFixed(0)} ms | ${kb(r.bytes)} | ${r.drawn} | ${r.pagefindRequested ? 'requested, not awaited' : 'no'} |`,
  );
}
console.log(`\nFull-text queries: header search (warm = median of ${RUNS})\n`);
console.log('| query | cold → first result | warm → first result | first query: requests | gzip | fragments |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const query of FULL_TEXT_QUERIES) {
  const r = await fullTextQuery(query);
  console.log(
    `| \`${query}\` | ${r.cold.toFixed(0)} ms | ${r.warm.toFixed(1)} ms | ${r.requests} | ${kb(r.bytes)} | ${r.fragments} |`,
  );
}
console.log('\nSearch page opened cold (page, search code, map, Pagefind, index, fragments)\n');
console.log('| address | load → results | requests | gzip | fragments | results drawn |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const query of ['140', 'Nations Unies']) {
  const r = await searchPage(query);
  console.log(
    `| \`/recherche/?q=${query}\` | ${r.time} ms | ${r.requests} | ${kb(r.bytes)} | ${r.fragments} | ${r.results} |`,
  );
}
await server.close();
