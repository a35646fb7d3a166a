/**
 * Content Security Policy helpers for the inlined stylesheet: its hash, and
 * the policy that allows exactly the inline styles of the built pages
 * (`style-src 'self' 'sha256-…'`), never `'unsafe-inline'`.
 */
import { createHash } from 'node:crypto';

/**
 * The production Content Security Policy of every page (the `<meta>` of
 * `SecurityPolicy.astro`; `public/_headers` sends the same, plus
 * `frame-ancestors`). `'wasm-unsafe-eval'` lets Pagefind run its WebAssembly;
 * no inline script is allowed; the build adds the hashes of the inline styles.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

/**
 * The policy of the dev server (`astro dev`): the production policy whose
 * `style-src` also lets through the `<style>` elements Vite injects (their
 * hashes are only known to the production build). Scripts stay as strict as in
 * production. `devPolicy("style-src 'self'")` → `style-src 'self' 'unsafe-inline'`.
 */
export function devPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .map((directive) => (directive.split(/\s+/)[0] === 'style-src' ? `${directive} 'unsafe-inline'` : directive))
    .join('; ');
}

/** The CSP source of an inline block's exact text: `'sha256-<base64>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A policy whose `style-src` also allows the given hashes (sorted, once each):
 * `withStyleHashes("default-src 'none'; style-src 'self'", ["'sha256-a'"])`
 * → `default-src 'none'; style-src 'self' 'sha256-a'`. Fails when the policy
 * has no `style-src` directive.
 */
export function withStyleHashes(policy: string, hashes: readonly string[]): string {
  const directives = policy.split(';').map((directive) => directive.trim());
  const index = directives.findIndex((directive) => directive.split(/\s+/)[0] === 'style-src');
  if (index < 0) throw new Error(`Politique CSP sans style-src : ${policy}`);
  const sources = directives[index]!.split(/\s+/).filter((source) => !source.startsWith("'sha256-"));
  directives[index] = [...sources, ...[...new Set(hashes)].sort()].join(' ');
  return directives.filter(Boolean).join('; ');
}
