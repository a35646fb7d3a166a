import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, dataPaths, missingPermalinks, siteAnchors } from '../../scripts/lib/site-map.mjs';
import { parsePage, readPage, select, selectAll, siteDir } from '../helpers/site';

const manifest = JSON.parse(readFileSync('permalinks.json', 'utf8')) as {
  pages: Record<string, string[]>;
  donnees: string[];
  moved: Record<string, string>;
};

describe('links and permalinks of the built site', () => {
  it('has no broken internal link or fragment', () => {
    expect(brokenLinks(siteDir())).toEqual([]);
  });

  it('still serves every URL and anchor id of permalinks.json', () => {
    expect(Object.keys(manifest.pages).length).toBeGreaterThan(60);
    expect(manifest.pages['/rapport/7/']).toEqual(expect.arrayContaining(['s7', 'p7-1', 'p7-4']));
    expect(missingPermalinks(manifest, siteDir())).toEqual([]);
  });

  it('lists every page it serves in permalinks.json (run `npm run permalinks` after adding pages)', () => {
    expect(Object.keys(siteAnchors(siteDir())).filter((page) => !(page in manifest.pages))).toEqual([]);
  });

  it('lists every open data file it serves in permalinks.json, and still serves every one listed', () => {
    expect(manifest.donnees).toEqual(
      expect.arrayContaining(['/rapport/rapport.json', '/rapport/rapport.akn.xml', '/donnees/index.json']),
    );
    expect(dataPaths(siteDir()).filter((file) => !manifest.donnees.includes(file))).toEqual([]);
  });
});

/** A tiny built site written on the fly, to prove the guards catch defects. */
const fixtures = mkdtempSync(resolve('tmp/links-fixture-'));
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

