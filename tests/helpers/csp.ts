import type { BrowserContext } from 'playwright-core';

/**
 * Collects every Content Security Policy violation in a browser context: each
 * document reports its `securitypolicyviolation` events (a policy delivered in
 * a `<meta>` cannot send reports to a server), and Chromium's « Refused to… »
 * console errors catch the rest (workers, blocked loads). The returned list
 * fills as the context browses; it stays empty when nothing was blocked.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__qualityCspViolation', (_source, line: string) => {
    violations.push(line);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __qualityCspViolation: (line: string) => void }).__qualityCspViolation;
      void report(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}` +
          (event.sample ? ` (« ${event.sample} »)` : '') +
          (event.sourceFile ? ` from ${event.sourceFile}:${event.lineNumber}` : ''),
      );
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      violations.push(`${message.page()?.url() ?? 'worker'}: ${message.text()}`);
    }
  });
  return violations;
}
