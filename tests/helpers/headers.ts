import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** One block of a `_headers` file: a path pattern (`/*`, `/_astro/*`) and the headers for matching paths. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages): a path
 * pattern on its own line, then its headers indented below it, `#` comments.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
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

/** The headers a host applies to a path: those of every matching block (`*` matches anything), in order. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const matching = rules.filter(({ pattern }) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path),
  );
  return Object.assign({}, ...matching.map((rule) => rule.headers));
}

/**
 * Serves a folder on 127.0.0.1 (random port) like a static host that honours
 * `_headers`: every response, the 404 page included, carries the headers of
 * the folder's own `_headers` file (or of `rules`).
 */
export async function serveWithHeaders(
  dir: string,
  rules: HeaderRule[] = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')),
): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = join(dir, '404.html');
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : '404');
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
