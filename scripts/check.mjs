// `npm run check`: type check (astro check), format (Prettier) and lint (ESLint), side by side.
// The three only read the project, so they run at once: `astro check`, the longest and one thread,
// keeps a core; Prettier and ESLint run in the background (niced) and share the other, with the site
// build that `npm test` starts beside them (scripts/test.mjs). Each one's output is printed whole, in
// this order, once all three have finished; the script fails if any of them failed, and says which.
import { spawn } from 'node:child_process';
import { inBackground } from './lib/project-copy.mjs';

/** @type {[name: string, args: string[], background: boolean][]} */
const CHECKS = [
  ['astro check', ['node_modules/astro/astro.js', 'check'], false],
  ['prettier --check .', ['node_modules/prettier/bin/prettier.cjs', '--check', '.'], true],
  ['eslint .', ['node_modules/eslint/bin/eslint.js', '.'], true],
];

/** Runs one check with Node (niced in the `background`); resolves with its exit code, output and wall time. */
function run(/** @type {string[]} */ args, /** @type {boolean} */ background) {
  return new Promise((done) => {
    const start = Date.now();
    const line = [process.execPath, ...args];
    const [program, ...rest] = background ? inBackground(line) : line;
    const child = spawn(program, rest, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ code: 1, output: String(error), seconds: 0 }));
    child.on('close', (code) => done({ code: code ?? 1, output, seconds: (Date.now() - start) / 1000 }));
  });
}

const results = await Promise.all(CHECKS.map(([, args, background]) => run(args, background)));
const failed = [];
for (const [index, [name]] of CHECKS.entries()) {
  const { code, output, seconds } = results[index];
  console.log(`\n> ${name} (${seconds.toFixed(1)} s)\n${output.trimEnd()}`);
  if (code !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nÉchec de : ${failed.join(', ')}`);
  process.exitCode = 1;
}
