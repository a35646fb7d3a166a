import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, COLOUR_RULES } from '../helpers/axe';
import { describe, expect, test } from '../helpers/browser-test';
import { recordCspViolations } from '../helpers/csp';
import { parseHeaders } from '../helpers/headers';
import { recordForeignRequests } from '../helpers/network';
import { pageVisitor } from '../helpers/visit';
import { serveStatic } from '../helpers/serve';

/**
 * The browser gates of quality-pages.test.ts, each shown to catch a planted
 * defect: pages of tests/fixtures/defects/ served with the site's own
 * `public/_headers`, checked with the same helpers as the real pages.
 */
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveStatic(resolve('tests/fixtures/defects'), {
    headers: parseHeaders(readFileSync('public/_headers', 'utf8')),
  });
});
afterAll(async () => server?.close());

/** Opens one fixture page in the test's fresh context, with the gates' recorders, and hands the page to `check`. */
async function withFixture<T>(context: BrowserContext, file: string, check: (page: Page) => Promise<T>) {
  const csp = await recordCspViolations(context);
  const foreign = await recordForeignRequests(context);
  const page = await context.newPage();
  const visit = await pageVisitor(page);
  await visit(server.url + file);
  const result = await check(page);
  return { csp, foreign, result };
}

describe('the browser gates catch planted defects', () => {
  test('axe reports an image without a text alternative', async ({ context }) => {
    const { result } = await withFixture(context, 'img-without-alt.html', (page) => axeViolations(page));
    expect(result.join('\n')).toMatch(/^image-alt \(critical\): img/m);
  });

  test('axe reports text that is readable in the light theme only', async ({ context }) => {
    const { result } = await withFixture(context, 'dark-contrast.html', async (page) => {
      const inLight = await axeViolations(page, COLOUR_RULES);
      await page.emulateMedia({ colorScheme: 'dark' });
      return { inLight, inDark: await axeViolations(page, COLOUR_RULES) };
    });
    expect(result.inLight).toEqual([]);
    expect(result.inDark.join('\n')).toMatch(/^color-contrast \(serious\): h1/m);
  });

  test('both watches report a script from another server, which the Content Security Policy blocks', async ({
    context,
  }) => {
    const { csp, foreign } = await withFixture(context, 'external-script.html', async () => undefined);
    expect(csp.join('\n')).toMatch(/script-src-elem blocked https:\/\/cdn\.example\.com\/analytics\.js/);
    expect(foreign).toEqual([expect.stringMatching(/ → https:\/\/cdn\.example\.com\/analytics\.js$/)]);
  });

  test('the watch reports a script inline in the page', async ({ context }) => {
    const { csp, result } = await withFixture(context, 'inline-script.html', (page) => page.title());
    expect(result).toBe('Défaut planté : script en ligne');
    expect(csp.join('\n')).toMatch(/script-src-elem blocked inline/);
  });

  test('without the policy, the network watch still stops and reports a request leaving 127.0.0.1', async ({
    newContext,
  }) => {
    const bypassing = await newContext({ bypassCSP: true });
    const { foreign } = await withFixture(bypassing, 'external-script.html', async () => undefined);
    expect(foreign).toEqual([
      expect.stringMatching(/external-script\.html → https:\/\/cdn\.example\.com\/analytics\.js$/),
    ]);
  });
});
