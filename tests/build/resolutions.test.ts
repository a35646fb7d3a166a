import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITED_SLUGS } from '../fixtures/cited-texts';
import { parsePage, readPage, select, selectAll, toText } from '../helpers/site';

const SLUGS = CITED_SLUGS;

const READING_PAGES = ['rapport/', ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `rapport/${n}/`)];

/** Every citation link of the report body: page, paragraph id, slug, words. */
function citationLinks() {
  return READING_PAGES.flatMap((page) =>
    selectAll('article [id^="p"]', parsePage(page)).flatMap((paragraph) =>
      selectAll('a.citation', paragraph).map((link) => ({
        page,
        paragraph: String(paragraph.properties.id),
        slug: String(link.properties.dataResolution),
        href: String(link.properties.href),
        text: toText(link),
      })),
    ),
  );
}

describe('resolution pages and citation links', () => {
  it('builds one page per cited text', () => {
    for (const slug of SLUGS) expect(toText(select('h1', parsePage(`resolutions/${slug}/`))!)).toBeTruthy();
  });

  it('links the 29 mentions of the report body, in the right places', () => {
    const links = citationLinks();
    expect(links).toHaveLength(29);
    const perParagraph: Record<string, string[]> = {};
    for (const link of links) (perParagraph[link.paragraph] ??= []).push(link.slug);
    expect(perParagraph).toEqual({
      'p0-1': ['pp-140', 'conseil-1332', 'conseil-1334'],
      'p0-5': [
        'a-res-70-125',
        'a-res-70-1',
        'a-res-77-150',
        'a-res-71-212',
        'a-res-70-299',
        'a-70-684',
        'a-res-73-218',
        'a-res-80-173',
        'e-res-2025-18',
        'pp-140',
        'pp-172',
        'pp-71',
        'conseil-1332',
        'conseil-1334',
        'cmdt-30',
        'amnt-75',
        'uit-r-61',
      ],
      'p1-1': ['conseil-1332', 'pp-140'],
      'p5-1': ['a-res-80-173'],
      'p6-1': ['pp-214'],
      'p6-2': ['pp-214'],
      'p7-3': ['a-res-80-173'],
      'p7-4': ['conseil-1332', 'conseil-1334', 'pp-140'],
    });
    for (const link of links) expect(link.href).toBe(`/resolutions/${link.slug}/`);
  });

  it('wraps exactly the words as written', () => {
    const words = citationLinks().map((l) => l.text.replace(/[\u00a0\u202f]/g, ' '));
    expect(words).toContain('Résolution 140 (Rév. Bucarest, 2022)');
    expect(words).toContain('Résolution UIT-R 61-3 (Rév. Dubaï, 2023)');
    expect(words).toContain('71 (Rév. Bucarest 2022)');
    expect(words).toContain('Résolution 214');
    expect(words.filter((w) => w === 'A/RES/80/173')).toHaveLength(2);
  });

  it('leaves sections 2, 3, 4 and 8 and every heading without resolution links', () => {
    for (const n of [2, 3, 4, 8]) expect(selectAll('a.citation', parsePage(`rapport/${n}/`))).toHaveLength(0);
    for (const page of READING_PAGES) expect(selectAll('h1 a, h2 a, h3 a', parsePage(page))).toHaveLength(0);
  });

  it('lists on each resolution page every passage that cites it, with a deep link that exists', () => {
    const links = citationLinks();
    for (const slug of SLUGS) {
      const page = parsePage(`resolutions/${slug}/`);
      const deepLinks = selectAll('.passages .passage-source a', page).map((a) => String(a.properties.href));
      const expected = [...new Set(links.filter((l) => l.slug === slug).map((l) => `/${l.page}#${l.paragraph}`))];
      expect(deepLinks, slug).toEqual(expected);
      for (const href of deepLinks) {
        const [path, id] = href.slice(1).split('#');
        expect(select(`#${id}`, parsePage(path!)), href).toBeTruthy();
      }
      expect(selectAll('.passages mark', page).length, slug).toBe(expected.length);
    }
  });

  it('says plainly when the report cites two amendments of one text', () => {
    const text = toText(select('main', parsePage('resolutions/conseil-1332/'))!);
    expect(text).toContain('Le rapport cite deux versions différentes de ce texte');
    expect(text).toContain('modifiée en 2024');
    expect(text).toContain('modifiée en 2023');
  });

  it('labels A/70/684 as a document, not a resolution', () => {
    expect(toText(select('h1', parsePage('resolutions/a-70-684/'))!)).toBe('Document A/70/684');
  });

  it('groups the index by body, in number order, with counts and links to passages', () => {
    const index = parsePage('resolutions/');
    const order = selectAll('.resolution-list > li > a', index).map((a) => String(a.properties.href));
    expect(order.slice(0, 4)).toEqual([
      '/resolutions/pp-71/',
      '/resolutions/pp-140/',
      '/resolutions/pp-172/',
      '/resolutions/pp-214/',
    ]);
    expect(order).toHaveLength(18);
    expect(toText(select('main', index)!)).toMatch(/Résolution 1332[\s\S]*Cité 4 fois/);
  });

  it('serves short links as static redirects with a visible fallback link', () => {
    for (const [key, slug] of [
      ['140', 'pp-140'],
      ['1332', 'conseil-1332'],
      ['61-3', 'uit-r-61'],
      ['a-res-80-173', 'a-res-80-173'],
    ]) {
      const page = parsePage(`r/${key}/`);
      expect(select('meta[http-equiv="refresh"]', page)?.properties.content, key).toBe(`0; url=/resolutions/${slug}/`);
      expect(select('main a', page)?.properties.href, key).toBe(`/resolutions/${slug}/`);
    }
    expect(readPage('r/140/')).toContain('noindex');
  });
});

