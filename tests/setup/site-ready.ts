import { get } from 'node:http';
import { inject } from 'vitest';
import { SITE_READY_PATH } from '../helpers/serve';

/**
 * Setup file of the `site` and `browser` projects: before a test file is imported, waits until the
 * run's site is built and served (tests/setup/build-and-serve.ts builds it while `unit` runs), and
 * fails the file with the build's output if it did not build. node:http rather than fetch: no
 * response timeout, a build on a loaded machine may take minutes (its own limit is ten).
 */
const answer = await new Promise<{ status: number; text: string }>((done, fail) => {
  get(new URL(SITE_READY_PATH, inject('siteUrl')), (response) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('end', () => done({ status: response.statusCode ?? 0, text }));
  }).on('error', fail);
});
if (answer.status !== 200) throw new Error(answer.text);
