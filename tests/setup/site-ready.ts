import { inject } from 'vitest';
import { untilBuilt } from '../helpers/serve';

/**
 * Setup file of the `site` and `browser` projects: before a test file is imported, waits until the
 * run's site is built and served (tests/setup/build-and-serve.ts builds it while `unit` runs), and
 * fails the file with the build's output if it did not build.
 */
await untilBuilt(inject('siteUrl'));
