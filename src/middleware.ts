/**
 * Interface typography, applied once to every HTML page at build time (and by
 * the dev server): the rendered page is parsed, `typographizeTree` applies the
 * French rules to its text, read attributes and JSON-LD (src/lib), and the page
 * is written back. Views render plain strings; none calls `typographize`.
 */
import { defineMiddleware } from 'astro:middleware';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { typographizeTree } from './lib/interface-typography';

const serialize = (tree: Parameters<typeof toHtml>[0]) =>
  toHtml(tree, { allowDangerousHtml: true, upperDoctype: true, allowDangerousCharacters: true });

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const tree = fromHtml(await response.text());
  typographizeTree(tree, { parseFragment: (html) => fromHtml(html, { fragment: true }), serialize });
  return new Response(serialize(tree), { status: response.status, headers: response.headers });
});
