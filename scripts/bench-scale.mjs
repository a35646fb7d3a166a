// Build scaling: synthetic corpora of 1×, 10× and 50× the real content, each built in its own
// project copy under tmp/bench-scale/, with wall time, pages, ms per page and peak memory.
// A copy of the real report (sections with their citations, meetings, timeline, glossary) is
// added N − 1 times under new ids, URL segments and meeting numbers (without its editorial pages,
// whose addresses are site-wide); the cited texts are shared,
// so their pages grow with the citations, as they would with real reports.
// Usage: npm run bench (or node scripts/bench-scale.mjs [factors…], e.g. `node scripts/bench-scale.mjs 1 10`).
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildProject, copyProject } from './lib/project-copy.mjs';

const FACTORS = process.argv.slice(2).map(Number).filter(Boolean);
const factors = FACTORS.length ? FACTORS : [1, 10, 50];
const REPORT = 'gtc-smsi-odd-43-44';

/** Every file under a folder, recursively. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Adds copy number `k` of the real report to a project's content: folder and glossary named
 * `synthese-k`, URL segment `synthese-k`, meetings renumbered so that each number stays unique.
 */
function addSyntheticReport(project, k) {
  const id = `synthese-${k}`;
  const folder = join(project, 'content/rapport', id);
  cpSync(join(project, 'content/rapport', REPORT), folder, { recursive: true });
  // Editorial pages are served at a site-wide address (`/smsi-20/`): a copy would take the real one's.
  rmSync(join(folder, 'pages'), { recursive: true, force: true });
  // Real meetings are 43 and 44; copy k holds 1000 + 2k and 1001 + 2k.
  const meeting = (n) => 1000 + 2 * k + (n - 43);
  for (const n of [43, 44]) renameSync(join(folder, `reunions/${n}.yaml`), join(folder, `reunions/${meeting(n)}.yaml`));
  for (const file of filesUnder(folder)) {
    let text = readFileSync(file, 'utf8').replaceAll(`rapport: ${REPORT}`, `rapport: ${id}`);
    if (file.endsWith('rapport.yaml')) text = text.replace(/^chemin: .*$/m, `chemin: ${id}`);
    if (/reunions\/\d+\.yaml$/.test(file))
      text = text.replace(/^numero: (\d+)$/m, (_, n) => `numero: ${meeting(Number(n))}`);
    writeFileSync(file, text);
  }
  const glossary = readFileSync(join(project, `content/glossaire/${REPORT}.yaml`), 'utf8');
  writeFileSync(
    join(project, `content/glossaire/${id}.yaml`),
    glossary.replaceAll(`rapport: ${REPORT}`, `rapport: ${id}`),
  );
}

const results = [];
for (const factor of factors) {
  const project = copyProject(resolve(`tmp/bench-scale/x${factor}`));
  for (let k = 1; k < factor; k++) addSyntheticReport(project, k);
  const build = await buildProject(project);
  results.push({ factor, ...build });
  // The build's own log (Astro's phases with their times), for a closer look.
  writeFileSync(resolve(`tmp/bench-scale/x${factor}.log`), build.output);
  console.log(`  ${factor}×: ${build.pages} pages in ${(build.ms / 1000).toFixed(1)} s`);
  rmSync(project, { recursive: true, force: true });
}

const base = results[0];
console.log(`\nBuild scaling (${factors.join('×, ')}× the real content; pagefind index included):\n`);
console.log(
  '| content | reports | pages | build | ms per page | ms per added page | peak memory | time vs 1× | pages vs 1× |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.factor}× | ${r.factor} | ${r.pages} | ${(r.ms / 1000).toFixed(1)} s | ${(r.ms / r.pages).toFixed(1)} | ` +
      `${r === base ? '–' : ((r.ms - base.ms) / (r.pages - base.pages)).toFixed(1)} | ` +
      `${r.peakRssMB ? `${Math.round(r.peakRssMB)} MB` : 'n/a'} | ${(r.ms / base.ms).toFixed(1)}× | ${(r.pages / base.pages).toFixed(1)}× |`,
  );
}
