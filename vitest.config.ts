import { defineConfig } from 'vitest/config';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AstroRunsFirst from './tests/setup/sequencer';

// Browser and build temp files stay inside the repo's ignored tmp/ folder.
const tmp = resolve('tmp');
mkdirSync(tmp, { recursive: true });
process.env.TMPDIR = tmp;
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/**
 * Three projects, run in this order (`sequence.groupOrder`):
 * - `unit`: pure code and plugin fixtures, no built site (`npm run test:unit`, seconds);
 * - `site`: the built site's HTML and data, and fixture-site builds;
 * - `browser`: the built site in Chromium, one browser per worker (`isolate: false` keeps a
 *   worker's browser across files; see tests/helpers/browser-test.ts).
 * The site is built once, by the root global setup, and only when `site` or `browser` runs.
 */
export default defineConfig({
  test: {
    globalSetup: ['tests/setup/build-and-serve.ts'],
    // Within a project, the files that run Astro (fixture builds) start first: see the sequencer.
    sequence: { sequencer: AstroRunsFirst },
    // Browser tests and child builds are heavy: two files at a time on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure code: one module graph per worker (no re-import per file) gives the answer in seconds.
          isolate: false,
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts'],
          setupFiles: ['tests/setup/site-ready.ts'],
          // Files import the same HTML parsers and helpers: one module graph per worker.
          isolate: false,
          // Fixture builds share the machine with the rest of the suite: sized for a loaded machine.
          testTimeout: 120_000,
          hookTimeout: 600_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['tests/setup/site-ready.ts'],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
