/**
 * Content Security Policy helpers for the inlined stylesheet: its hash, and
 * the policy that allows exactly the inline styles of the built pages
 * (`style-src 'self' 'sha256-…'`), never `'unsafe-inline'`.
 */
import { createHash } from 'node:crypto';

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
