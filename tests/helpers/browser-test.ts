import { mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { inject, test as base } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';

/** Options for a browser context (viewport, colour scheme, JavaScript…). */
export type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;

/** What every browser test starts from: French locale, a phone-or-desktop viewport chosen by the test. */
const DEFAULT_CONTEXT: ContextOptions = { locale: 'fr-FR' };

/**
 * Fails the running test on any uncaught error of a page it opened: a page that throws is a
 * broken page, whatever the test asserts. Errors are collected and checked when the test ends,
 * so the test's own assertion (if it fails first) is the one reported.
 */
export function watchPageErrors(context: BrowserContext, errors: string[]): void {
  context.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  });
}

/**
 * A context of `browser` with the tests' defaults and `options`, whose pages' uncaught errors are
 * pushed to `errors`. For suite-level walks (a `beforeAll`); tests use the `context` fixture.
 */
export async function openContext(
  browser: Browser,
  options: ContextOptions,
  errors: string[],
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...DEFAULT_CONTEXT, ...options });
  watchPageErrors(context, errors);
  return context;
}

/**
 * The browser tests' `test`: one Chromium per Vitest worker (the browser project runs with
 * `isolate: false`, so a worker keeps it across files), a fresh context per test, and a
 * `pageerror` listener that fails the test when a page throws.
 *
 * - `browser`: the worker's Chromium.
 * - `contextOptions`: override per describe block with `test.override('contextOptions', {...})`.
 * - `context`: a new context per test, closed after it.
 * - `page`: a page of that context.
 * - `pageErrors`: the uncaught errors seen so far (a test that expects one reads and clears it).
 * - `siteUrl`: the root URL of the site built for the run (with a trailing slash).
 * - `newContext(options)`: a second context in the same test (no JavaScript, another viewport…),
 *   watched and closed like the first.
 */
export const test = base
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }) => {
    const profile = mkdtempSync(resolve('tmp/chromium-'));
    const browser = await chromium.launch({
      executablePath: chromiumPath({ forTests: true }),
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, TMPDIR: profile },
    });
    onCleanup(async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    });
    return browser;
  })
  .extend('siteUrl', { scope: 'worker' }, () => inject('siteUrl'))
  .extend('contextOptions', {} as ContextOptions)
  .extend('pageErrors', (): string[] => [])
  .extend('newContext', async ({ browser, pageErrors }, { onCleanup }) => {
    const opened: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map((context) => context.close()));
      if (pageErrors.length > 0) {
        throw new Error(`Une page a levé une erreur non rattrapée :\n${pageErrors.join('\n')}`);
      }
    });
    return async (options: ContextOptions = {}): Promise<BrowserContext> => {
      const context = await openContext(browser, options, pageErrors);
      opened.push(context);
      return context;
    };
  })
  .extend('context', async ({ newContext, contextOptions }) => newContext(contextOptions))
  .extend('page', async ({ context }): Promise<Page> => context.newPage());

export { expect, describe } from 'vitest';
