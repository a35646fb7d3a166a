import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves a built site on 127.0.0.1 (random port) like a plain static host:
 * `/rapport/7`, `/rapport/7/` and `/rapport/7/index.html` all answer, and
 * unknown paths get the site's 404 page with status 404. With a `base`, the
 * site is served under that sub-path only.
 */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = join(dir, '404.html');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('hors du site');
      return;
    }
    req.url = '/' + url.slice(base.length);
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : '404');
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
