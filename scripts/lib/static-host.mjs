// The one static host of the tests and the benchmarks: serves a built site on 127.0.0.1 as a plain
// static host would (`/x`, `/x/` and `/x/index.html` answer; unknown paths get the site's 404 page
// with status 404), optionally under a sub-path, and optionally applying the site's `_headers` file
// (the format of Netlify and Cloudflare Pages) like the hosts that read it. Plain JavaScript with
// JSDoc types, so that `node scripts/…` and the TypeScript tests import the same code, unbuilt.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * One block of a `_headers` file: a path pattern (`/*`, `/_astro/*`) and the headers for matching paths.
 * @typedef {{ pattern: string, headers: Record<string, string> }} HeaderRule
 */

/**
 * How to serve a site.
 * @typedef {object} ServeOptions
 * @property {string} [base] the sub-path the site is served under (`/gtc-smsi-odd/`); `/` by default.
 *   Paths outside it answer 404.
 * @property {boolean | HeaderRule[]} [headers] apply headers to every response, the 404 page included:
 *   `true` reads the site's own `_headers` file, an array gives the rules; none by default.
 * @property {number} [port] a given port (a build whose canonical URLs name it), else a free one.
 */

/**
 * A served site: its root URL (with the base and a trailing slash) and how to stop serving it.
 * @typedef {{ url: string, close: () => Promise<void> }} ServedSite
 */

/**
 * Reads a `_headers` file: a path pattern on its own line, then its headers
 * indented below it; `#` starts a comment line.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: header outside a path block or without « : » : ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/**
 * The headers a host applies to a path: those of every matching block (`*` matches anything), in order.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  const matching = rules.filter(({ pattern }) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path),
  );
  return Object.assign({}, ...matching.map((rule) => rule.headers));
}

/**
 * How a static host answers one request for a built site (see the options but `port`): what
 * `serveStatic` serves, for a server of one's own.
 * @param {string} dir the built site
 * @param {Omit<ServeOptions, 'port'>} [options]
 * @returns {import('node:http').RequestListener}
 */
export function staticHandler(dir, { base = '/', headers = false } = {}) {
  const rules =
    headers === true ? parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')) : headers === false ? [] : headers;
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = join(dir, '404.html');
  return (req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('hors du site');
      return;
    }
    req.url = '/' + url.slice(base.length);
    const path = new URL(req.url, 'http://host').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : '404');
    });
  };
}

/**
 * Serves a built site on 127.0.0.1 (see the options).
 * @param {string} dir the built site
 * @param {ServeOptions} [options]
 * @returns {Promise<ServedSite>}
 */
export async function serveStatic(dir, { base = '/', headers = false, port = 0 } = {}) {
  return listen(createServer(staticHandler(dir, { base, headers })), port, base);
}

/**
 * Starts `server` on 127.0.0.1 (`port`, or a free one when 0).
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} [base] the sub-path of the site's root URL
 * @returns {Promise<ServedSite>}
 */
export async function listen(server, port, base = '/') {
  await new Promise((ready) => server.listen(port, '127.0.0.1', () => ready(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((closed) => server.close(() => closed(undefined))),
  };
}
