import type { BrowserContext } from 'playwright-core';

/** Whether a URL stays on this machine's test server (127.0.0.1), or is page-local (data:, blob:, about:). */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') {
    return hostname === '127.0.0.1';
  }
  return ['data:', 'blob:', 'about:'].includes(protocol);
}

/**
 * Watches a browser context for requests that would leave 127.0.0.1: each one
 * is recorded (page and URL) and stopped before it reaches the network. The
 * returned list fills as the context browses; a page that pulls nothing from
 * elsewhere leaves it empty.
 */
export async function recordForeignRequests(context: BrowserContext): Promise<string[]> {
  const foreign: string[] = [];
  const record = (url: string, from: string) => {
    if (!isLocal(url)) foreign.push(`${from} → ${url}`);
  };
  context.on('request', (request) => {
    let from = 'a worker';
    try {
      from = request.frame().url();
    } catch {
      // Requests of service workers have no frame.
    }
    record(request.url(), from);
  });
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return foreign;
}
