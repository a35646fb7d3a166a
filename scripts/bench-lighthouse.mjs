// Lighthouse (mobile preset: emulated phone, simulated slow 4G and CPU slowdown) on key pages,
// with the system Chromium, against a fresh build served on 127.0.0.1 with the site's _headers.
// Usage: npm run bench (or node scripts/bench-lighthouse.mjs). Prints a Markdown table for the
// docs/mesures.md and, for any score below 100, the audits that cost points. A control page (a title and one
// paragraph, no style, no script) is measured in the same rounds: what it loses is the machine's and the browser's,
// not the site's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './lib/chromium.mjs';
import { buildProject, copyProject } from './lib/project-copy.mjs';
import { serveStatic } from './lib/static-host.mjs';

const PAGES = ['', 'rapport/7/', 'resolutions/pp-140/', 'recherche/?q=140'];
/** The control page, written into the served copy only (never part of the site). */
const CONTROL = 'temoin-lighthouse/';
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
mkdirSync(join(project, 'dist', CONTROL));
writeFileSync(
  join(project, 'dist', CONTROL, 'index.html'),
  '<!DOCTYPE html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>Témoin</title><p>Une page sans style ni script, mesurée avec les autres.</p></html>',
);
const server = await serveStatic(resolve(project, 'dist'), { headers: true, port });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

/**
 * The processor time of the page's main thread during a Lighthouse run, in ms: the sum of the thread time (`tdur`) of
 * its tasks in the trace. Unlike Total Blocking Time, which counts wall time (a thread waiting for a core included) and
 * multiplies it by the simulated slowdown, it moves much less with the machine's load.
 * @param {{ traceEvents: { name: string, ph: string, pid: number, tid: number, dur?: number, tdur?: number, args?: any }[] }} trace
 */
function mainThreadCpuMs(trace) {
  const events = trace.traceEvents;
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X');
  const busiest = new Map();
  for (const thread of events.filter(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  )) {
    const key = `${thread.pid}:${thread.tid}`;
    busiest.set(key, 0);
  }
  for (const task of tasks) {
    const key = `${task.pid}:${task.tid}`;
    if (busiest.has(key)) busiest.set(key, busiest.get(key) + (task.dur ?? 0));
  }
  const [main] = [...busiest].sort((a, b) => b[1] - a[1])[0] ?? [];
  const cpu = tasks
    .filter((task) => `${task.pid}:${task.tid}` === main)
    .reduce((sum, task) => sum + (task.tdur ?? 0), 0);
  return Math.round(cpu / 1000);
}

const rows = [];
const losses = [];
const loads = [loadavg()[0]];
/** @type {Map<string, import('lighthouse').Result[]>} */
const results = new Map([...PAGES, CONTROL].map((page) => [page, []]));
/** @type {Map<string, number[]>} */
const cpu = new Map([...PAGES, CONTROL].map((page) => [page, []]));
try {
  // Round after round, every page once (the control included): each page meets the same load as the others.
  for (let i = 0; i < RUNS; i++) {
    for (const page of results.keys()) {
      const result = await lighthouse(server.url + page, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${server.url + page}`);
      results.get(page)?.push(result.lhr);
      cpu.get(page)?.push(mainThreadCpuMs(result.artifacts.Trace));
      loads.push(loadavg()[0]);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
for (const [page, runs] of results) {
  runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  const { categories, audits } = runs[Math.floor(runs.length / 2)];
  const tbt = runs.map((lhr) => Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0));
  const name = page === CONTROL ? 'control (empty page)' : `/${page}`;
  rows.push([
    name,
    ...CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100)),
    runs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100)).join(', '),
    tbt.join(', '),
    [...(cpu.get(page) ?? [])].sort((a, b) => a - b).join(', '),
  ]);
  if (page === CONTROL) continue;
  for (const id of CATEGORIES) {
    for (const ref of categories[id]?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        losses.push(`/${page} ${id}: ${audit.id} (${audit.title}) score ${audit.score} ${audit.displayValue ?? ''}`);
      }
    }
  }
}

const { version } = (await import('lighthouse/package.json', { with: { type: 'json' } })).default;
console.log(
  `\nLighthouse ${version}, mobile preset, ${chromePath}, median of ${RUNS} runs per page, pages interleaved,`,
);
console.log(`load average (1 min) ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}:\n`);
console.log(
  '| page | performance | accessibility | best practices | SEO | performance, each run | TBT ms, each run | ' +
    'main-thread CPU ms, each run (lowest first) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(
  '\nThe control page has no style and no script: points it loses (Total Blocking Time) are the browser’s and the ' +
    'machine’s; compare each page with it, not with 100. The main thread’s processor time (from the trace, no ' +
    'slowdown) is what the page itself costs (Lighthouse’s own scripts included), and moves much less with the load.',
);
console.log(losses.length ? `\nAudits below 100:\n  ${losses.join('\n  ')}` : '\nEvery audit passes.');
