import { describe, expect, it } from 'vitest';
import siteUrlNotice, { MISSING_SITE_URL_WARNING } from '../../src/integrations/site-url';

/** Runs the integration's build-start hook with a logger that records warnings. */
async function warningsOf(site: string | undefined): Promise<string[]> {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => void warnings.push(message) };
  const hook = siteUrlNotice(site).hooks['astro:build:start'] as unknown as (options: {
    logger: typeof logger;
  }) => unknown;
  await hook({ logger });
  return warnings;
}

describe('a build without SITE_URL', () => {
  it('prints one clear warning that names what is left out and how to set it', async () => {
    const warnings = await warningsOf(undefined);
    expect(warnings).toEqual([MISSING_SITE_URL_WARNING]);
    expect(warnings[0]).toMatch(/SITE_URL n’est pas défini/);
    expect(warnings[0]).toMatch(/URL canonique.*og:url.*og:image.*sitemap-index\.xml.*robots\.txt/);
    expect(warnings[0]).toMatch(/SITE_URL=https:\/\/exemple\.org npm run build/);
  });

  it('prints nothing when SITE_URL is set', async () => {
    await expect(warningsOf('https://exemple.org')).resolves.toEqual([]);
  });
});
