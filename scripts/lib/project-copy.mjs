// The one Astro runner of the tests and the benchmarks: each run happens in its own copy of the
// project. Astro writes generated files (.astro/, its data store) into the project it builds, so
// two builds of different content in one project, running side by side (two test files, a test
// and a benchmark, a developer's build), would read each other's files. Plain JavaScript with
// JSDoc types, so that `node scripts/…` and the TypeScript tests import the same code, unbuilt.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a copy of the project needs to build (node_modules is linked, not copied; content and permalinks are chosen). */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * Copies the project (config, code, content) into a fresh `dir` and links node_modules.
 * @param {string} dir
 * @param {{ content?: string, permalinks?: string }} [options] `content`: a content folder to use
 *   instead of the project's own `content/` (a committed fixture site: `tests/fixtures/sites/<name>/content`);
 *   `permalinks`: a `permalinks.json` (published URLs and paragraph pins) to use instead of the project's
 * @returns {string} the copy's folder
 */
export function copyProject(dir, { content = 'content', permalinks = 'permalinks.json' } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_FILES) {
    if (existsSync(entry)) cpSync(entry, join(dir, entry), { recursive: true });
  }
  cpSync(content, join(dir, 'content'), { recursive: true });
  cpSync(permalinks, join(dir, 'permalinks.json'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * The result of an Astro run: exit code, combined output, wall time; with `measure`, the peak
 * resident memory and the number of pages built.
 * @typedef {{ code: number, output: string, ms: number, peakRssMB?: number, pages?: number }} AstroRun
 */

/**
 * Variables a test runner sets for its own modules (Vitest emulates import.meta.env through
 * process.env: BASE_URL=/, MODE, NODE_ENV=test…): a child build must not inherit them, or they
 * override the project's own config (its base path).
 */
const RUNNER_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

/**
 * This process's environment without the test runner's own variables (see {@link RUNNER_ENV}): what a child
 * Astro process (a build, `astro dev`) starts from.
 * @returns {Record<string, string | undefined>}
 */
export function childEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !RUNNER_ENV.test(key)));
}

/** The longest an Astro run may take before it is killed: ten minutes, for a loaded 2-core machine. */
const ASTRO_RUN_TIMEOUT_MS = 600_000;

/**
 * Runs the Astro CLI (`astro build` or `astro sync`) in a project copy, with its own cache and
 * output folders (`<dir>/.cache`, `<dir>/dist`) and any extra environment (SITE_URL, BASE_PATH…).
 * With `measure`, the run goes through GNU time (`/usr/bin/time -v`) for its peak resident memory
 * (the largest of the build process and the processes it waited for, such as Pagefind's indexer).
 * With `signal`, the run is stopped when it aborts (its result then fails and says so): `npm test`
 * stops the site build it started beside the checks when they fail (scripts/test.mjs).
 * @param {string} dir
 * @param {'build' | 'sync'} command
 * @param {Record<string, string>} [env]
 * @param {{ measure?: boolean, signal?: AbortSignal }} [options]
 * @returns {Promise<AstroRun>}
 */
export function runAstro(dir, command, env = {}, { measure = false, signal } = {}) {
  const astro = [resolve('node_modules/astro/astro.js'), command];
  const timed = measure && existsSync('/usr/bin/time');
  const [program, args] = timed ? ['/usr/bin/time', ['-v', process.execPath, ...astro]] : [process.execPath, astro];
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(program, args, {
      cwd: dir,
      env: {
        ...childEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        OUT_DIR: join(dir, 'dist'),
        CACHE_DIR: join(dir, '.cache'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // A hung build is killed (and reported as failed) rather than hanging the suite or a benchmark.
      timeout: ASTRO_RUN_TIMEOUT_MS,
      signal,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // A stopped run also ends with `close`, which reports it.
    child.on('error', (error) => (error.name === 'AbortError' ? undefined : fail(error)));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      /** @type {AstroRun} */
      const run = {
        code: code ?? 1,
        output: !child.killed
          ? output
          : signal?.aborted
            ? `${output}\nastro ${command} stopped: its result was no longer needed.`
            : `${output}\nastro ${command} killed after ${ASTRO_RUN_TIMEOUT_MS / 1000} s.`,
        ms,
      };
      if (measure) {
        const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
        const pages = /(\d+) page\(s\) built/.exec(output);
        run.peakRssMB = rss ? Number(rss[1]) / 1024 : undefined;
        run.pages = pages ? Number(pages[1]) : 0;
      }
      done(run);
    });
  });
}

/**
 * `astro build` in a project copy, measured (see {@link runAstro}); throws with the end of the
 * output when the build fails. For the benchmarks.
 * @param {string} dir
 * @param {Record<string, string>} [env] extra environment (SITE_URL, BASE_PATH…)
 * @returns {Promise<{ ms: number, peakRssMB: number | undefined, pages: number, output: string }>}
 */
export async function buildProject(dir, env = {}) {
  const run = await runAstro(dir, 'build', env, { measure: true });
  if (run.code !== 0) {
    // The end of Astro's own output, without GNU time's report after it.
    const astro = run.output.replace(/(Command exited with non-zero status \d+\n)?\tCommand being timed:[\s\S]*$/, '');
    throw new Error(`astro build failed in ${dir}:\n${astro.slice(-4000)}`);
  }
  return { ms: run.ms, peakRssMB: run.peakRssMB, pages: run.pages ?? 0, output: run.output };
}
