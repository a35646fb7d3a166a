import type { TestProject } from 'vitest/node';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { resolve } from 'node:path';
import { copyFixtureSite, copyProject, runAstroIn } from '../helpers/project';
import { listen, serverOfBuild, staticHandler } from '../helpers/serve';
import { SHARED_FIXTURE_SITES, type SharedFixtureName } from '../helpers/shared-fixture-sites';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the site built for the tests. */
    siteDir: string;
    /** Root URL (with trailing slash) where that site is served on 127.0.0.1. */
    siteUrl: string;
    /**
     * Fixture sites that several test files read, each built at most once per run (see
     * tests/helpers/shared-fixture-sites.ts): where each is served, and the folder its build goes to.
     */
    sharedFixtureSites: Record<SharedFixtureName, { origin: string; url: string; dir: string }>;
  }
}

/**
 * Builds the site once (with its search index) for the whole test run and serves it on 127.0.0.1.
 * `TEST_SITE_DIR=dist` reuses an existing build instead. Declared once, at the root of
 * vitest.config.ts, so the `site` and `browser` projects share one build.
 *
 * The build runs in the background: the `unit` project, which needs no site, runs beside it. The
 * server answers from the start; a request waits until the site is built, and `SITE_READY_PATH`
 * answers once it is (200), or with the build's output if it failed (500):
 * tests/setup/site-ready.ts, a setup file of `site` and `browser`, waits for that answer before
 * each of their test files.
 */
export default async function setup(project: TestProject) {
  // `npm run test:unit` (or `--project unit`) needs no site: give the answer in seconds.
  const needsSite = project.vitest.projects.some((each) => each.name === 'site' || each.name === 'browser');
  if (!needsSite) return;
  let siteDir: string;
  let built: Promise<string>;
  let cleanup = () => {};
  if (process.env.TEST_SITE_DIR) {
    siteDir = resolve(process.env.TEST_SITE_DIR);
    built = Promise.resolve(siteDir);
  } else {
    // A fresh folder per run, so that two runs (or two developers) never share a build.
    // Built from a copy of the project: a build writes generated files into its project
    // (.astro/), so a test run must not share them with another build running beside it.
    const work = mkdtempSync(resolve('tmp/test-run-'));
    const copy = copyProject(resolve(work, 'project'));
    siteDir = resolve(copy, 'dist');
    built = runAstroIn(copy, 'build').then((run) => {
      if (run.code !== 0) throw new Error(`The site did not build:\n${run.output}`);
      return siteDir;
    });
    cleanup = () => rmSync(work, { recursive: true, force: true });
  }
  const site: Promise<RequestListener> = built.then((dir) => {
    if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`No built site in ${dir}`);
    return staticHandler(dir);
  });
  // Nothing may be left unhandled: a failed build is reported to each request.
  const settled = site.then(
    () => undefined,
    (error: unknown) => error,
  );
  const server = await listen(
    serverOfBuild(() => site),
    0,
  );
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  const shared = await serveSharedFixtureSites();
  project.provide('sharedFixtureSites', shared.provided);
  return async () => {
    await settled;
    await server.close();
    await shared.close();
    cleanup();
  };
}

/**
 * Serves each shared fixture site from its own server on 127.0.0.1, built on the first request it
 * receives (a run whose files need none of them builds none), in a copy of the project under tmp/.
 * `SITE_READY_PATH` at the server's root answers once the site is built (200), or with Astro's output
 * if it failed (500); every other request waits for the build, then is served under the site's base.
 */
async function serveSharedFixtureSites() {
  const work = mkdtempSync(resolve('tmp/shared-fixtures-'));
  const servers: { close: () => Promise<void> }[] = [];
  const builds: Promise<unknown>[] = [];
  const provided = {} as Record<SharedFixtureName, { origin: string; url: string; dir: string }>;
  for (const [name, { base, env }] of Object.entries(SHARED_FIXTURE_SITES) as [
    SharedFixtureName,
    (typeof SHARED_FIXTURE_SITES)[SharedFixtureName],
  ][]) {
    const dir = resolve(work, name, 'dist');
    let site: Promise<RequestListener> | undefined;
    const build = () =>
      (site ??= (() => {
        const built = runAstroIn(copyFixtureSite(name, resolve(work, name)), 'build', env).then((run) => {
          if (run.code !== 0) throw new Error(`The fixture site ${name} did not build:\n${run.output}`);
          return staticHandler(dir, { base });
        });
        builds.push(built.catch(() => undefined));
        return built;
      })());
    const served = await listen(serverOfBuild(build), 0);
    servers.push(served);
    const origin = served.url;
    provided[name] = { origin, url: new URL(base.slice(1), origin).href, dir };
  }
  return {
    provided,
    close: async () => {
      await Promise.all(builds);
      await Promise.all(servers.map((server) => server.close()));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
