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

import { createServer, get, type RequestListener, type Server } from 'node:http';

/** The path of the tests' server that answers once the run's site is built (tests/setup/site-ready.ts). */
export const SITE_READY_PATH = '/.site-construit';

/**
 * A server for a site still being built: every request waits for `site` (the built site's handler),
 * then is served; `SITE_READY_PATH` answers 200 once it is built, or 500 with the build's error.
 * `site` is called on each request (a lazy build starts on the first one).
 */
export function serverOfBuild(site: () => Promise<RequestListener>): Server {
  return createServer((req, res) => {
    site().then(
      (answer) => {
        if (req.url !== SITE_READY_PATH) return answer(req, res);
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('prêt');
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(error instanceof Error ? error.message : String(error));
      },
    );
  });
}

/**
 * Waits until the server at `origin` (see {@link serverOfBuild}) says its site is built; throws with the
 * build's output if it did not build. node:http rather than fetch: no response timeout, a build on a
 * loaded machine may take minutes (its own limit is ten); the caller's hook timeout applies.
 */
export async function untilBuilt(origin: string): Promise<void> {
  const answer = await new Promise<{ status: number; text: string }>((done, fail) => {
    get(new URL(SITE_READY_PATH, origin), (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, text }));
    }).on('error', fail);
  });
  if (answer.status !== 200) throw new Error(answer.text);
}
