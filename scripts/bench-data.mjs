// What the open data cost the build, and proof that two builds give the same data files.
// Usage: node scripts/bench-data.mjs            (in the project to measure; BENCH_RUNS=3 by default)
// Builds fresh copies of the project with SITE_URL (so that the feeds are built too) and prints, per run, the wall
// time and the CPU time (user + system, from GNU time: steadier than wall time on a shared machine), then whether
// every data file (.json, .xml outside pagefind/ and _astro/) of each run is byte-identical to the first run's.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildProject, copyProject } from './lib/project-copy.mjs';
import { dataPaths } from './lib/site-map.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const results = [];
/** @type {Map<string, Buffer> | undefined} */
let first;
let identical = true;
for (let i = 0; i < runs; i++) {
  const project = resolve(`tmp/bench-data-${i}`);
  copyProject(project);
  const run = await buildProject(project, { SITE_URL: 'https://exemple.org' });
  const seconds = (name) => Number(new RegExp(`${name} \\(seconds\\): ([\\d.]+)`).exec(run.output)?.[1] ?? NaN);
  const cpu = seconds('User time') + seconds('System time');
  const dist = join(project, 'dist');
  const files = new Map(dataPaths(dist).map((path) => [path, readFileSync(join(dist, path))]));
  if (!first) first = files;
  else {
    for (const [path, bytes] of first) {
      if (!files.get(path)?.equals(bytes)) {
        identical = false;
        console.log(`run ${i + 1}: ${path} differs from run 1`);
      }
    }
    if (files.size !== first.size) identical = false;
  }
  results.push({ wall: run.ms / 1000, cpu, files: files.size, pages: run.pages });
  console.log(`run ${i + 1}: ${(run.ms / 1000).toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU, ${files.size} data files`);
}
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `median: ${median(results.map((r) => r.wall)).toFixed(1)} s wall, ${median(results.map((r) => r.cpu)).toFixed(1)} s CPU; ` +
    `data files byte-identical across runs: ${identical ? 'yes' : 'NO'}`,
);
