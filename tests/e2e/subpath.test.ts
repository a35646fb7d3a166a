import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { brokenLinks } from '../../scripts/lib/site-map.mjs';
import { openBrowser } from '../helpers/browser';
import { copyProject, runAstroIn } from '../helpers/project';
import { serveStatic } from '../helpers/serve';

/** The site built once with a sub-path base (`/gtc-smsi-odd/`), crawled and used in a browser. */
const BASE = '/gtc-smsi-odd/';
const work = mkdtempSync(resolve('tmp/subpath-'));
let site: string;
let url: string;
let stop: () => Promise<void>;
let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  const project = copyProject(join(work, 'project'));
  const run = await runAstroIn(project, 'build', { BASE_PATH: BASE });
  if (run.code !== 0) throw new Error(run.output);
  site = join(project, 'dist');
  ({ url, close: stop } = await serveStatic(site, BASE));
  ({ context, close } = await openBrowser());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
}, 240_000);

afterAll(async () => {
  await close?.();
  await stop?.();
  rmSync(work, { recursive: true, force: true });
});

describe(`the site served under ${BASE}`, () => {
  it('has no broken internal link, fragment, asset or redirect', () => {
    expect(brokenLinks(site, BASE)).toEqual([]);
  });

  it('loads its stylesheet and script from the sub-path', async () => {
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.goto(`${url}rapport/7/`);
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position)).resolves.toBe(
      'sticky',
    );
    expect(failed).toEqual([]);
    await page.close();
  });

  it('finds by number and links results under the sub-path', async () => {
    const page = await context.newPage();
    await page.goto(`${url}recherche/?q=140`);
    await page.waitForFunction(() => /résultat/.test(document.querySelector('#etat-recherche')?.textContent ?? ''));
    const links = await page.$$eval('#resultats a.hit__title', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links[0]).toBe(`${BASE}resolutions/pp-140/`);
    expect(links.every((l) => l.startsWith(BASE))).toBe(true);
    await page.close();
  });

  it('follows short links and copies addresses with the base', async () => {
    const page = await context.newPage();
    await page.goto(`${url}s/7.4/`);
    await page.waitForURL((u) => u.pathname + u.hash === `${BASE}rapport/7/#p7-4`);
    await page.click('#p7-4 > a.ancre');
    await page.waitForFunction(() =>
      /copié/.test(document.querySelector('.copy-panel [role="status"]')?.textContent ?? ''),
    );
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `http://127.0.0.1:4321${BASE}rapport/7/#p7-4`,
    );
    await page.close();
  });
});
