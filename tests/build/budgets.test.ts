import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPages, readPage, siteDir } from '../helpers/site';
import { budgetFor, overBudget, pageWeight, readBudgets } from '../helpers/weight';

/**
 * Size budgets (budgets.json) on every built page: HTML, CSS, and the script
 * run before any interaction, in gzip. Planted oversize pages prove the gate fails.
 */
const budgets = readBudgets();

describe('size budgets of every page', () => {
  it('keeps every page within its budget (budgets.json)', () => {
    const pages = listPages();
    expect(pages.length).toBeGreaterThan(50);
    const problems = pages.flatMap((page) => overBudget(page, pageWeight(siteDir(), page), budgetFor(budgets, page)));
    expect(problems).toEqual([]);
  });

  it('inlines its stylesheet and loads, before interaction, only the small deferred loader on a reading page', () => {
    const weight = pageWeight(siteDir(), 'rapport/7/');
    expect(weight.files.filter((file) => file.endsWith('.css'))).toEqual([]);
    expect(weight.css).toBe(0);
    expect(weight.renderBlocking).toEqual([]);
    expect(readPage('rapport/7/')).toMatch(/<style>[^<]+<\/style>/);
    expect(weight.files.filter((file) => file.endsWith('.js'))).toEqual([
      expect.stringMatching(/^\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/),
    ]);
  });

  it('preloads lazy code with our small helper, not Vite’s (src/integrations/lazy-imports.ts)', () => {
    const loader = pageWeight(siteDir(), 'rapport/7/').files.find((file) => file.endsWith('.js'))!;
    const code = readFileSync(join(siteDir(), loader), 'utf8');
    expect(code).toMatch(/import\("\.\/search-dialog\.[\w-]+\.js"\)/);
    expect(code).toContain('modulepreload');
    // Vite's own helper reads a CSP nonce and reports failures as an event; ours does neither.
    expect(code).not.toMatch(/csp-nonce|vite:preloadError/);
  });
});

describe('the budget gate catches planted oversize pages', () => {
  const work = mkdtempSync(resolve('tmp/budgets-fixture-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  symlinkSync(join(siteDir(), '_astro'), join(work, '_astro'), 'dir');

  /** Writes a page into the fixture site, next to the real site's scripts and styles. */
  function plant(page: string, html: string) {
    mkdirSync(join(work, page), { recursive: true });
    writeFileSync(join(work, page, 'index.html'), html);
    return overBudget(page, pageWeight(work, page), budgetFor(budgets, page));
  }

  it('reports a reading page whose HTML is too heavy', () => {
    // Pseudo-random words barely compress: about 12 KB of gzip.
    let seed = 7;
    const words = Array.from({ length: 3000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36);
    });
    const html = readPage('rapport/7/').replace('</main>', `<p>${words.join(' ')}</p></main>`);
    expect(plant('rapport/7/', html)).toEqual([expect.stringMatching(/^\/rapport\/7\/: html \d+\.\d+ KB > 8 KB$/)]);
  });

  it('reports a reading page that loads the search code before any interaction', () => {
    const html = readPage('rapport/7/').replace(
      /(<script type="module" src=")[^"]+"/,
      `$1/_astro/${searchDialogChunk()}"`,
    );
    expect(plant('rapport/6/', html)).toEqual([
      expect.stringMatching(/^\/rapport\/6\/: jsBeforeInteraction \d+\.\d+ KB > 2 KB$/),
    ]);
  });
});

/** The file name of the search dialog's bundle, which the loader imports on demand. */
function searchDialogChunk(): string {
  const loader = pageWeight(siteDir(), 'rapport/7/').files.find((file) => file.endsWith('.js'))!;
  const code = readFileSync(join(siteDir(), loader), 'utf8');
  return /(search-dialog\.[\w-]+\.js)/.exec(code)![1]!;
}

describe('the render-blocking gate', () => {
  it('reports a linked stylesheet and a classic script as blocking the first rendering', () => {
    const work = mkdtempSync(resolve('tmp/blocking-fixture-'));
    try {
      symlinkSync(join(siteDir(), '_astro'), join(work, '_astro'), 'dir');
      const loader = /<script type="module" src="([^"]+)"/.exec(readPage('rapport/7/'))![1]!;
      writeFileSync(
        join(work, 'index.html'),
        `<!DOCTYPE html><html><head><link rel="stylesheet" href="${loader}"><script src="${loader}"></script>` +
          `<script type="module" src="${loader}"></script><script defer src="${loader}"></script></head></html>`,
      );
      expect(pageWeight(work, '').renderBlocking).toEqual([loader, loader]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
