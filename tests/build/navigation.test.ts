import { describe, expect, it } from 'vitest';
import { listPages, parsePage, select, selectAll, toText } from '../helpers/site';

/** Navigation that reaches everything: site parts on every page, breadcrumbs, print block, 404 page. */
const EIGHT_PARTS = [
  ['/rapport/', 'Rapport'],
  ['/rapport/complet/', 'Texte complet'],
  ['/resolutions/', 'Résolutions'],
  ['/reunions/', 'Réunions'],
  ['/smsi-20/', 'SMSI+20'],
  ['/chronologie/', 'Chronologie'],
  ['/glossaire/', 'Glossaire'],
  ['/recherche/', 'Rechercher'],
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
  it('links every page to the eight parts of the site in the header menu', () => {
    const pages = readingPages();
    expect(pages.length).toBeGreaterThan(30);
    for (const path of pages) {
      const page = parsePage(path);
      const menu = select('header details.site-menu nav', page);
      expect(menu, path).toBeDefined();
      expect(links(menu!), path).toEqual(expect.arrayContaining(EIGHT_PARTS));
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

  it('prints the report, the page and its address at the top of each page (print only)', () => {
    const block = select('main .print-source', parsePage('rapport/7/'));
    const lines = selectAll('p', block!).map((p) => toText(p).trim());
    expect(lines[0]).toBe('Rapport de la Présidente du GTC-SMSI/ODD (43ème et 44ème réunions)');
    expect(lines[1]).toMatch(/^7\. Travaux préparatoires/);
    // Without SITE_URL the path; with it, the absolute address (tests/e2e/subpath.test.ts).
    expect(lines[2]).toBe('/rapport/7/');
  });

  it('offers a search form and the main lists on the 404 page', () => {
    const page = parsePage('404.html');
    const form = select('main form[role="search"]', page);
    expect(form?.properties.action).toBe('/recherche/');
    expect(form?.properties.method).toBe('get');
    expect(select('input[type="search"][name="q"]', form!)).toBeDefined();
    expect(select('label', form!)?.properties.htmlFor).toEqual([select('input', form!)?.properties.id]);
    expect(links(select('main ul.site-lists', page)!)).toEqual([['/', 'Accueil'], ...EIGHT_PARTS]);
  });
});
