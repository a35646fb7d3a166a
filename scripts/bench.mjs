// Measures the build time of the whole site and the weight of key pages.
// Usage: npm run bench  (builds a copy of the project in tmp/bench-project with a public origin, as deployed; prints a
// Markdown table for docs/mesures.md), then the Lighthouse scores (scripts/bench-lighthouse.mjs) and the build scaling
// (scripts/bench-scale.mjs). SITE_URL sets the origin (default: a made-up one as long as a real host's).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { buildProject, copyProject } from './lib/project-copy.mjs';

/**
 * The public origin of the measured build. A deployed page names it (canonical URL, og:url, og:image, the sitemap
 * link, the JSON-LD URLs, the printed source): the weights below are those of the deployed site.
 */
const SITE_URL = process.env.SITE_URL ?? 'https://gtc-smsi-odd.exemple.org';
const project = resolve('tmp/bench-project');
const out = join(project, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const times = [];
for (let i = 0; i < runs; i++) {
  // A fresh copy each time: no cache from the previous run.
  copyProject(project);
  times.push((await buildProject(project, { SITE_URL })).ms);
}
// The tests' build has no SITE_URL: one more build without it gives what the origin adds (budgets.json, emailLink.siteUrl).
const withoutOrigin = resolve('tmp/bench-project-sans-origine');
copyProject(withoutOrigin);
await buildProject(withoutOrigin, { SITE_URL: '' });
times.sort((a, b) => a - b);
const pages = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.html') && !path.includes('/pagefind/')) pages.push(path);
  }
};
walk(out);

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
/**
 * Weight of a page as a first visit loads it: the HTML (with its inlined stylesheet), every stylesheet and
 * script it references, and the requests that block the first rendering (linked stylesheets, classic scripts).
 */
function weigh(path, site = out) {
  const html = readFileSync(join(site, path, 'index.html'));
  const text = html.toString();
  const assets = [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map(
    (m) => m[1],
  );
  const inlineCss = [...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + gz(m[1]), 0);
  const blocking = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*>|<script\b[^>]*\bsrc="[^"]+"[^>]*>/g)].filter(
    (m) => !/\btype="module"|\bdefer\b|\basync\b/.test(m[0]),
  ).length;
  let css = 0;
  let js = 0;
  for (const asset of assets) {
    const file = readFileSync(join(site, asset.replace(/^\//, '')));
    if (asset.endsWith('.css')) css += gz(file);
    else js += gz(file);
  }
  // The browser also asks for the favicon, on every first visit.
  const favicon = gz(readFileSync(join(site, 'favicon.svg')));
  const total = gz(html) + css + js + favicon;
  return {
    path: `/${path}`,
    html: gz(html),
    inlineCss,
    css,
    js,
    favicon,
    total,
    requests: 2 + assets.length,
    blocking,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `\nBuild of the whole site with SITE_URL=${SITE_URL} (${pages.length} pages, ${runs} runs, pagefind index included):`,
);
console.log(
  `  median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s, min ${(times[0] / 1000).toFixed(2)} s, max ${(times.at(-1) / 1000).toFixed(2)} s\n`,
);
console.log('| page | HTML (dont CSS en ligne) | CSS lié | JS | favicon | total (gzip) | requêtes | bloquantes |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const path of ['', 'rapport/7/', 'rapport/', 'rapport/complet/']) {
  const w = weigh(path);
  console.log(
    `| ${w.path} | ${kb(w.html)} (${kb(w.inlineCss)}) | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.favicon)} | ${kb(w.total)} | ${w.requests} | ${w.blocking} |`,
  );
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const email = weigh(budgets.emailLink.url.replace(/#.*/, ''));
console.log(
  `\nSection opened from an email (/${budgets.emailLink.url}), deployed: ${email.total} bytes (${kb(email.total)}; ` +
    `HTML ${email.html}, JS ${email.js}, favicon ${email.favicon}) in ${email.requests} requests, ` +
    `${email.blocking} render-blocking (budget ≤ ${budgets.emailLink.total} KB, ${budgets.emailLink.renderBlockingRequests} blocking): ` +
    (email.total <= budgets.emailLink.total * 1024 && email.blocking <= budgets.emailLink.renderBlockingRequests
      ? 'OK'
      : 'OVER'),
);
const originCost = email.total - weigh(budgets.emailLink.url.replace(/#.*/, ''), join(withoutOrigin, 'dist')).total;
console.log(
  `SITE_URL adds ${originCost} bytes to it; the tests, built without SITE_URL, count ${budgets.emailLink.siteUrl} KB ` +
    `(${Math.round(budgets.emailLink.siteUrl * 1024)} bytes) for it: ` +
    (originCost <= budgets.emailLink.siteUrl * 1024 ? 'OK' : 'TOO LITTLE, raise emailLink.siteUrl'),
);
