// Search benchmark in headless Chromium, on a fresh build served from 127.0.0.1. «Cold» means a
// fresh browser profile (nothing cached) and a page loaded until the network is idle; the search
// then starts from the reader's action (the header search button or «/»).
// - typing in the header search on a phone-like processor (Chromium's CPU slowed 4×, as
//   Lighthouse's mobile run does): «gouvernance de l’internet» typed one key every 100 ms (a fast
//   typist) right after the dialog opens; each key's delay is the Event Timing API's duration
//   (from the key event to the next paint after its handlers, 8 ms steps, keys under 16 ms not
//   reported), worst and median over the keys; the time from the last key to the answer drawn
//   (the status names the full query); the bytes of that first search; the main thread's long
//   tasks (over 50 ms) from the first key to the answer;
// - a typo («télécomunications») after a first search: the bytes the suggestion costs;
// - identifier queries (a number, a symbol, a paragraph reference): the time from the reader's
//   action (opening the header search and typing) to the exact text and its citing passages
//   drawn, and the bytes transferred until then, with Pagefind held (it must not be needed);
// - full-text queries: the time to the first result drawn (cold; warm: the same query again in
//   the same page), the bytes the first query transfers (search code, map, Pagefind runtime,
//   index, fragments) and the fragments fetched;
// - `/recherche/?q=140` opened cold: everything the page and its search download.
// Bytes are gzip at level 9 of each response body, as the budgets count them.
// Usage: npm run bench:search   (builds the site first, in a copy of the project under tmp/;
// BENCH_SITE=dist measures an existing build instead; BENCH_TYPING_ONLY=1 stops after the typing).
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
const TYPED = 'gouvernance de l’internet';
const TYPO = 'télécomunications';
const CPU_SLOWDOWN = 4;
const KEY_INTERVAL = 100;
const browserPath = chromiumPath();

let site = process.env.BENCH_SITE ? resolve(process.env.BENCH_SITE) : '';
if (!site) {
  const project = copyProject(resolve('tmp/bench-search-project'));
  await buildProject(project);
  site = join(project, 'dist');
}

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

/** The header search's status names the whole of `query`: its answer is drawn. */
function answered(page, query) {
  return page.waitForFunction(
    (q) => (document.querySelector('.search-dialog .search-status')?.textContent ?? '').includes(`«\u00a0${q}\u00a0»`),
    query,
  );
}

/**
 * Types `query` in the header search of a cold page, on a processor slowed `CPU_SLOWDOWN` times,
 * one key every `KEY_INTERVAL` ms: each key's delay (Event Timing), the time from the last key to
 * the answer, the long tasks meanwhile, and the bytes of the first search; then the bytes of a
 * suggestion for `TYPO`.
 */
