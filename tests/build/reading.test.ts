import { describe, expect, it } from 'vitest';
import { CITED_SLUGS } from '../fixtures/cited-texts';
import { mainText, parsePage, select, selectAll, toText } from '../helpers/site';

/**
 * Reading and moving around, as the built pages say it: the report's contents
 * on every report page, the menu, the list of reports from everywhere, the
 * resolution pages' wording and related texts, the group's website.
 */
const SECTIONS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('the report’s contents', () => {
  it('stand beside the text of every report page, the page being read marked', () => {
    for (const [path, current] of [
      ['rapport/', '/rapport/'],
      ['rapport/7/', '/rapport/7/'],
      ['rapport/complet/', '/rapport/complet/'],
    ] as const) {
      const contents = select('main nav.report-contents', parsePage(path));
      expect(contents, path).toBeDefined();
      const links = selectAll('a', contents!);
      expect(links.map((a) => toText(a).trim().split(/\s/)[0])).toEqual([
        'Préambule',
        ...SECTIONS.map(String),
        'Texte',
      ]);
      const marked = selectAll('a[aria-current="page"]', contents!).map((a) => String(a.properties.href));
      expect(marked, path).toEqual([current]);
    }
    // On the full text, sections are headings of the page.
    const complet = select('main nav.report-contents', parsePage('rapport/complet/'))!;
    expect(selectAll('a', complet).map((a) => String(a.properties.href))).toContain('#s7');
    // One panel: the floating « Sommaire » of the full text is gone.
    expect(selectAll('.toc--flottant', parsePage('rapport/complet/'))).toHaveLength(0);
  });

  it('are in the menu under the report’s short name, with the site’s parts and every report', () => {
    const page = parsePage('rapport/7/');
    expect(toText(select('#menu-rapport', page)!).trim()).toBe('Rapport 43–44');
    const report = selectAll('[aria-labelledby="menu-rapport"] a', page).map((a) => String(a.properties.href));
    expect(report).toEqual(['/rapport/', ...SECTIONS.map((n) => `/rapport/${n}/`), '/rapport/complet/']);
    expect(select('[aria-labelledby="menu-rapport"] a[aria-current="page"]', page)?.properties.href).toBe(
      '/rapport/7/',
    );
    expect(selectAll('[aria-labelledby="menu-site"] a', page).map((a) => String(a.properties.href))).toContain(
      '/rapports/',
    );
  });
});

describe('the list of reports', () => {
  it('is linked from the menu, the footer and the 404 page, and has breadcrumbs', () => {
    for (const path of ['', 'rapport/7/', 'glossaire/']) {
      const page = parsePage(path);
      expect(select('.site-nav a[href="/rapports/"]', page), path).toBeDefined();
      expect(select('footer a[href="/rapports/"]', page), path).toBeDefined();
    }
    expect(select('main a[href="/rapports/"]', parsePage('404.html'))).toBeDefined();
    const crumbs = selectAll('.breadcrumbs li', parsePage('rapports/')).map((li) => toText(li).trim());
    expect(crumbs).toEqual(['Accueil', 'Les rapports']);
  });
});

describe('resolution pages', () => {
  const pages = CITED_SLUGS.map((slug) => [slug, parsePage(`resolutions/${slug}/`)] as const);

  it('say « Passages qui citent ce texte », whatever the kind of text', () => {
    for (const [slug, page] of pages) {
      expect(toText(select('#passages', page)!).trim(), slug).toMatch(/^Passages qui citent ce texte \(\d+\)$/);
    }
  });

  it('count as related only texts cited in the report’s body, not in the preamble’s references', () => {
    const related = (slug: string) =>
      selectAll('#cites-avec + ul a', parsePage(`resolutions/${slug}/`)).map((a) => String(a.properties.href));
    // A/RES/80/173 is cited in the references (with 15 other texts), in § 5.1 and in § 7.3.
    const res80 = related('a-res-80-173');
    expect(res80.length).toBeLessThan(6);
    expect(res80).not.toContain('/resolutions/a-res-70-299/');
    // A text cited only in the references has no related texts, and its page says so (the heading's id stays).
    const alone = parsePage('resolutions/a-res-70-299/');
    expect(select('#cites-avec + ul', alone)).toBeUndefined();
    expect(toText(select('#cites-avec + p', alone)!)).toMatch(/^Aucun/);
  });

  it('draw brackets as French typography wants, and keep symbols and the group’s name on one line', () => {
    for (const [slug, page] of pages) {
      const text = mainText(page);
      expect(text, slug).not.toMatch(/\(\s|\s\)/);
    }
    const res80 = parsePage('resolutions/a-res-80-173/');
    expect(toText(select('blockquote', res80)!)).toBeDefined();
    expect(selectAll('.passages blockquote', res80).map((q) => toText(q).trim())).toContain(
      'Le document final adopté (A/RES/80/173) a renouvelé et renforcé le mandat de l’UIT dans la mise en œuvre des résultats du SMSI,…',
    );
    const unbroken = selectAll('.sans-coupure', res80).map((span) => toText(span));
    expect(unbroken).toContain('A/RES/80/173');
    expect(unbroken.some((text) => text === 'GTC-SMSI/ODD')).toBe(true);
  });
});

describe('the group’s website', () => {
  it('is linked where the report cites it, in the preamble’s references', () => {
    const link = select(
      '#p0-5 a[href="https://www.itu.int/en/council/cwg-wsis/Pages/default.aspx"]',
      parsePage('rapport/'),
    );
    expect(link && toText(link)).toBe('Site web du GTC-SMSI/ODD');
  });
});
