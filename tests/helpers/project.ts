import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject, runAstro, type AstroRun } from '../../scripts/lib/project-copy.mjs';

/**
 * Project copies and Astro runs for the tests, shared with the benchmarks: see
 * scripts/lib/project-copy.mjs. A copy is needed, not just another CONTENT_DIR:
 * Astro writes generated modules (`.astro/`) and its data store in the project,
 * so two builds of different content in one project, running side by side,
 * would read each other's files.
 */
export { childEnv, copyProject, type AstroRun } from '../../scripts/lib/project-copy.mjs';

/**
 * Runs `astro sync` or `astro build` in a project copy, with its own cache and
 * output (`<project>/dist`) folders, and any extra environment (BASE_PATH…).
 */
export const runAstroIn = runAstro;

/** Replaces text in a file of a project copy; fails when the edit changes nothing. */
export function editFile(project: string, file: string, from: string | RegExp, to: string): void {
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, changed);
}

/**
 * Copies the project with the content of a committed fixture site
 * (`tests/fixtures/sites/<name>/content/`) instead of its own, in the manner
 * of Starlight's `__e2e__/fixtures/<name>/`: the code is the project's, the
 * content is the fixture's, so whatever builds proves it needs no code change.
 * A fixture with published paragraphs has its own `permalinks.json` beside its content.
 */
export function copyFixtureSite(name: string, dir: string): string {
  const site = resolve('tests/fixtures/sites', name);
  const permalinks = join(site, 'permalinks.json');
  return copyProject(dir, { content: join(site, 'content'), ...(existsSync(permalinks) ? { permalinks } : {}) });
}

/**
 * Runs `astro sync` or `astro build` on a copy of a committed fixture site, in a fresh folder under
 * tmp/ removed afterwards: for content that must stop Astro, whose output is all a test reads.
 */
export async function runFixtureSite(name: string, command: 'sync' | 'build'): Promise<AstroRun> {
  const work = mkdtempSync(resolve(`tmp/${name}-`));
  try {
    return await runAstroIn(copyFixtureSite(name, join(work, 'project')), command);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * What an Astro run said about one content file (path from the project: `content/…`): the
 * « Contenu invalide dans <file> : » line and the problems listed under it, or undefined when the
 * output names no such file. (Astro may print the line right after its own, unterminated.)
 */
export function faultsOf(run: AstroRun, file: string): string | undefined {
  const at = run.output.indexOf(`Contenu invalide dans ${file} :`);
  if (at < 0) return undefined;
  const [head, ...lines] = run.output.slice(at).split('\n');
  const end = lines.findIndex((line) => !line.startsWith('  - '));
  return [head, ...lines.slice(0, end < 0 ? undefined : end)].join('\n');
}
