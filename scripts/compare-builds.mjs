#!/usr/bin/env node
// Compares two builds of the site, file by file, to prove that a refactoring changed nothing a reader or a
// search engine gets: every file outside `_astro/` (pages, the Pagefind index, data files, _headers, sitemap)
// must be byte-identical, except for the hashes in the names of bundled scripts and styles (`/_astro/name.HASH.js`),
// which are masked: a change of code that bundles differently is not a change of output.
//
//   node scripts/compare-builds.mjs <dirA> <dirB>
//
// Build both with the same SITE_URL and BASE_PATH, e.g.
//   SITE_URL=https://example.org OUT_DIR=tmp/before CACHE_DIR=tmp/cache-before npx astro build
// Prints each difference (missing files, then the first differing line of each changed file) and exits with 1
// when there is any, 0 when the builds match.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A bundled asset's file name with its content hash (`/_astro/search-page.B3xK_9aZ.js`). */
const ASSET_HASH = /(_astro\/[^"'\s/?#)]*?)\.[A-Za-z0-9_-]{8}\.(js|css|mjs)/g;

/**
 * Every file of a build, outside `_astro/`, as paths relative to it, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function buildFiles(dir) {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (relative(dir, path) !== '_astro') walk(path);
      } else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * A file's content with the hashes of bundled assets masked (`_astro/name.*.js`); binary files as they are.
 * @param {Buffer} bytes
 * @returns {Buffer | string}
 */
export function masked(bytes) {
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') || text.includes('\0')) return bytes;
  return text.replace(ASSET_HASH, '$1.*.$2');
}

/**
 * The differences between two builds: one line per file missing on one side, and per changed file the first line
 * that differs (with its number).
 * @param {string} a
 * @param {string} b
 * @returns {string[]}
 */
export function compareBuilds(a, b) {
  const [filesA, filesB] = [buildFiles(a), buildFiles(b)];
  const setB = new Set(filesB);
  const setA = new Set(filesA);
  /** @type {string[]} */
  const differences = [
    ...filesA.filter((file) => !setB.has(file)).map((file) => `only in ${a}: ${file}`),
    ...filesB.filter((file) => !setA.has(file)).map((file) => `only in ${b}: ${file}`),
  ];
  for (const file of filesA.filter((each) => setB.has(each))) {
    const [bytesA, bytesB] = [readFileSync(join(a, file)), readFileSync(join(b, file))];
    if (bytesA.equals(bytesB)) continue;
    const [left, right] = [masked(bytesA), masked(bytesB)];
    if (typeof left === 'string' && typeof right === 'string') {
      if (left === right) continue;
      const [linesA, linesB] = [left.split('\n'), right.split('\n')];
      const line = linesA.findIndex((text, i) => text !== linesB[i]);
      const at = line === -1 ? linesA.length : line;
      const column = [...(linesA[at] ?? '')].findIndex((char, i) => char !== [...(linesB[at] ?? '')][i]);
      const excerpt = (/** @type {string | undefined} */ text) =>
        (text ?? '').slice(Math.max(0, column - 60), column + 100);
      differences.push(`changed: ${file} (line ${at + 1})\n  - ${excerpt(linesA[at])}\n  + ${excerpt(linesB[at])}`);
    } else differences.push(`changed: ${file} (binary)`);
  }
  return differences;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error('usage: node scripts/compare-builds.mjs <dirA> <dirB>');
    process.exit(2);
  }
  const differences = compareBuilds(a, b);
  const count = buildFiles(a).length;
  if (differences.length === 0) {
    console.log(`${count} files outside _astro/ identical (asset hashes masked)`);
  } else {
    console.log(differences.join('\n'));
    console.log(`${differences.length} difference(s) among ${count} files`);
    process.exit(1);
  }
}
