/**
 * `_headers` (Netlify and Cloudflare Pages format) and a static host that
 * applies it, shared with the benchmarks: see scripts/lib/static-host.mjs.
 */
export { headersFor, parseHeaders, serveWithHeaders, type HeaderRule } from '../../scripts/lib/static-host.mjs';
