import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../helpers/headers';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sha256Source, withStyleHashes } from '../../src/lib/csp';
import { listPages, parsePage, selectAll, siteDir } from '../helpers/site';

/**
 * The Content Security Policy and security headers, as built: the same policy in
 * every page's meta and in `_headers` (plus frame-ancestors, header only), and
 * nothing in the pages that a strict policy would block.
 */
const rules = parseHeaders(readFileSync(join(siteDir(), '_headers'), 'utf8'));
const headerPolicy = headersFor(rules, '/rapport/7/')['Content-Security-Policy'] ?? '';

describe('Content Security Policy and security headers', () => {
  it('publishes _headers with a strict policy and the usual security headers for every path', () => {
    const headers = headersFor(rules, '/une/page/');
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
    expect(headerPolicy).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(headerPolicy).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(headerPolicy).toMatch(/(^|; )frame-ancestors 'none'$/);
    expect(headerPolicy).not.toContain('unsafe-inline');
    expect(headersFor(rules, '/_astro/loader.abc.js')['Cache-Control']).toMatch(/immutable/);
  });

  it('gives every page, redirects included, the policy of _headers in a meta, with its own inline styles only', () => {
    const base = headerPolicy.replace(/; frame-ancestors [^;]+/, '');
    const differing = listPages().filter((page) => {
      const tree = parsePage(page);
      const metas = selectAll('meta[http-equiv="Content-Security-Policy"]', tree);
      const own = styleHashes(tree);
      // _headers (one policy for every path) allows every page's styles; each meta allows its page's.
      const inHeader = own.every((hash) => headerPolicy.includes(hash));
      return metas.length !== 1 || metas[0]!.properties.content !== withStyleHashes(base, own) || !inHeader;
    });
    expect(differing).toEqual([]);
    expect(headerPolicy).toMatch(/(^|; )style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/);
  });

  it('has no inline script other than JSON-LD data, no inline style the policy does not name and no event-handler attribute', () => {
    const problems = listPages().flatMap((page) => inlineProblems(page, parsePage(page)));
    expect(problems).toEqual([]);
    expect(selectAll('style', parsePage('rapport/7/'))).toHaveLength(1);
  });

  it('catches a planted inline style that the page’s policy does not name, and a style attribute', () => {
    const page = readFileSync(join(siteDir(), 'rapport/7/index.html'), 'utf8')
      .replace('</head>', '<style>body{color:red}</style></head>')
      .replace('<main', '<main style="color:red"');
    expect(inlineProblems('planted', fromHtml(page))).toEqual([
      'planted: <style> not allowed by the page’s policy',
      'planted: style attribute on <main>',
    ]);
  });
});

/** The CSP sources of a page's inline `<style>` blocks, from their exact text. */
function styleHashes(tree: Root): string[] {
  return selectAll('style', tree).map((node) =>
    sha256Source(node.children.map((child) => ('value' in child ? child.value : '')).join('')),
  );
}

/** What a strict policy would block on a page: inline scripts, unlisted inline styles, style attributes, handlers. */
function inlineProblems(page: string, tree: Root): string[] {
  const policy = String(selectAll('meta[http-equiv="Content-Security-Policy"]', tree)[0]?.properties.content ?? '');
  return [
    ...selectAll('script:not([src])', tree)
      .filter((node) => node.properties.type !== 'application/ld+json')
      .map(() => `${page}: inline script`),
    ...styleHashes(tree)
      .filter((hash) => !policy.includes(hash))
      .map(() => `${page}: <style> not allowed by the page’s policy`),
    ...selectAll('[style]', tree).map((node) => `${page}: style attribute on <${node.tagName}>`),
    ...selectAll('*', tree)
      .filter((node) => Object.keys(node.properties).some((name) => /^on[a-z]/i.test(name)))
      .map((node) => `${page}: event handler on <${node.tagName}>`),
  ];
}
