import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, devPolicy, sha256Source, withStyleHashes } from '../../src/lib/csp';

describe('CSP hashes of inline styles', () => {
  it('hashes the exact text of a block', () => {
    const css = 'body{margin:0}';
    expect(sha256Source(css)).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    expect(sha256Source(css)).not.toBe(sha256Source(`${css} `));
  });

  it('adds hashes to style-src only, sorted and once, replacing older ones', () => {
    const policy = "default-src 'none'; style-src 'self' 'sha256-old'; img-src 'self'";
    expect(withStyleHashes(policy, ["'sha256-b'", "'sha256-a'", "'sha256-b'"])).toBe(
      "default-src 'none'; style-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'",
    );
    expect(withStyleHashes(policy, [])).toBe("default-src 'none'; style-src 'self'; img-src 'self'");
  });

  it('refuses a policy without style-src', () => {
    expect(() => withStyleHashes("default-src 'none'", ["'sha256-a'"])).toThrow(/style-src/);
  });
});

describe('devPolicy (the dev server’s policy)', () => {
  it('lets inline styles through and keeps scripts as strict as in production', () => {
    const dev = devPolicy(CONTENT_SECURITY_POLICY);
    expect(dev).toContain("style-src 'self' 'unsafe-inline';");
    expect(dev).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(dev.replace(" 'unsafe-inline'", '')).toBe(CONTENT_SECURITY_POLICY);
  });
});
