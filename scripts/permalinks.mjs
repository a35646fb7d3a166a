// Regenerates permalinks.json, the list of every public URL and anchor id of the site, and the
// fingerprint of every published paragraph, from a build, after an intended change, and shows what
// changed. Keeps the `moved` map as it is.
// Usage: npm run permalinks                 (builds into tmp/permalinks-site first)
//        npm run permalinks -- --accepter   (records changed or removed paragraphs: a corrigendum)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataPaths, siteAnchors } from './lib/site-map.mjs';

const accept = process.argv.includes('--accepter');
const site = resolve('tmp/permalinks-site');
const record = resolve('tmp/permalinks-paragraphs');
rmSync(site, { recursive: true, force: true });
rmSync(record, { recursive: true, force: true });
const build = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    OUT_DIR: site,
    CACHE_DIR: resolve('tmp/permalinks-cache'),
    PARAGRAPH_PINS_RECORD: record,
    ...(accept ? { PARAGRAPH_PINS_ACCEPT: '1' } : {}),
  },
  encoding: 'utf8',
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  if (/npm run permalinks -- --accepter/.test(build.stdout + build.stderr))
    console.error('\nPublished paragraphs changed. If the change is intended: npm run permalinks -- --accepter');
  process.exit(1);
}

const file = resolve('permalinks.json');
const before = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: {}, moved: {} };
const pages = siteAnchors(site);
const donnees = dataPaths(site);
const { paragraphes, historique, accepted } = pinParagraphs(before);
const after = {
  description:
    'Every public URL of the site and its anchor ids, and its open data files ("donnees"). A test fails when a build stops serving one, unless "moved" maps it to a new target. "paragraphes": the fingerprint of every published paragraph, by report, which pins its id; "historique": the accepted changes (corrigenda). Regenerate with `npm run permalinks` after an intended change.',
  moved: before.moved ?? {},
  pages,
  donnees,
  paragraphes,
  historique,
};
writeFileSync(file, `${JSON.stringify(after, null, 2)}\n`);

const flat = (/** @type {Record<string, string[]>} */ map) =>
  new Set(Object.entries(map).flatMap(([page, ids]) => [page, ...ids.map((id) => `${page}#${id}`)]));
const old = new Set([...flat(before.pages ?? {}), ...(before.donnees ?? [])]);
const now = new Set([...flat(pages), ...donnees]);
const removed = [...old].filter((x) => !now.has(x));
const added = [...now].filter((x) => !old.has(x));
console.log(
  `permalinks.json: ${Object.keys(pages).length} URLs, ${now.size - Object.keys(pages).length - donnees.length} ids, ${donnees.length} data files.`,
);
for (const x of removed) console.log(`- ${x}`);
for (const x of added) console.log(`+ ${x}`);
if (removed.length > 0)
  console.log('\nRemoved addresses break links already sent: map each one in "moved" to its new target.');
for (const change of accepted)
  console.log(
    change.apres
      ? `corrigendum: ${change.id} « ${change.avant.debut} » → « ${change.apres.debut} »`
      : `corrigendum: ${change.id} « ${change.avant.debut} » retiré (son lien mène à sa section, avec une note)`,
  );

/**
 * The pins of the paragraphs as this build gave them (recorded by the rehype plugin), with the removed
 * paragraphs of an accepted corrigendum kept as `retire` and every accepted change added to the history.
 * @param {{ paragraphes?: Record<string, Record<string, { empreinte: string, debut: string, retire?: true }>>, historique?: object[] }} previous
 */
function pinParagraphs(previous) {
  const old = previous.paragraphes ?? {};
  /** @type {Record<string, Record<string, { empreinte: string, debut: string, retire?: true }>>} */
  const pins = {};
  /** @type {{ rapport: string, id: string, date: string, avant: { empreinte: string, debut: string }, apres: { empreinte: string, debut: string } | null }[]} */
  const changes = [];
  const date = new Date().toISOString().slice(0, 10);
  const files = existsSync(record) ? readdirSync(record).sort() : [];
  for (const name of files) {
    /** @type {{ rapport: string, numero: number, paragraphs: { id: string, empreinte: string, debut: string }[] }} */
    const section = JSON.parse(readFileSync(join(record, name), 'utf8'));
    const report = (pins[section.rapport] ??= {});
    const now = new Map(section.paragraphs.map((p) => [p.id, p]));
    for (const p of section.paragraphs) report[p.id] = { empreinte: p.empreinte, debut: p.debut };
    for (const [id, pin] of Object.entries(old[section.rapport] ?? {})) {
      if (sectionOf(id) !== section.numero) continue;
      const current = now.get(id);
      if (pin.retire) report[id] = pin;
      else if (!current) {
        report[id] = { ...pin, retire: true };
        changes.push({ rapport: section.rapport, id, date, avant: strip(pin), apres: null });
      } else if (current.empreinte !== pin.empreinte) {
        changes.push({ rapport: section.rapport, id, date, avant: strip(pin), apres: strip(current) });
      }
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(pins)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([rapport, ids]) => [
        rapport,
        Object.fromEntries(Object.entries(ids).sort(([a], [b]) => byReadingOrder(a, b))),
      ]),
  );
  return { paragraphes: sorted, historique: [...(previous.historique ?? []), ...changes], accepted: changes };
}

/** @param {{ empreinte: string, debut: string }} pin */
function strip(pin) {
  return { empreinte: pin.empreinte, debut: pin.debut };
}

/** @param {string} id */
function sectionOf(id) {
  return Number(/^p(\d+)-/.exec(id)?.[1]);
}

/** Reading order of paragraph ids (as src/lib/ids.ts compareParagraphIds): p7-2 < p7-2a < p7-3. */
function byReadingOrder(/** @type {string} */ a, /** @type {string} */ b) {
  const [x, y] = [a, b].map((id) => /^p(\d+)-(\d+)([a-z]*)$/.exec(id) ?? [id, '0', '0', '']);
  return Number(x[1]) - Number(y[1]) || Number(x[2]) - Number(y[2]) || (x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0);
}
