import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The axe rule sets the site must pass: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules whose outcome depends on colours. A theme changes colours only (the
 * markup is the same), so a second theme is checked with these rules alone.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core on the page's current document and returns its violations as
 * readable lines (« rule (impact): target — summary »), none when the page
 * passes. axe is evaluated through the DevTools protocol, so a page's Content
 * Security Policy does not stop it. `rules` restricts the run to some rules.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const options = {
    runOnly: rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: AXE_TAGS },
    resultTypes: ['violations' as const],
  };
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
    options,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${(node.failureSummary ?? violation.help).replace(/\s+/g, ' ')}`,
    ),
  );
}
