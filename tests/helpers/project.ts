import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject as copyProjectFiles } from '../../scripts/lib/project-copy.mjs';
import { runAstro, type AstroRun } from './build';

/**
 * Copies the project (config, code, content) into `dir`, so that a test can
 * break its content and build it. A copy is needed, not just another
 * CONTENT_DIR: Astro writes generated modules (`.astro/`) and its data store
 * in the project, so two builds of different content in one project, running
 * side by side, would read each other's files. Shared with the benchmarks.
 */
export const copyProject: (dir: string) => string = copyProjectFiles;

/** Replaces text in a file of a project copy; fails when the edit changes nothing. */
export function editFile(project: string, file: string, from: string | RegExp, to: string): void {
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, changed);
}

/**
 * Runs `astro sync` or `astro build` in a project copy, with its own cache and
 * output (`<project>/dist`) folders, and any extra environment (BASE_PATH…).
 */
export function runAstroIn(
  project: string,
  command: 'sync' | 'build',
  env: Record<string, string> = {},
): Promise<AstroRun> {
  return runAstro(command, { CACHE_DIR: join(project, '.cache'), OUT_DIR: join(project, 'dist'), ...env }, project);
}

/**
 * Copies the project with the content of a committed fixture site
 * (`tests/fixtures/sites/<name>/content/`) instead of its own, in the manner
 * of Starlight's `__e2e__/fixtures/<name>/`: the code is the project's, the
 * content is the fixture's, so whatever builds proves it needs no code change.
 */
export function copyFixtureSite(name: string, dir: string): string {
  const project = copyProject(dir);
  rmSync(join(project, 'content'), { recursive: true, force: true });
  cpSync(resolve('tests/fixtures/sites', name, 'content'), join(project, 'content'), { recursive: true });
  return project;
}
