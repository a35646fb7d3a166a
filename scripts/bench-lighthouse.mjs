// Lighthouse (mobile preset: emulated phone, simulated slow 4G and CPU slowdown) on key pages,
// with the system Chromium, against a fresh build served on 127.0.0.1 with the site's _headers.
// Usage: npm run bench (or node scripts/bench-lighthouse.mjs). Prints a Markdown table for the
// docs/mesures.md and, for any score below 100, the audits that cost points.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './lib/chromium.mjs';
import { buildProject, copyProject } from './lib/project-copy.mjs';
import { serveStatic } from './lib/static-host.mjs';

const PAGES = ['', 'rapport/7/', 'resolutions/pp-140/', 'recherche/?q=140'];
/** Runs per page: scores vary from run to run (CPU load), so the run with the median performance score is kept. */
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromePath = chromiumPath();

/** A free port on 127.0.0.1, so that the build's canonical URLs name the address Lighthouse visits. */
async function freePort() {
  const probe = createServer();
  await new Promise((ready) => probe.listen(0, '127.0.0.1', () => ready(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
  await new Promise((closed) => probe.close(() => closed(undefined)));
  return port;
}

const port = await freePort();
const project = copyProject(resolve('tmp/bench-lighthouse'));
await buildProject(project, { SITE_URL: `http://127.0.0.1:${port}` });
const server = await serveStatic(resolve(project, 'dist'), { headers: true, port });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

const rows = [];
const losses = [];
try {
  for (const page of PAGES) {
    const url = server.url + page;
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      runs.push(result.lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const { categories, audits } = runs[Math.floor(runs.length / 2)];
    rows.push([`/${page}`, ...CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100))]);
    for (const id of CATEGORIES) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          losses.push(`/${page} ${id}: ${audit.id} (${audit.title}) score ${audit.score} ${audit.displayValue ?? ''}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

const { version } = (await import('lighthouse/package.json', { with: { type: 'json' } })).default;
console.log(`\nLighthouse ${version}, mobile preset, ${chromePath}, median of ${RUNS} runs per page:\n`);
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(losses.length ? `\nAudits below 100:\n  ${losses.join('\n  ')}` : '\nEvery audit passes.');
