// `npm test`: the checks (type check, format, lint: scripts/check.mjs), then Vitest's projects in their order
// (unit, site, browser). Arguments go to Vitest (`npm test -- tests/e2e/reading.test.ts`).
//
// The site that the `site` and `browser` projects read is built while the checks run: they leave part of a
// core free, and the build no longer waits for them. Vitest is given that build (TEST_SITE_DIR) instead of
// building it itself (tests/setup/build-and-serve.ts). If this build fails, Vitest builds again and reports
// the failure to every file that needs the site, as it does alone; the checks' answer comes first either way.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject, runAstro } from './lib/project-copy.mjs';

/** Runs a command with this terminal; resolves with its exit code. */
function run(/** @type {string} */ command, /** @type {string[]} */ args, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error);
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

// Temporary files stay in the repository's ignored tmp/, as in vitest.config.ts (a fresh clone has no tmp/ yet).
const tmp = resolve('tmp');
mkdirSync(tmp, { recursive: true });
process.env.TMPDIR = tmp;
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const ahead = !process.env.TEST_SITE_DIR;
const work = ahead ? mkdtempSync(resolve(tmp, 'test-run-')) : undefined;
try {
  // A copy of the project, as the global setup makes: a build writes generated files (.astro/) into it.
  const stop = new AbortController();
  const site = work ? runAstro(copyProject(join(work, 'project')), 'build', {}, { signal: stop.signal }) : undefined;
  const checked = await run(process.execPath, ['scripts/check.mjs'], env);
  // Failed checks are the answer: the build beside them is stopped rather than awaited.
  if (checked !== 0) stop.abort();
  const built = await site;
  if (checked !== 0) {
    process.exitCode = checked;
  } else {
    const siteDir = work && built?.code === 0 ? { TEST_SITE_DIR: join(work, 'project', 'dist') } : {};
    process.exitCode = await run(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)],
      { ...env, ...siteDir },
    );
  }
} finally {
  if (work) rmSync(work, { recursive: true, force: true });
}
