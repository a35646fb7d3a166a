import { mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';

export { chromiumPath };

/** Options for a browser context (viewport, colour scheme, JavaScript…). */
export type ContextOptions = Parameters<typeof chromium.launchPersistentContext>[1];

/**
 * Starts headless Chromium with a fresh profile under tmp/ and returns its
 * context, and a function that closes it and removes the profile.
 */
export async function openBrowser(
  options: ContextOptions = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(resolve('tmp/chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'fr-FR',
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
