// Builds for the benchmarks, each in its own copy of the project: Astro writes generated files
// (.astro/) into the project it builds, so a build in the working tree would race the tests' and
// the developers' builds. Same approach as tests/helpers/project.ts.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a copy of the project needs to build (node_modules is linked, not copied). */
const PROJECT_FILES = [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'permalinks.json',
  'src',
  'public',
  'content',
];

/**
 * Copies the project (config, code, content) into a fresh `dir` and links node_modules.
 * @param {string} dir
 * @returns {string} the copy's folder
 */
export function copyProject(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_FILES) {
    if (existsSync(entry)) cpSync(entry, join(dir, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Runs `astro build` in a project copy (output in `<dir>/dist`) and measures it: wall time and
 * peak resident memory, read by GNU time (`/usr/bin/time -v`: the largest of the build process
 * and the processes it waited for, such as Pagefind's indexer).
 * @param {string} dir
 * @param {Record<string, string>} [env] extra environment (SITE_URL, BASE_PATH…)
 * @returns {Promise<{ ms: number, peakRssMB: number | undefined, pages: number, output: string }>}
 */
export function buildProject(dir, env = {}) {
  const astro = [resolve('node_modules/astro/astro.js'), 'build'];
  const timed = existsSync('/usr/bin/time');
  const [command, args] = timed ? ['/usr/bin/time', ['-v', process.execPath, ...astro]] : [process.execPath, astro];
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: dir,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        OUT_DIR: join(dir, 'dist'),
        CACHE_DIR: join(dir, '.cache'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) return fail(new Error(`astro build failed in ${dir}:\n${output.slice(-4000)}`));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const pages = /(\d+) page\(s\) built/.exec(output);
      done({
        ms,
        peakRssMB: rss ? Number(rss[1]) / 1024 : undefined,
        pages: pages ? Number(pages[1]) : 0,
        output,
      });
    });
  });
}
