import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type ServedSite } from '../helpers/serve';

/**
 * The one static host of the tests and benchmarks (scripts/lib/static-host.mjs), on a site of three
 * files: what the tests and benchmarks rely on, as a plain static host would answer.
 */
const site = mkdtempSync(resolve('tmp/static-host-'));
const servers: ServedSite[] = [];
beforeAll(() => {
  mkdirSync(join(site, 'rapport/7'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<p>accueil</p>');
  writeFileSync(join(site, 'rapport/7/index.html'), '<p>section 7</p>');
  writeFileSync(join(site, '404.html'), '<p>page introuvable</p>');
  writeFileSync(join(site, '_headers'), '# en-têtes\n/*\n  X-Frame-Options: DENY\n/rapport/*\n  X-Test: rapport\n');
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(site, { recursive: true, force: true });
});

async function serve(options?: Parameters<typeof serveStatic>[1]): Promise<string> {
  const server = await serveStatic(site, options);
  servers.push(server);
  return server.url;
}

describe('serveStatic', () => {
  it('answers /x, /x/ and /x/index.html with the page', async () => {
    const url = await serve();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    for (const path of ['rapport/7', 'rapport/7/', 'rapport/7/index.html']) {
      const response = await fetch(url + path);
      expect(response.status, path).toBe(200);
      await expect(response.text()).resolves.toBe('<p>section 7</p>');
    }
  });

  it('gives an unknown path the site’s 404 page with status 404', async () => {
    const response = await fetch(`${await serve()}rapport/99/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    await expect(response.text()).resolves.toBe('<p>page introuvable</p>');
  });

  it('serves under a base sub-path, and nothing outside it', async () => {
    const url = await serve({ base: '/sous-chemin/' });
    expect(url).toMatch(/\/sous-chemin\/$/);
    expect((await fetch(`${url}rapport/7/`)).status).toBe(200);
    expect((await fetch(`${url}rapport/99/`)).status).toBe(404);
    expect((await fetch(`${new URL(url).origin}/rapport/7/`)).status).toBe(404);
  });

  it('applies the site’s _headers only when asked, to pages and the 404 page alike', async () => {
    const plain = await fetch(`${await serve()}rapport/7/`);
    expect(plain.headers.get('x-frame-options')).toBeNull();
    const url = await serve({ headers: true });
    const page = await fetch(`${url}rapport/7/`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-test')).toBe('rapport');
    const home = await fetch(url);
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    expect(home.headers.get('x-test')).toBeNull();
    const missing = await fetch(`${url}nulle-part/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-frame-options')).toBe('DENY');
  });

  it('takes header rules given by the caller instead of the site’s file', async () => {
    const url = await serve({ headers: [{ pattern: '/*', headers: { 'X-Autre': 'oui' } }] });
    const response = await fetch(url);
    expect(response.headers.get('x-autre')).toBe('oui');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });
});
