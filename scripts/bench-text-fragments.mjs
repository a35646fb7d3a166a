// Arriving on a link with 3,000 text directives, in a Chromium that does not open text fragments
// itself (the site's fallback, src/scripts/text-fragment-arrival.ts, does the work): how long the
// main thread is blocked. Usage: node scripts/bench-text-fragments.mjs [site dir, default dist]
// (build first: npm run build). Prints, per run, the longest task once the fallback's code has
// arrived and the time from then until the words are marked; figures go to docs/mesures.md.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-host.mjs';

const dir = process.argv[2] ?? 'dist';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIRECTIVES = 3000;
const terms = ['UIT', 'SMSI', 'mandat', 'de l’UIT', 'Conseil', 'absent', 'e', 'la mise en œuvre', 'ODD', 'zzz'];
const fragment = Array.from(
  { length: DIRECTIVES },
  (_, i) => `text=${encodeURIComponent(terms[i % terms.length])}`,
).join('&');

const site = await serveStatic(dir);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, '--disable-blink-features=TextFragmentIdentifiers'],
});
const rows = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const tasks = [];
      Object.assign(window, { benchLongTasks: tasks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}rapport/complet/#:~:${fragment}`);
    // The fallback says when it is done; before it did (until December 2026), its first mark did.
    await page
      .locator('body[data-passage-cite], mark.passage-citee')
      .first()
      .waitFor({ state: 'attached', timeout: 120_000 });
    const done = await page.evaluate(() => performance.now());
    const { arrival, tasks, steps } = await page.evaluate(() => ({
      steps: performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('passage-cite:'))
        .map((e) => `${e.name.slice(13)} ${Math.round(e.duration)}`),
      arrival: performance.getEntriesByType('resource').find((e) => e.name.includes('text-fragment-arrival'))
        ?.responseEnd,
      tasks: /** @type {{ benchLongTasks: { start: number; duration: number }[] }} */ (/** @type {unknown} */ (window))
        .benchLongTasks,
    }));
    const after = tasks.filter((task) => task.start + task.duration >= arrival);
    rows.push({ longest: Math.max(0, ...after.map((task) => task.duration)), total: done - arrival, steps });
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
const ms = (value) => `${Math.round(value)} ms`;
rows.sort((a, b) => a.longest - b.longest);
console.log(
  `\n${DIRECTIVES} directives on /rapport/complet/, ${RUNS} runs (longest task after the fallback's code arrived):`,
);
console.log(
  `  median ${ms(rows[Math.floor(RUNS / 2)].longest)}, min ${ms(rows[0].longest)}, max ${ms(rows.at(-1).longest)}`,
);
console.log(`  until marked: ${rows.map((row) => ms(row.total)).join(', ')}`);
console.log(`  steps (ms): ${rows.map((row) => row.steps.join(', ')).join(' | ')}`);
