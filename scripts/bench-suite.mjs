// Measures the test suite as a new contributor meets it: a fresh clone of the committed HEAD, `npm ci`, then
// `npm test` and `npm run test:unit`, each timed from start to end, and the full site builds `npm test` ran.
// Usage: npm run bench:suite            (the machine as it is)
//        npm run bench:suite -- --occupe (one core kept busy by a spinning process the whole time)
// Prints a Markdown row for docs/qualite.md. The clone lives in tmp/ and is removed afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

const busy = process.argv.includes('--occupe');

/** Runs a command in `cwd`, echoing nothing; resolves with its exit code, wall time (s) and output. */
function run(cwd, command, args, env = {}) {
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      done({ code: code ?? 1, seconds: Number(process.hrtime.bigint() - start) / 1e9, output }),
    );
  });
}

// A fresh clone has no tmp/ yet.
mkdirSync(resolve('tmp'), { recursive: true });
const work = mkdtempSync(resolve('tmp/bench-suite-'));
const clone = join(work, 'clone');
const spinner = busy ? spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }) : undefined;
const loads = [];
const sampler = setInterval(() => loads.push(loadavg()[0]), 5_000);
try {
  const cloned = await run(process.cwd(), 'git', ['clone', '-q', '.', clone]);
  if (cloned.code !== 0) throw new Error(cloned.output);
  const install = await run(clone, 'npm', ['ci', '--no-audit', '--no-fund']);
  if (install.code !== 0) throw new Error(install.output);
  // The test run's own TMPDIR (vitest.config.ts) is the clone's tmp/.
  // `npm test` first, on the fresh clone as CI runs it (a fresh clone has no tmp/, no build cache), then test:unit.
  const all = await run(clone, 'npm', ['test']);
  const unit = await run(clone, 'npm', ['run', 'test:unit']);
  const tests = /Tests\s+(?:\x1b\[[0-9;]*m)*(\d+) passed/.exec(all.output.replace(/\x1b\[[0-9;]*m/g, ''));
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const maxLoad = Math.max(...loads, 0).toFixed(1);
  console.log('| date (UTC) | cœur occupé | npm ci | test:unit | npm test | tests | charge max |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  console.log(
    `| ${date} | ${busy ? 'oui' : 'non'} | ${install.seconds.toFixed(0)} s | ${unit.seconds.toFixed(0)} s ` +
      `(${unit.code === 0 ? 'passe' : 'ÉCHEC'}) | ${all.seconds.toFixed(0)} s (${all.code === 0 ? 'passe' : 'ÉCHEC'}) ` +
      `| ${tests?.[1] ?? '?'} | ${maxLoad} |`,
  );
  if (unit.code !== 0 || all.code !== 0) {
    console.error(all.output.slice(-4000));
    process.exitCode = 1;
  }
} finally {
  clearInterval(sampler);
  spinner?.kill();
  rmSync(work, { recursive: true, force: true });
}
