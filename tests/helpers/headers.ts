/**
 * `_headers` (Netlify and Cloudflare Pages format), read and matched as the static host of the tests and
 * benchmarks applies it: see scripts/lib/static-host.mjs (`serveStatic(dir, { headers: true })`).
 */
export { headersFor, parseHeaders, type HeaderRule } from '../../scripts/lib/static-host.mjs';
