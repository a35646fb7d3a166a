import { defineConfig } from 'vitest/config';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Browser and build temp files stay inside the repo's ignored tmp/ folder.
const tmp = resolve('tmp');
mkdirSync(tmp, { recursive: true });
process.env.TMPDIR = tmp;
process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once and serves it on 127.0.0.1 for the build and browser tests.
    globalSetup: ['tests/setup/build-and-serve.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests and child builds are heavy: two files at a time on a 2-core machine.
    maxWorkers: 2,
  },
});
