// `npm run check`: type check (TypeScript for the .ts files, `astro check` for the .astro templates), format
// (Prettier) and lint (ESLint), side by side. They only read the project, so they run at once; the two type
// checks wait for `astro sync`, which writes the content collections' types (.astro/) they read.
// `astro check` reads only the templates (tsconfig.check.json): on the whole project it type-checked every
// .ts file again, more slowly than `tsc` (2 December 2026: 42 s of processor time, against 13 s for the
// templates and 16 s for `tsc`). Each one's output is printed whole, in this order, once all have finished;
// the script fails if any of them failed, and says which.
import { spawn } from 'node:child_process';

/** @type {[name: string, args: string[]][]} */
const TYPE_CHECKS = [
  [
    'astro check (gabarits .astro)',
    ['node_modules/astro/astro.js', 'check', '--noSync', '--tsconfig', 'tsconfig.check.json'],
  ],
  ['tsc --noEmit', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
];
/** @type {[name: string, args: string[]][]} */
const OTHER_CHECKS = [
  ['prettier --check .', ['node_modules/prettier/bin/prettier.cjs', '--check', '.']],
  ['eslint .', ['node_modules/eslint/bin/eslint.js', '.']],
];

/** Runs one check with Node; resolves with its exit code, output and wall time. */
function run(/** @type {string[]} */ args) {
  return new Promise((done) => {
    const start = Date.now();
    const child = spawn(process.execPath, args, {
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

const others = Promise.all(OTHER_CHECKS.map(([, args]) => run(args)));
const synced = await run(['node_modules/astro/astro.js', 'sync']);
const types =
  synced.code === 0
    ? await Promise.all(TYPE_CHECKS.map(([, args]) => run(args)))
    : TYPE_CHECKS.map(() => ({ code: 1, output: 'astro sync a échoué : voir sa sortie ci-dessus.', seconds: 0 }));
const CHECKS = [['astro sync', []], ...TYPE_CHECKS, ...OTHER_CHECKS];
const results = [synced, ...types, ...(await others)];
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
