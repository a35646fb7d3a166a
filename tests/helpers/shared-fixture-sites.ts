import { inject } from 'vitest';
import { untilBuilt } from './serve';

/**
 * Fixture sites that more than one test file reads, built once per run by the global setup
 * (tests/setup/build-and-serve.ts) on the first request, rather than once per file: each build of a
 * fixture site costs about ten seconds of processor time.
 *
 * - `rapports-extremes`: the project's code with small content, built for a public address under a
 *   sub-path (`SITE_URL`, `BASE_PATH`): reports at the edges of what an editor may write, and hostile
 *   text (tests/e2e/subpath.test.ts, tests/e2e/quality-escaping.test.ts).
 */
export const SHARED_FIXTURE_SITES = {
  'rapports-extremes': {
    base: '/gtc-smsi-odd/',
    env: { BASE_PATH: '/gtc-smsi-odd/', SITE_URL: 'https://exemple.org' },
  },
} as const satisfies Record<string, { base: string; env: Record<string, string> }>;

export type SharedFixtureName = keyof typeof SHARED_FIXTURE_SITES;

/**
 * Waits until the shared fixture site `name` is built (the first call starts its build), and gives
 * its folder and the URL of its root (with the base path and a trailing slash). Throws with Astro's
 * output if it did not build.
 */
export async function sharedFixtureSite(name: SharedFixtureName): Promise<{ dir: string; url: string }> {
  const { origin, url, dir } = inject('sharedFixtureSites')[name];
  await untilBuilt(origin);
  return { dir, url };
}
