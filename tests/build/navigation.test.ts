import { describe, expect, it } from 'vitest';
import { listPages, parsePage, select, selectAll, toText } from '../helpers/site';

/** Navigation that reaches everything: site parts on every page, breadcrumbs, print block, 404 page. */
const PARTS = [
  ['/rapport/', 'Préambule et sommaire'],
  ['/rapport/complet/', 'Texte complet'],
  ['/resolutions/', 'Résolutions'],
  ['/reunions/', 'Réunions'],
  ['/smsi-20/', 'SMSI+20'],
  ['/chronologie/', 'Chronologie'],
  ['/glossaire/', 'Glossaire'],
  ['/recherche/', 'Rechercher'],
  ['/rapports/', 'Tous les rapports'],
];

/** Pages a reader reads (redirect pages only forward). */
const readingPages = () =>
  listPages().filter(
    (path) =>
      (path === '404.html' || path.endsWith('/') || path === '') &&
      !select('meta[http-equiv="refresh"]', parsePage(path)),
  );

const links = (node: Parameters<typeof selectAll>[1]) =>
  selectAll('a[href]', node).map((a) => [String(a.properties.href), toText(a).trim()]);

describe('navigation', () => {
  it('links every page to the parts of the site and the report’s sections in the header menu', () => {
    const pages = readingPages();
    expect(pages.length).toBeGreaterThan(30);
    for (const path of pages) {
      const page = parsePage(path);
      const menu = select('header details.site-menu nav', page);
      expect(menu, path).toBeDefined();
      expect(links(menu!), path).toEqual(expect.arrayContaining(PARTS));
      expect(selectAll('[aria-labelledby="menu-rapport"] .section-number', menu!), path).toHaveLength(8);
    }
  });

  it.each([
    ['rapport/7/', ['Accueil', 'Rapport 43–44', '§ 7'], ['/', '/rapport/']],
    ['rapport/complet/', ['Accueil', 'Rapport 43–44', 'Texte complet'], ['/', '/rapport/']],
    ['rapport/', ['Accueil', 'Rapport 43–44'], ['/']],
    ['resolutions/pp-140/', ['Accueil', 'Résolutions citées', 'Résolution 140'], ['/', '/resolutions/']],
    ['reunions/43/', ['Accueil', 'Réunions', expect.stringMatching(/^43/)], ['/', '/reunions/']],
  ])('shows where %s sits, report included', (path, labels, hrefs) => {
    const trail = select('nav.breadcrumbs', parsePage(path));
    expect(trail?.properties.ariaLabel).toBe('Fil d’Ariane');
    expect(selectAll('li', trail!).map((li) => toText(li).trim())).toEqual(labels);
    expect(selectAll('a', trail!).map((a) => a.properties.href)).toEqual(hrefs);
    expect(select('li:last-child', trail!)?.properties.ariaCurrent).toBe('page');
  });

  it('gives home and the report page different titles and roles', () => {
    const title = (path: string) => toText(select('title', parsePage(path))!);
    expect(title('')).toBe('Rapport de la Présidente du GTC-SMSI/ODD');
    expect(title('rapport/')).toMatch(/^Rapport 43–44\s: préambule et sommaire — /);
    expect(select('nav.breadcrumbs', parsePage(''))).toBeUndefined();
  });

  it('prints the report, its meetings’ dates, the page and its address at the top of each page (print only)', () => {
    const block = select('main .print-source', parsePage('rapport/7/'));
    const lines = selectAll('p', block!).map((p) => toText(p).trim());
    expect(lines[0]).toBe('Rapport de la Présidente du GTC-SMSI/ODD (43ème et 44ème réunions)');
    expect(lines[1]).toBe(
      '43ème réunion\u202f: 9 et 10 septembre 2025\u202f; 44ème réunion\u202f: 15 et 16 janvier 2026',
    );
    expect(lines[2]).toMatch(/^7\. Travaux préparatoires/);
    // Without SITE_URL the path, which the loader replaces by the reader's address before printing
    // (tests/e2e/moving-and-printing.test.ts); with it, the absolute address (tests/e2e/subpath.test.ts).
    expect(lines[3]).toBe('/rapport/7/');
  });

  it('offers a search form and the main lists on the 404 page', () => {
    const page = parsePage('404.html');
    const form = select('main form[role="search"]', page);
    expect(form?.properties.action).toBe('/recherche/');
    expect(form?.properties.method).toBe('get');
    expect(select('input[type="search"][name="q"]', form!)).toBeDefined();
    expect(select('label', form!)?.properties.htmlFor).toEqual([select('input', form!)?.properties.id]);
    expect(links(select('main ul.site-lists', page)!)).toEqual([
      ['/', 'Accueil'],
      ['/rapport/', 'Rapport'],
      ...PARTS.slice(1),
    ]);
  });
});
