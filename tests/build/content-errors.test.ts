import { describe, expect, it, vi } from 'vitest';
import { faultsOf, runFixtureSite, type AstroRun } from '../helpers/project';

/**
 * Broken content must stop the build with a message that names the file and
 * the field. The schemas' refinements are unit-tested (tests/unit/schemas.test.ts),
 * the loader's audit by one `astro sync` of contenu-fautif
 * (tests/build/content-faults.test.ts); a citation of an unknown text is found
 * while MDX compiles, which stops the build before anything else, so it has a
 * fixture site of its own (tests/fixtures/sites/<name>/content/).
 */
// Each run is a whole Astro process; on a loaded 2-core machine one can take more than the default minute.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const REPORT = 'content/rapport/essai';

/** Expects the run to have failed and to name `file` with every part of `expected` in its block. */
function expectFaults(run: AstroRun, file: string, ...expected: (string | RegExp)[]) {
  expect(run.code, run.output).not.toBe(0);
  const faults = faultsOf(run, file);
  expect(faults, `no fault named for ${file} in:\n${run.output}`).toBeDefined();
  for (const part of expected) {
    if (typeof part === 'string') expect(faults).toContain(part);
    else expect(faults).toMatch(part);
  }
}

describe('a fault found while MDX compiles (one astro build of citation-inconnue)', () => {
  it('a citation of a text that has no entry in content/resolutions, with its line', async () => {
    const run = await runFixtureSite('citation-inconnue', 'build');
    expectFaults(
      run,
      `${REPORT}/01-citation.mdx`,
      'ligne 7,',
      '« Résolution 999 (Rév. Kigali, 2022) »',
      'cmdt-999.mdx',
    );
  });
});

// The warning about a cited-texts entry that nothing cites is shown by the fixture site (tests/build/deux-rapports.test.ts).
