import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { idsOf, listPages, parsePage, readPage, select, selectAll, siteDir, toText } from '../helpers/site';

const SECTIONS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Paragraphs and list items per section, counted in the source. */
const PARAGRAPHS: Record<number, number> = { 0: 5, 1: 1, 2: 3, 3: 2, 4: 3, 5: 2, 6: 2, 7: 4, 8: 1 };

function paragraphIds(ids: string[], section: number): string[] {
  return ids.filter((id) => id.startsWith(`p${section}-`));
}

describe('pages and URLs', () => {
  it('builds the public pages', () => {
    const pages = listPages();
    for (const path of ['', 'rapport/', 'rapport/complet/', '404.html', ...SECTIONS.map((n) => `rapport/${n}/`)]) {
      expect(pages).toContain(path);
    }
  });

  it('serves every page in French with one main landmark, a skip link and a title', () => {
    // Short-link redirect pages (/r/…) are covered by the resolutions tests.
    for (const path of listPages().filter((p) => !readPage(p).includes('http-equiv="refresh"'))) {
      const tree = parsePage(path);
      expect(select('html', tree)?.properties.lang, path).toBe('fr');
      expect(selectAll('main', tree), path).toHaveLength(1);
      expect(select('a.skip-link[href="#contenu"]', tree), path).toBeTruthy();
      expect(toText(select('title', tree)!).length, path).toBeGreaterThan(10);
      expect(select('meta[name="description"]', tree)?.properties.content, path).toBeTruthy();
    }
  });

  it('gives each section page its heading id and its paragraph ids', () => {
    for (const n of SECTIONS) {
      const ids = idsOf(parsePage(`rapport/${n}/`));
      expect(ids).toContain(`s${n}`);
      expect(paragraphIds(ids, n)).toEqual(Array.from({ length: PARAGRAPHS[n]! }, (_, i) => `p${n}-${i + 1}`));
    }
  });

  it('gives the preamble its public heading slugs and section-0 paragraph ids', () => {
    const ids = idsOf(parsePage('rapport/'));
    for (const slug of ['objet', 'suite-a-donner', 'plan-strategique', 'incidences-financieres', 'references']) {
      expect(ids).toContain(slug);
    }
    expect(paragraphIds(ids, 0)).toEqual(['p0-1', 'p0-2', 'p0-3', 'p0-4', 'p0-5']);
  });

  it('uses the same ids for the same paragraphs on the one-page report', () => {
    const complete = parsePage('rapport/complet/');
    const ids = idsOf(complete);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of [0, ...SECTIONS]) {
      const page = parsePage(n === 0 ? 'rapport/' : `rapport/${n}/`);
      for (const id of paragraphIds(idsOf(page), n)) {
        const here = select(`#${id}`, page)!;
        const there = select(`#${id}`, complete);
        expect(there, id).toBeTruthy();
        expect(toText(there!), id).toBe(toText(here));
      }
    }
  });

  it('never lets no-break characters or accents into ids and URLs', () => {
    for (const path of listPages()) {
      expect(path).toMatch(/^[a-z0-9/.-]*$/);
      for (const id of idsOf(parsePage(path))) expect(id, `${path}#${id}`).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('links sections in order with previous and next', () => {
    const seven = parsePage('rapport/7/');
    expect(select('a[rel="prev"]', seven)?.properties.href).toBe('/rapport/6/');
    expect(select('a[rel="next"]', seven)?.properties.href).toBe('/rapport/8/');
    // The first section leads back to the preamble and the contents.
    expect(select('a[rel="prev"]', parsePage('rapport/1/'))?.properties.href).toBe('/rapport/');
    expect(select('a[rel="next"]', parsePage('rapport/8/'))).toBeUndefined();
  });

  it('shows the home page facts: title, purpose, action, meetings with dates, chairs and contents', () => {
    const home = parsePage('');
    const text = toText(select('main', home)!);
    expect(text).toContain('Rapport de la Présidente du GTC-SMSI/ODD');
    expect(text).toContain('RAPPORT SUR LES RÉSULTATS DES 43ème ET 44ème RÉUNIONS');
    expect(text).toContain('Le présent rapport contient un résumé');
    expect(text).toContain('Le Conseil est invité à prendre note du présent document.');
    const times = selectAll('time', home).map((t) => [t.properties.dateTime, toText(t)]);
    expect(times).toEqual([
      ['2025-09-09', '9'],
      ['2025-09-10', '10 septembre 2025'],
      ['2026-01-15', '15'],
      ['2026-01-16', '16 janvier 2026'],
    ]);
    for (const name of ['Cynthia Lesufi', 'Renata Santoyo', 'Mina Seonmin Jun', 'Janet Umutesi', 'Susanna Mattsson']) {
      expect(text).toContain(name);
    }
    expect(selectAll('.toc li a', home)).toHaveLength(8);
  });

  it('applies French typography to the report text', () => {
    const html = readPage('rapport/2/');
    expect(html).toContain('réunions\u00a0:');
    expect(html).toContain('d’information');
    expect(readPage('rapport/').includes('«\u202fBâtir un avenir numérique pour tous\u202f»')).toBe(true);
    const prose = toText(select('main', parsePage('rapport/complet/'))!);
    expect(prose).not.toMatch(/[a-zà-ÿ]'[a-zà-ÿ]/i);
    expect(prose).not.toContain('"');
  });

  it('has a French 404 page', () => {
    const text = toText(select('main', parsePage('404.html'))!);
    expect(text).toContain('Page introuvable');
  });

  it('requests nothing from another host', () => {
    for (const path of listPages()) {
      const tree = parsePage(path);
      // What a browser fetches: scripts, images, stylesheets, icons, preloads (canonical URLs are not fetched).
      const fetched = [
        ...selectAll('[src]', tree).map((node) => String(node.properties.src)),
        ...selectAll('link[href]', tree)
          .filter((node) => !['canonical', 'sitemap'].includes(String(node.properties.rel)))
          .map((node) => String(node.properties.href)),
      ];
      expect(
        fetched.filter((url) => /^(https?:)?\/\//.test(url)),
        path,
      ).toEqual([]);
    }
  });

  it('ships reading pages with one small deferred module script and nothing else', () => {
    for (const path of ['', 'rapport/', 'rapport/7/', 'rapport/complet/']) {
      const scripts = selectAll('script:not([type="application/ld+json"])', parsePage(path));
      expect(scripts, path).toHaveLength(1);
      expect(scripts[0]!.properties.type, path).toBe('module');
      const src = String(scripts[0]!.properties.src);
      expect(src, path).toMatch(/^\/_astro\/.+\.js$/);
      expect(gzipSync(readFileSync(join(siteDir(), src))).length, path).toBeLessThanOrEqual(2048);
    }
  });
});
