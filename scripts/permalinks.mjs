// Regenerates permalinks.json, the list of every public URL and anchor id of the site, from a
// build, after an intended change, and shows what changed. Keeps the `moved` map as it is.
// Usage: npm run permalinks   (builds into tmp/permalinks-site first)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteAnchors } from './lib/site-map.mjs';

const site = resolve('tmp/permalinks-site');
rmSync(site, { recursive: true, force: true });
const build = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: site, CACHE_DIR: resolve('tmp/permalinks-cache') },
  encoding: 'utf8',
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const file = resolve('permalinks.json');
const before = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: {}, moved: {} };
const pages = siteAnchors(site);
const after = {
  description:
    'Every public URL of the site and its anchor ids. A test fails when a build stops serving one, unless "moved" maps it to a new target. Regenerate with `npm run permalinks` after an intended change.',
  moved: before.moved ?? {},
  pages,
};
writeFileSync(file, `${JSON.stringify(after, null, 2)}\n`);

const flat = (/** @type {Record<string, string[]>} */ map) =>
  new Set(Object.entries(map).flatMap(([page, ids]) => [page, ...ids.map((id) => `${page}#${id}`)]));
const old = flat(before.pages ?? {});
const now = flat(pages);
const removed = [...old].filter((x) => !now.has(x));
const added = [...now].filter((x) => !old.has(x));
console.log(`permalinks.json: ${Object.keys(pages).length} URLs, ${now.size - Object.keys(pages).length} ids.`);
for (const x of removed) console.log(`- ${x}`);
for (const x of added) console.log(`+ ${x}`);
if (removed.length > 0)
  console.log('\nRemoved addresses break links already sent: map each one in "moved" to its new target.');
