import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface AstroRun {
  code: number;
  output: string;
}

/**
 * Runs the Astro CLI (`build` or `sync`) in a child process with extra
 * environment (CONTENT_DIR, OUT_DIR, CACHE_DIR, BASE_PATH…) in a project folder
 * (this one by default), and returns its exit code and combined output.
 */
export function runAstro(
  command: 'build' | 'sync',
  env: Record<string, string>,
  cwd = resolve('.'),
): Promise<AstroRun> {
  // Vitest emulates import.meta.env through process.env (BASE_URL=/, MODE, NODE_ENV=test…): a child
  // build must not inherit those, or they override the project's own config (its base path).
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('node_modules/astro/astro.js'), command], {
      cwd,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
