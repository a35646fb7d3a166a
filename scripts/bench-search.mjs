// Search benchmark in headless Chromium: for a fixed list of queries, the time from the
// reader's action (opening the search and typing the query) to the first result drawn in the header search dialog (cold: fresh browser
// profile, nothing cached; warm: the same query again in the same page), and the bytes
// the first query transfers (search code, index, identifier map), raw and gzip-compressed.
// Usage: npm run bench:search   (builds the site first, in a copy of the project under tmp/).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { buildProject, copyProject } from './lib/project-copy.mjs';

const QUERIES = ['140', 'A/RES/80/173', '70/1', 'UIT-R 61-3', 'intelligence artificielle', 'Forum du SMSI'];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const project = copyProject(resolve('tmp/bench-search-project'));
const browserPath = chromiumPath();

await buildProject(project);
const site = join(project, 'dist');

const files = sirv(site, { dev: false, extensions: ['html'] });
const server = createServer((req, res) => files(req, res, () => res.writeHead(404).end()));
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${server.address().port}/`;

async function measure(query) {
  const profile = mkdtempSync(resolve('tmp/bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await context.newPage();
  await page.goto(`${origin}rapport/7/`, { waitUntil: 'networkidle' });
  const bodies = [];
  page.on('response', async (response) => {
    try {
      bodies.push(await response.body());
    } catch {}
  });
  // From the reader's action (opening search, then the query) to the first result drawn.
  const time = () =>
    page.evaluate(async (q) => {
      const start = performance.now();
      if (!document.querySelector('#recherche-champ')) document.querySelector('[data-search-trigger]').click();
      const appeared = (selector) =>
        new Promise((done) => {
          const check = () => (document.querySelector(selector) ? done() : requestAnimationFrame(check));
          check();
        });
      await appeared('#recherche-champ');
      const input = document.querySelector('#recherche-champ');
      const list = document.querySelector('#recherche-resultats');
      list.replaceChildren();
      input.value = q;
      input.dispatchEvent(new Event('input'));
      await new Promise((done) => {
        const check = () => (list.children.length > 0 ? done() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - start;
    }, query);
  const cold = await time();
  // Count every byte of the first query, full-text part included.
  await page.waitForFunction(() => /résultat/.test(document.querySelector('.search-status')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  const raw = bodies.reduce((sum, body) => sum + body.length, 0);
  const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0);
  const requests = bodies.length;
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await time());
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  warm.sort((a, b) => a - b);
  return { query, cold, warm: warm[Math.floor(warm.length / 2)], raw, gzip, requests };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nSearch (header dialog, headless Chromium, site on 127.0.0.1; warm = median of ${RUNS})\n`);
console.log('| query | cold → first result | warm → first result | first query: requests | raw | gzip |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const query of QUERIES) {
  const r = await measure(query);
  console.log(
    `| \`${query}\` | ${r.cold.toFixed(0)} ms | ${r.warm.toFixed(1)} ms | ${r.requests} | ${kb(r.raw)} | ${kb(r.gzip)} |`,
  );
}
server.close();
