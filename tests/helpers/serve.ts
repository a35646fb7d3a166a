/**
 * The static host of the tests, shared with the benchmarks: see scripts/lib/static-host.mjs.
 * `serveStatic(dir)` answers `/x`, `/x/` and `/x/index.html`, gives unknown paths the site's 404 page with
 * status 404; `{ base }` serves under a sub-path, `{ headers: true }` applies the site's `_headers`.
 */
export { serveStatic, type ServeOptions, type ServedSite } from '../../scripts/lib/static-host.mjs';