async function typing(query, { floor = false } = {}) {
  const { page, responses, close } = await freshPage();
  // The floor: the same typing with no search code at all (the dialog opens, nothing searches).
  if (floor) await page.route('**/_astro/search-dialog*', (route) => route.abort());
  await page.goto(`${origin}rapport/7/`, { waitUntil: 'networkidle' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.evaluate((q) => {
    let done;
    const state = { events: [], longTasks: [], lastKey: 0, answer: 0 };
    window.__typing = state;
    // Resolved when the answer is drawn: the benchmark waits on it without polling the page.
    window.__answered = new Promise((resolve) => (done = resolve));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (/^(key|input|beforeinput)/.test(entry.name)) {
          state.events.push({ id: entry.interactionId || entry.startTime, duration: entry.duration });
        }
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    addEventListener('keydown', () => (state.lastKey = performance.now()), true);
    addEventListener('input', () => (state.lastKey = performance.now()), true);
    const status = document.querySelector('.search-dialog .search-status');
    new MutationObserver(() => {
      if (!state.answer && status.textContent.includes(`«\u00a0${q}\u00a0»`)) {
        state.answer = performance.now();
        done();
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
  }, query);
  responses.length = 0;
  const firstKey = await page.evaluate(() => performance.now());
  await page.click('[data-search-trigger]');
  await page.keyboard.type(query, { delay: KEY_INTERVAL });
  if (floor) {
    await page.evaluate(() => new Promise((done) => setTimeout(done, 1000)));
  } else await page.evaluate(() => window.__answered);
  await page.waitForLoadState('networkidle');
  const state = await page.evaluate(() => window.__typing);
  const firstBytes = responses.reduce((sum, r) => sum + gzip(r.body), 0);
  const perKey = new Map();
  for (const { id, duration } of state.events) perKey.set(id, Math.max(perKey.get(id) ?? 0, duration));
  const delays = [...perKey.values()].sort((a, b) => a - b);
  const keys = [...query].length;
  // Keys under 16 ms are not reported: the median counts them as 0.
  const all = [...Array(Math.max(0, keys - delays.length)).fill(0), ...delays];
  const longTasks = state.longTasks.filter(
    (task) => task.start >= firstKey && task.start <= (state.answer || Infinity),
  );

  await close();
  return {
    worst: delays.at(-1) ?? 0,
    median: all[Math.floor(all.length / 2)] ?? 0,
    over100: delays.filter((d) => d >= 100).length,
    keys,
    toAnswer: state.answer - state.lastKey,
    longTasks: longTasks.length,
    longest: Math.max(0, ...longTasks.map((task) => task.duration)),
    firstBytes,
  };
}

/** The bytes a suggestion costs: a cold page searches `gouvernance`, then `TYPO` until « Vouliez-vous dire » shows. */
async function suggestionCost() {
  const { page, responses, close } = await freshPage();
  await page.goto(`${origin}rapport/7/`, { waitUntil: 'networkidle' });
  await page.click('[data-search-trigger]');
  await page.keyboard.type('gouvernance');
  await answered(page, 'gouvernance');
  await page.waitForLoadState('networkidle');
  responses.length = 0;
  await page.fill('#recherche-champ', TYPO);
  await page.waitForSelector('.search-dialog a.search-suggestion');
  await page.waitForLoadState('networkidle');
  const suggestion = await page.textContent('.search-dialog a.search-suggestion');
  const bytes = responses.reduce((sum, r) => sum + gzip(r.body), 0);
  const files = responses.map((r) => r.path.replace(/^.*\//, '')).join(', ');
  await close();
  return { suggestion, bytes, files };
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
console.log(
  `\nTyping «${TYPED}» in the header search, cold page, CPU slowed ${CPU_SLOWDOWN}×, one key every ${KEY_INTERVAL} ms (median of ${RUNS} runs for each figure)\n`,
);
const typingRuns = [];
for (let i = 0; i < RUNS; i++) typingRuns.push(await typing(TYPED));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const of = (key) => median(typingRuns.map((run) => run[key]));
console.log(
  '| keys | worst key | median key | keys ≥ 100 ms | last key → answer | long tasks (longest) | first search (gzip) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(
  `| ${typingRuns[0].keys} | ${of('worst').toFixed(0)} ms (runs: ${typingRuns.map((r) => r.worst.toFixed(0)).join(', ')}) | ${of('median').toFixed(0)} ms | ${of('over100')} | ${of('toAnswer').toFixed(0)} ms | ${of('longTasks')} (${of('longest').toFixed(0)} ms) | ${kb(of('firstBytes'))} |`,
);
const floorRuns = [];
for (let i = 0; i < RUNS; i++) floorRuns.push(await typing(TYPED, { floor: true }));
const floorOf = (key) => median(floorRuns.map((run) => run[key]));
console.log(
  `| the same, search code blocked (the browser's own cost) | ${floorOf('worst').toFixed(0)} ms (runs: ${floorRuns.map((r) => r.worst.toFixed(0)).join(', ')}) | ${floorOf('median').toFixed(0)} ms | ${floorOf('over100')} | – | ${floorOf('longTasks')} (${floorOf('longest').toFixed(0)} ms) | – |`,
);
if (process.env.BENCH_TYPING_ONLY) {
  await server.close();
  process.exit(0);
}
const typo = await suggestionCost();
console.log(
  `\nTypo «${TYPO}» after a first search (gouvernance): «Vouliez-vous dire : ${typo.suggestion} ?» for ${kb(typo.bytes)} (${typo.files})`,
);
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
