// `npm run check`: type check (astro check), format (Prettier) and lint (ESLint), side by side.
// The three only read the project, so they run at once: `astro check` keeps one core busy for most
// of its run, Prettier and ESLint share the other. Each one's output is printed whole, in this order,
// once all three have finished; the script fails if any of them failed, and says which.
import { spawn } from 'node:child_process';

/** @type {[name: string, args: string[]][]} */
const CHECKS = [
  ['astro check', ['node_modules/astro/astro.js', 'check']],
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

const results = await Promise.all(CHECKS.map(([, args]) => run(args)));
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
