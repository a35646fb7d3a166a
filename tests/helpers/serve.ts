/**
 * The static host of the tests, shared with the benchmarks: see scripts/lib/static-host.mjs.
 * `serveStatic(dir)` answers `/x`, `/x/` and `/x/index.html`, gives unknown paths the site's 404 page with
 * status 404; `{ base }` serves under a sub-path, `{ headers: true }` applies the site's `_headers`.
 */
export {
  listen,
  serveStatic,
  staticHandler,
  type ServeOptions,
  type ServedSite,
} from '../../scripts/lib/static-host.mjs';

/** The path of the tests' server that answers once the run's site is built (tests/setup/site-ready.ts). */
export const SITE_READY_PATH = '/.site-construit';
