// What the browser tests pay per step, in processor time, for each Chromium they can drive: the full browser
// (`chromiumPath()`) and the headless shell the tests prefer (`chromiumPath({ forTests: true })`), side by side.
// Usage: npm run build && npm run bench:navigateur
// Each step is repeated (BENCH_RUNS, 10 by default) on the built site (dist/, served on 127.0.0.1); the processor
// time is the whole machine's (/proc/stat), so run it on a quiet machine. Prints a Markdown table for docs/qualite.md.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { listen, staticHandler } from './lib/static-host.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

/** Busy and total jiffies of the machine so far. */
function cpu() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - fields[3] - fields[4], total };
}

/** Runs `step` RUNS times; returns [wall ms, processor ms] per run. */
async function measure(step) {
  const before = cpu();
  const start = Date.now();
  for (let i = 0; i < RUNS; i++) await step(i);
  const after = cpu();
  // USER_HZ is 100 on Linux: a jiffy is 10 ms.
  return [(Date.now() - start) / RUNS, ((after.busy - before.busy) * 10) / RUNS];
}

const server = await listen(createServer(staticHandler('dist')), 0);
// Each column names the executable it measured: without a headless shell installed, the tests drive the full
// browser, and the one column says so.
const [full, forTests] = [chromiumPath(), chromiumPath({ forTests: true })];
const browsers =
  forTests === full
    ? [[`navigateur complet, celui des tests (\`${full}\`)`, full]]
    : [
        [`navigateur complet (\`${full}\`)`, full],
        [`headless shell, celui des tests (\`${forTests}\`)`, forTests],
      ];
/** @type {Record<string, Record<string, number[]>>} */
const rows = {};
const loads = [loadavg()[0]];
try {
  for (const [name, executablePath] of browsers) {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    const fresh = async (path) => {
      const context = await browser.newContext({ locale: 'fr-FR' });
      const page = await context.newPage();
      if (path !== undefined) await page.goto(server.url + path);
      await context.close();
    };
    const steps = {
      'contexte et onglet neufs, fermés': () => fresh(undefined),
      'contexte neuf, `/rapport/7/` chargée': () => fresh('rapport/7/'),
      'contexte neuf, `/rapport/complet/` chargée': () => fresh('rapport/complet/'),
    };
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    Object.assign(steps, {
      '`/rapport/7/` dans le même onglet': () => page.goto(`${server.url}rapport/7/`),
      '`/recherche/?q=140` jusqu’à la réponse': async () => {
        await page.goto(`${server.url}recherche/?q=140`);
        await page.waitForFunction(
          () =>
            /résultat/.test(document.querySelector('#etat-recherche')?.textContent ?? '') &&
            document.querySelector('#resultats')?.getAttribute('aria-busy') !== 'true',
        );
      },
    });
    for (const [label, step] of Object.entries(steps)) {
      await step(); // warm-up
      (rows[label] ??= {})[name] = await measure(step);
    }
    await browser.close();
    loads.push(loadavg()[0]);
  }
} finally {
  await server.close();
}
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
console.log(`${date} UTC, ${RUNS} passes, charge ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}\n`);
console.log(`| étape | ${browsers.map(([name]) => `${name} : horloge / processeur`).join(' | ')} |`);
console.log(`| --- | ${browsers.map(() => '---').join(' | ')} |`);
for (const [label, by] of Object.entries(rows)) {
  const cells = browsers.map(([name]) => `${by[name][0].toFixed(0)} ms / ${by[name][1].toFixed(0)} ms`);
  console.log(`| ${label} | ${cells.join(' | ')} |`);
}
