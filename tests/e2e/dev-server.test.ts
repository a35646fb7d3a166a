import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { describe, expect, test } from '../helpers/browser-test';
import { childEnv, copyProject } from '../helpers/project';
import type { Page } from 'playwright-core';

/**
 * `npm run dev` tells an editor the truth (issue 19): in a copy of the
 * project, `astro dev` serves styled pages with no Content Security Policy
 * violation (the production policy and `_headers` belong to the build; the dev
 * policy lets Vite's styles through); an impossible date planted in a meeting
 * file shows Astro's error overlay with the French message instead of the old
 * page; restoring the file brings the page back. Every wait is for what the
 * editor sees (the page, the overlay), never for a delay.
 */
const work = mkdtempSync(resolve('tmp/dev-server-'));
const MEETING = 'content/rapport/gtc-smsi-odd-43-44/reunions/43.yaml';
const PAGE = 'reunions/43/';

let project = '';
let origin = '';
let server: ChildProcess | undefined;
let output = '';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Asks for the page until the dev server answers it (its first answer compiles the page). */
async function serverAnswers(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not serve ${url}:\n${output}`);
    await new Promise((next) => setTimeout(next, 250));
  }
}

beforeAll(async () => {
  project = copyProject(join(work, 'project'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}/`;
  server = spawn(
    process.execPath,
    [resolve('node_modules/astro/astro.js'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: project,
      env: { ...childEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CACHE_DIR: join(project, '.cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await serverAnswers(origin + PAGE, Date.now() + 240_000);
}, 300_000);

afterAll(() => {
  // The dev server and whatever it started: its own process group.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

/**
 * Opens the page. The dev server may reload an open page itself when a content file changes (Vite's full reload),
 * which aborts a navigation already under way: the page then arrives by that reload, and the test waits for what it shows.
 */
async function open(page: Page): Promise<void> {
  try {
    await page.goto(origin + PAGE);
  } catch (error) {
    if (!String(error).includes('net::ERR_ABORTED')) throw error;
  }
}

describe('the dev server', () => {
  test('serves styled pages without a Content Security Policy violation', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(origin + PAGE);
    await page.locator('h1', { hasText: '43ème réunion' }).waitFor();
    const styled = await page.evaluate(() => ({
      margin: getComputedStyle(document.body).margin,
      font: getComputedStyle(document.documentElement).getPropertyValue('--font-text').trim(),
      violations: (window as unknown as { violations: string[] }).violations,
    }));
    expect(styled).toEqual({ margin: '0px', font: 'system-ui, sans-serif', violations: [] });
  });

  test('shows the error overlay with the French message for an impossible date, and the page again once fixed', async ({
    page,
  }) => {
    const file = join(project, MEETING);
    const clean = readFileSync(file, 'utf8');
    expect(clean).toMatch(/^debut: "2025-09-09"$/m);
    writeFileSync(file, clean.replace(/^debut: "2025-09-09"$/m, 'debut: "2025-02-30"'));
    try {
      await open(page);
      // Playwright's locators read inside the overlay's shadow root.
      const overlay = page.locator('vite-error-overlay');
      await overlay.getByText('le 30 février n’existe pas').first().waitFor({ timeout: 30_000 });
      const named = overlay.getByText('Contenu invalide dans content/rapport/gtc-smsi-odd-43-44/reunions/43.yaml');
      expect(await named.count()).toBeGreaterThan(0);
      // Not the stale page: the old dates are not served.
      expect(await page.locator('h1', { hasText: '43ème réunion' }).count()).toBe(0);
    } finally {
      writeFileSync(file, clean);
    }
    await open(page);
    await page.locator('h1', { hasText: '43ème réunion' }).waitFor();
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  });
});