describe('official texts of the UN', () => {
  /** The nine addresses, written out: one per General Assembly and ECOSOC text of the report. */
  const EXPECTED = [
    'https://undocs.org/fr/A/70/684',
    'https://undocs.org/fr/A/RES/70/1',
    'https://undocs.org/fr/A/RES/70/125',
    'https://undocs.org/fr/A/RES/70/299',
    'https://undocs.org/fr/A/RES/71/212',
    'https://undocs.org/fr/A/RES/73/218',
    'https://undocs.org/fr/A/RES/77/150',
    'https://undocs.org/fr/A/RES/80/173',
    'https://undocs.org/fr/E/RES/2025/18',
  ];

  it('expects one address per A/… and E/… symbol the report cites', () => {
    const source = readFileSync('tests/fixtures/rapport-gtc-smsi-odd-43-44.txt', 'utf8');
    const symbols = [...new Set(source.match(/\b[AE]\/(?:RES\/)?\d+\/\d+\b/g))].sort();
    expect(symbols.map((symbol) => `https://undocs.org/fr/${symbol}`)).toEqual(EXPECTED);
  });

  it.each(EXPECTED)('links the page of its text to %s, labelled and marked as leaving the site', (url) => {
    const slug = url.replace('https://undocs.org/fr/', '').toLowerCase().replace(/\//g, '-');
    const links = selectAll('article a[href^="https://undocs.org/"]', parsePage(`resolutions/${slug}/`));
    expect(links.map((a) => a.properties.href)).toEqual([url]);
    expect(toText(links[0]!)).toBe('Texte officiel (ONU) (site externe)');
    expect(links[0]!.properties.rel).toEqual(['external']);
  });

  it('gives ITU texts no official link (none is verifiable)', () => {
    for (const slug of CITED_SLUGS.filter((s) => !/^(a|e)-/.test(s))) {
      expect(selectAll('article a[href^="http"]', parsePage(`resolutions/${slug}/`)), slug).toEqual([]);
    }
  });
});
