import { mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../../scripts/lib/project-copy.mjs';

/** The tests' one Astro runner (scripts/lib/project-copy.mjs), stopped: `npm test` stops its site build when the checks fail. */
describe('an Astro run that is no longer needed', () => {
  it('stops when its signal aborts, and its result fails and says why', async () => {
    const dir = mkdtempSync(resolve('tmp/astro-run-'));
    try {
      const stop = new AbortController();
      const run = runAstro(dir, 'build', {}, { signal: stop.signal });
      stop.abort();
      const result = await run;
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('astro build stopped: its result was no longer needed.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
