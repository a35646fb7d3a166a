/**
 * Interface typography, applied once to every HTML page at build time (and by
 * the dev server): the rendered page is parsed, `typographizeTree` applies the
 * French rules to its text, read attributes and JSON-LD (src/lib), and the page
 * is written back. Views render plain strings; none calls `typographize`.
 * Under `astro dev`, it first stops on a content fault (the error overlay).
 */
import { defineMiddleware } from 'astro:middleware';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { typographizeTree } from './lib/interface-typography';
import { currentContentFaults } from './loaders/dev-status';

const serialize = (tree: Parameters<typeof toHtml>[0]) =>
  toHtml(tree, { allowDangerousHtml: true, upperDoctype: true, allowDangerousCharacters: true });

export const onRequest = defineMiddleware(async (_context, next) => {
  // Under `astro dev`, a content fault shows Astro's error overlay with its French message, never the stale page
  // (src/loaders/dev-status.ts); fixing the file brings the page back on the next request.
  if (import.meta.env.DEV) {
    const faults = currentContentFaults();
    if (faults) throw new Error(faults);
  }
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const tree = fromHtml(await response.text());
  typographizeTree(tree, { parseFragment: (html) => fromHtml(html, { fragment: true }), serialize });
  return new Response(serialize(tree), { status: response.status, headers: response.headers });
});