function fixtureSite(name: string, files: Record<string, string>): string {
  const dir = join(fixtures, name);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html lang="fr"><body>${html}</body></html>`);
  }
  return dir;
}

describe('the guards catch broken links and lost permalinks', () => {
  const published = { pages: { '/rapport/7/': ['s7', 'p7-1', 'p7-4'] }, moved: {} as Record<string, string> };

  it('fails when a published id was removed from its page', () => {
    const dir = fixtureSite('removed-id', { 'rapport/7/index.html': '<h1 id="s7">7</h1><p id="p7-1">a</p>' });
    expect(missingPermalinks(published, dir)).toEqual([
      '/rapport/7/#p7-4 : cet id publié a disparu de la page (ajoutez-le à « moved » avec sa nouvelle cible)',
    ]);
  });

  it('accepts a removed id that « moved » maps to a target that exists', () => {
    const dir = fixtureSite('moved-id', {
      'rapport/7/index.html': '<h1 id="s7">7</h1><p id="p7-1">a</p><p id="p7-5">b</p>',
    });
    expect(missingPermalinks({ ...published, moved: { '/rapport/7/#p7-4': '/rapport/7/#p7-5' } }, dir)).toEqual([]);
    expect(missingPermalinks({ ...published, moved: { '/rapport/7/#p7-4': '/rapport/7/#p7-9' } }, dir)).toHaveLength(1);
  });

  it('fails when a published data file is no longer served, unless it moved to one that is', () => {
    const dir = fixtureSite('removed-data', { 'index.html': '<p>accueil</p>', 'rapport/autre.json': '' });
    const data = { ...published, pages: {}, donnees: ['/rapport/rapport.json'] };
    expect(missingPermalinks(data, dir)).toEqual([
      '/rapport/rapport.json : ce fichier de données publié n’est plus servi (ajoutez une redirection dans « moved »)',
    ]);
    expect(missingPermalinks({ ...data, moved: { '/rapport/rapport.json': '/rapport/autre.json' } }, dir)).toEqual([]);
  });

  it('fails when a published page is no longer served', () => {
    const dir = fixtureSite('removed-page', { 'index.html': '<p>accueil</p>' });
    expect(missingPermalinks(published, dir)[0]).toMatch(/^\/rapport\/7\/ : cette adresse publiée n’est plus servie/);
  });

  it('finds links to missing pages and missing fragments, under a base path too', () => {
    const dir = fixtureSite('broken', {
      'index.html':
        '<a href="/base/rapport/7/#p7-2">ok</a> <a href="/base/rapport/9/">x</a> <a href="/base/rapport/7/#p7-3">y</a> <a href="#haut">z</a>',
      'rapport/7/index.html': '<p id="p7-2">a</p><a href="../../">accueil</a>',
    });
    expect(brokenLinks(dir, '/base/')).toEqual([
      '/base/ → /base/rapport/9/ : aucune page ni fichier',
      '/base/ → /base/rapport/7/#p7-3 : aucun id « p7-3 » dans la page',
      '/base/ → #haut : aucun id « haut » dans la page',
    ]);
  });
});

describe('previews and discovery', () => {
  // The test build has no SITE_URL: nothing that needs the public origin may name the build machine.
  // tests/e2e/subpath.test.ts builds with SITE_URL and checks the absolute addresses.
  it('gives every page a title, a description and Open Graph text, but no absolute address without SITE_URL', () => {
    for (const path of ['', 'rapport/', 'rapport/7/', 'rapport/complet/', 'resolutions/pp-140/', 'recherche/']) {
      const page = parsePage(path);
      const meta = (property: string) =>
        select(`meta[property="${property}"], meta[name="${property}"]`, page)?.properties.content;
      expect(select('link[rel="canonical"]', page), path).toBeUndefined();
      expect(select('link[rel="sitemap"]', page), path).toBeUndefined();
      expect(meta('og:url'), path).toBeUndefined();
      expect(meta('og:image'), path).toBeUndefined();
      expect(meta('og:locale'), path).toBe('fr_FR');
      expect(meta('og:site_name'), path).toBe('Rapport de la Présidente du GTC-SMSI/ODD');
      expect(String(meta('og:title')).length, path).toBeGreaterThan(3);
      expect(String(meta('og:description')).length, path).toBeGreaterThan(20);
      expect(meta('og:type'), path).toBeTruthy();
      expect(meta('twitter:card'), path).toBe('summary');
    }
    expect(readPage('').includes('127.0.0.1')).toBe(false);
  });

  it('describes a section by its number, title and first sentence, cut on a word boundary', () => {
    const page = parsePage('rapport/7/');
    expect(
      String(select('title', page)?.children[0] && (select('title', page)!.children[0] as { value: string }).value),
    ).toMatch(/^7\. Travaux préparatoires/);
    const description = String(select('meta[name="description"]', page)?.properties.content);
    expect(description).toMatch(/^L’UIT a contribué à l’examen d’ensemble du SMSI\+20/);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/\S…$/);
  });

  it('renders the default Open Graph image as a 1200×630 PNG', () => {
    const png = readFileSync(join(siteDir(), 'og.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('publishes no sitemap and no Sitemap line in robots.txt without SITE_URL', () => {
    expect(readPage('robots.txt')).toBe('User-agent: *\nAllow: /\n');
    expect(existsSync(join(siteDir(), 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(join(siteDir(), 'sitemap-0.xml'))).toBe(false);
  });

  it('describes the report and its sections in JSON-LD', () => {
    const ld = (path: string) =>
      JSON.parse(
        String((select('script[type="application/ld+json"]', parsePage(path))!.children[0] as { value: string }).value),
      );
    const report = ld('rapport/');
    expect(report['@type']).toBe('Report');
    expect(report.hasPart).toHaveLength(8);
    // Without SITE_URL, no url (it would need the public origin).
    expect(report.hasPart[6]).toEqual({ '@type': 'Report', name: expect.stringMatching(/^7\. /) });
    const section = ld('rapport/7/');
    expect(section.isPartOf).toEqual({ '@type': 'Report', name: 'Rapport de la Présidente du GTC-SMSI/ODD' });
  });

  it('gives every paragraph and section heading of the report a labelled link to itself, outside search', () => {
    const page = parsePage('rapport/7/');
    const anchors = selectAll('a.ancre', page);
    expect(anchors.map((a) => a.properties.href)).toEqual(['#s7', '#p7-1', '#p7-2', '#p7-3', '#p7-4']);
    expect(anchors[4]!.properties.ariaLabel).toBe('Lien vers le paragraphe 7.4');
    expect(anchors.every((a) => a.children.length === 0 && a.properties.dataPagefindIgnore !== undefined)).toBe(true);
  });

  it('serves short links to sections and paragraphs', () => {
    expect(select('meta[http-equiv="refresh"]', parsePage('s/7/'))?.properties.content).toBe('0; url=/rapport/7/');
    expect(select('meta[http-equiv="refresh"]', parsePage('s/7.4/'))?.properties.content).toBe(
      '0; url=/rapport/7/#p7-4',
    );
    expect(select('meta[http-equiv="refresh"]', parsePage('s/0.5/'))?.properties.content).toBe('0; url=/rapport/#p0-5');
  });
});
