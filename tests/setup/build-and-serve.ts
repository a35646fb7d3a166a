import type { TestProject } from 'vitest/node';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { copyProject, runAstroIn } from '../helpers/project';
import { serveStatic } from '../helpers/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the site built for the tests. */
    siteDir: string;
    /** Root URL (with trailing slash) where that site is served on 127.0.0.1. */
    siteUrl: string;
  }
}

/**
 * Builds the site once (with its search index) for the whole test run and
 * serves it on 127.0.0.1. `TEST_SITE_DIR=dist` reuses an existing build instead. Declared once,
 * at the root of vitest.config.ts, so the `site` and `browser` projects share one build.
 */
export default async function setup(project: TestProject) {
  // `npm run test:unit` (or `--project unit`) needs no site: give the answer in seconds.
  const needsSite = project.vitest.projects.some((each) => each.name === 'site' || each.name === 'browser');
  if (!needsSite) return;
  let siteDir = process.env.TEST_SITE_DIR ? resolve(process.env.TEST_SITE_DIR) : '';
  let cleanup = () => {};
  if (!siteDir) {
    // A fresh folder per run, so that two runs (or two developers) never share a build.
    // Built from a copy of the project: a build writes generated files into its project
    // (.astro/), so a test run must not share them with another build running beside it.
    const work = mkdtempSync(resolve('tmp/test-run-'));
    const project = copyProject(resolve(work, 'project'));
    siteDir = resolve(project, 'dist');
    const run = await runAstroIn(project, 'build');
    if (run.code !== 0) throw new Error(`The site did not build:\n${run.output}`);
    cleanup = () => rmSync(work, { recursive: true, force: true });
  }
  if (!existsSync(resolve(siteDir, 'index.html'))) throw new Error(`No built site in ${siteDir}`);
  const server = await serveStatic(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  return async () => {
    await server.close();
    cleanup();
  };
}
