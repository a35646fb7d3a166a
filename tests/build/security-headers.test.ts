import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../helpers/headers';
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

  it('gives every page, redirects included, the same policy in a meta as in _headers', () => {
    const expected = headerPolicy.replace(/; frame-ancestors [^;]+/, '');
    const differing = listPages().filter((page) => {
      const metas = selectAll('meta[http-equiv="Content-Security-Policy"]', parsePage(page));
      return metas.length !== 1 || metas[0]!.properties.content !== expected;
    });
    expect(differing).toEqual([]);
  });

  it('has no inline script other than JSON-LD data, no inline style and no event-handler attribute', () => {
    const problems = listPages().flatMap((page) => {
      const tree = parsePage(page);
      return [
        ...selectAll('script:not([src])', tree)
          .filter((node) => node.properties.type !== 'application/ld+json')
          .map(() => `${page}: inline script`),
        ...selectAll('style, [style]', tree).map((node) => `${page}: inline style on <${node.tagName}>`),
        ...selectAll('*', tree)
          .filter((node) => Object.keys(node.properties).some((name) => /^on[a-z]/i.test(name)))
          .map((node) => `${page}: event handler on <${node.tagName}>`),
      ];
    });
    expect(problems).toEqual([]);
  });
});
