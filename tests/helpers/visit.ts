import type { Page } from 'playwright-core';

/**
 * Prepares a page to visit the site's pages one after the other and check each
 * where it landed, redirect pages included: any navigation the document starts
 * by itself (a meta refresh, `location.replace`) is answered with 204 No
 * Content, which cancels it and leaves the document in place. Returns the
 * function that opens a URL and waits until its document is fully loaded.
 */
export async function pageVisitor(page: Page): Promise<(url: string) => Promise<void>> {
  let visiting = '';
  await page.route('**/*', (route) => {
    const request = route.request();
    const leaving = request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== visiting;
    return leaving ? route.fulfill({ status: 204 }) : route.fallback();
  });
  return async (url: string) => {
    visiting = url.replace(/#.*$/, '');
    // Not « load »: a redirect page's own navigation, cancelled, would keep Playwright waiting.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState === 'complete');
  };
}
