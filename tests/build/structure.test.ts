import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { listPages, mainText, parsePage, select, selectAll, toText } from '../helpers/site';

/**
 * The pages that make the report's structure navigable: meetings, WSIS+20
 * outcomes, glossary, timeline. Every fact is checked against the report, and
 * every source link against the paragraph ids of the built report.
 */
const STRUCTURE_PAGES = ['reunions/', 'reunions/43/', 'reunions/44/', 'smsi-20/', 'glossaire/', 'chronologie/'];
const READING_PAGES = ['rapport/', ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `rapport/${n}/`)];
const source = readFileSync('tests/fixtures/rapport-gtc-smsi-odd-43-44.txt', 'utf8');

/** Folds no-break spaces and hyphens so that page text compares with plain strings. */
const plain = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const textOf = (path: string) => plain(mainText(parsePage(path)));
const datetimes = (node: Parameters<typeof selectAll>[1]) =>
  selectAll('time', node).map((time) => String(time.properties.dateTime));

/** The page and the id a site link points to: `/rapport/7/#p7-3` → [`rapport/7/`, `p7-3`]. */
function target(href: string): [string, string] {
  const [path, hash = ''] = href.split('#');
  return [path!.replace(/^\//, ''), hash];
}

describe('structure pages', () => {
  it('are built, each with its content inside <article data-pagefind-body> and a search type', () => {
    const pages = listPages();
    for (const path of STRUCTURE_PAGES) {
      expect(pages).toContain(path);
      const article = select('article[data-pagefind-body]', parsePage(path));
      expect(article, path).toBeTruthy();
      expect(article!.properties.dataPagefindFilter, path).toBe(
        /^reunions\/\d+\/$/.test(path) ? 'type:Réunion' : 'type:Page',
      );
    }
  });

  it('are linked from the home page', () => {
    const hrefs = selectAll('main a', parsePage('')).map((a) => String(a.properties.href));
    for (const path of ['reunions/', 'smsi-20/', 'glossaire/', 'chronologie/']) expect(hrefs).toContain(`/${path}`);
  });

  it('link every statement to a paragraph that exists, on the page the link names', () => {
    for (const path of STRUCTURE_PAGES) {
      const links = selectAll('main a.source', parsePage(path));
      expect(links.length, path).toBeGreaterThan(0);
      for (const link of links) {
        const [page, id] = target(String(link.properties.href));
        expect(id, `${path} → ${String(link.properties.href)}`).toMatch(/^p\d+-\d+$/);
        expect(select(`#${id}`, parsePage(page)), `${path} → ${String(link.properties.href)}`).toBeTruthy();
        expect(toText(link)).toBe(`§\u202f${id.slice(1).replace('-', '.')}`);
      }
    }
  });

  it('link only to pages that exist', () => {
    const pages = new Set(listPages());
    for (const path of STRUCTURE_PAGES) {
      for (const link of selectAll('main a[href^="/"]', parsePage(path))) {
        const [page, id] = target(String(link.properties.href));
        expect(pages.has(page), `${path} → ${page}`).toBe(true);
        if (id) expect(select(`#${id}`, parsePage(page)), `${path} → ${page}#${id}`).toBeTruthy();
      }
    }
  });
});

describe('meetings', () => {
  it('give each meeting’s number and dates as the report writes them, in <time datetime>', () => {
    const cases = [
      { path: 'reunions/43/', days: ['2025-09-09', '2025-09-10'], written: 'les 9 et 10 septembre 2025', p: 'p2-2' },
      { path: 'reunions/44/', days: ['2026-01-15', '2026-01-16'], written: 'les 15 et 16 janvier 2026', p: 'p2-3' },
    ];
    for (const { path, days, written, p } of cases) {
      const page = parsePage(path);
      expect(toText(select('h1', page)!)).toBe(`${path.slice(9, 11)}ème réunion du GTC-SMSI/ODD`);
      const dates = select('dl.facts dd', page)!;
      expect(datetimes(dates)).toEqual(days);
      expect(plain(toText(dates))).toContain(written);
      expect(String(select('a.source', dates)?.properties.href)).toBe(`/rapport/2/#${p}`);
    }
  });

  it('name the chair and the vice-chairs present', () => {
    for (const path of ['reunions/43/', 'reunions/44/', 'reunions/']) {
      const text = textOf(path);
      for (const name of [
        'Mme Cynthia Lesufi (République sudafricaine)',
        'Mme Renata Santoyo (Brésil)',
        'Mme Mina Seonmin Jun (Corée (Rép. de))',
        'Mme Janet Umutesi (Rwanda, à distance)',
        'Mme Susanna Mattsson (Suède)',
      ]) {
        expect(text, path).toContain(name);
      }
    }
  });

  it('say what happened at the 44th meeting, with the paragraphs that say it', () => {
    const page = parsePage('reunions/44/');
    const facts = selectAll('#cette-reunion + ul > li', page);
    const byText = (words: string) => facts.find((li) => plain(toText(li)).includes(words));
    expect(
      String(select('a.source', byText("examen d'ensemble du SMSI+20, tenue en décembre 2025")!)!.properties.href),
    ).toBe('/rapport/7/#p7-2');
    expect(String(select('a.source', byText('S. E. Mme Egriselda López')!)!.properties.href)).toBe('/rapport/8/#p8-1');
    expect(textOf('reunions/43/')).not.toContain('Egriselda');
  });

  it('say what the report says about both meetings together', () => {
    for (const path of ['reunions/', 'reunions/43/', 'reunions/44/']) {
      const text = textOf(path);
      expect(text).toContain(
        "Vingt-six (26) contributions et six (6) documents d'information ont été examinés lors de ces deux réunions.",
      );
      expect(text).toContain('plus de 300 participants');
      const hrefs = selectAll('a.source', parsePage(path)).map((a) => String(a.properties.href));
      expect(hrefs).toContain('/rapport/2/#p2-1');
      expect(hrefs).toContain('/rapport/1/#p1-1');
    }
  });

  it('list both meetings on /reunions/ with links and dates', () => {
    const page = parsePage('reunions/');
    const items = selectAll('.meeting-list li', page);
    expect(items.map((li) => String(select('a', li)?.properties.href))).toEqual(['/reunions/43/', '/reunions/44/']);
    expect(items.map((li) => datetimes(li))).toEqual([
      ['2025-09-09', '2025-09-10'],
      ['2026-01-15', '2026-01-16'],
    ]);
  });
});

describe('WSIS+20 outcomes', () => {
  const page = () => parsePage('smsi-20/');

  it('date the 2025 high-level event and place it in Geneva', () => {
    const first = select('#manifestation-2025 ~ ul > li', page())!;
    expect(datetimes(first)).toEqual(['2025-07-07', '2025-07-11']);
    expect(plain(toText(first))).toContain('7–11 juillet 2025, Genève');
    expect(String(select('a.source', first)!.properties.href)).toBe('/rapport/4/#p4-1');
  });

  it('date the General Assembly meeting to the month only, and link its outcome document', () => {
    const items = selectAll('#assemblee-generale ~ ul > li', page());
    expect(datetimes(items[0]!)).toEqual(['2025-12']);
    expect(plain(toText(items[0]!))).toContain('décembre 2025 (jour non précisé)');
    const outcome = items.find((li) => toText(li).includes('A/RES/80/173'))!;
    expect(selectAll('a', outcome).map((a) => String(a.properties.href))).toEqual([
      '/rapport/7/#p7-3',
      '/resolutions/a-res-80-173/',
    ]);
  });

  it('list the roles the outcome renews for ITU', () => {
    const roles = selectAll('#mandat-uit ~ ul > li:first-child > ul > li', page()).map((li) => plain(toText(li)));
    expect(roles).toEqual([
      'la coordination et la mise en œuvre des grandes orientations du SMSI ;',
      'la convocation du Forum du SMSI ;',
      "la tenue à jour de la plate-forme d'inventaire du SMSI ;",
      "l'organisation des Prix du SMSI ;",
      'la fonction de secrétariat permanent du Groupe UNGIS.',
    ]);
  });

  it('give the follow-up decided, linked to the resolutions to align', () => {
    const text = textOf('smsi-20/');
    expect(text).toContain('analyse des lacunes à soumettre au Conseil à sa session de 2026');
    const hrefs = selectAll('#suivi ~ ul a', page()).map((a) => String(a.properties.href));
    for (const slug of ['conseil-1332', 'conseil-1334', 'pp-140']) expect(hrefs).toContain(`/resolutions/${slug}/`);
    expect(hrefs).toContain('/rapport/7/#p7-4');
  });

  it('give the 2026 calls for action with their March 2026 deadline', () => {
    const calls = select('#appels-2026 ~ ul > li', page())!;
    expect(datetimes(calls)).toEqual(['2026-03']);
    expect(selectAll('ul > li', calls).map((li) => plain(toText(li)))).toHaveLength(4);
    expect(String(select('a.source', calls)!.properties.href)).toBe('/rapport/4/#p4-3');
  });
});

describe('glossary', () => {
  const page = () => parsePage('glossaire/');
  const entries = () =>
    selectAll('.glossary__entry', page()).map((entry) => ({
      sigle: toText(select('dt', entry)!),
      id: String(select('dt', entry)!.properties.id),
      text: plain(toText(select('dd', entry)!)),
      occurrences: selectAll('.glossary__occurrences a', entry).map((a) => String(a.properties.href)),
    }));

  /** Upper-case words of the source that are not acronyms. */
  const NOT_ACRONYMS = new Set([
    // The report's subtitle, in capitals.
    ...'RAPPORT SUR LES RÉSULTATS DES ET RÉUNIONS DU GROUPE DE TRAVAIL CONSEIL LE'.split(' '),
    // The signature's surname, in capitals.
    'LESUFI',
    // Part of UN document symbols (A/RES/80/173, E/RES/2025/18), which are cited, not abbreviated.
    'RES',
  ]);
  /** Abbreviations that are not upper-case tokens. */
  const ABBREVIATIONS = ['M.', 'Mme', 'S. E.', 'Rév.', 'Rép.'];

  it('covers every acronym of the report', () => {
    const tokens = new Set(
      [...source.matchAll(/[\p{L}\p{N}]+/gu)]
        .map((m) => m[0])
        .filter((w) => (w.match(/\p{Lu}/gu) ?? []).length >= 2 || /^\p{Lu}\p{N}+$/u.test(w)),
    );
    expect(tokens.size).toBeGreaterThan(15);
    const sigles = new Set(entries().map((e) => e.sigle));
    const missing = [...tokens].filter((token) => !sigles.has(token) && !NOT_ACRONYMS.has(token));
    expect(missing).toEqual([]);
    for (const abbreviation of ABBREVIATIONS) {
      expect(plain(source)).toContain(abbreviation);
      expect(sigles).toContain(abbreviation);
    }
  });

  it('lists only sigles the report uses, each with an expansion, a lower-case anchor and its occurrences', () => {
    for (const entry of entries()) {
      expect(plain(source), entry.sigle).toContain(entry.sigle);
      expect(entry.id).toMatch(/^[a-z0-9-]+$/);
      expect(entry.occurrences.length, entry.sigle).toBeGreaterThan(0);
      for (const href of entry.occurrences) expect(href).toMatch(/^\/rapport\/(\d+\/)?#p\d+-\d+$/);
    }
    const ungis = entries().find((e) => e.id === 'ungis')!;
    expect(ungis.text).toContain("Groupe des Nations Unies sur la société de l'information");
    expect(ungis.occurrences).toEqual(['/rapport/3/#p3-2', '/rapport/5/#p5-1', '/rapport/7/#p7-3']);
    expect(entries().find((e) => e.sigle === 'GTC-SMSI/ODD')?.id).toBe('gtc-smsi-odd');
  });

  it('marks whether the report gives the expansion, and where', () => {
    const byId = new Map(entries().map((e) => [e.id, e]));
    expect(byId.get('ungis')!.text).toContain('(développé dans le rapport, § 3.2)');
    expect(byId.get('cstd')!.text).toContain('(développé dans le rapport, § 4.2)');
    expect(byId.get('uit')!.text).toContain('(développement usuel, non donné par le rapport)');
    expect(byId.get('agnu')!.text).toContain('(développement usuel, non donné par le rapport)');
  });
});

describe('abbreviations in the report pages', () => {
  it('wrap the first occurrence of each acronym of a page, outside headings and links, with its expansion', () => {
    const glossary = new Map(
      selectAll('.glossary__entry', parsePage('glossaire/')).map((entry) => [
        plain(toText(select('dt', entry)!)),
        String(select('dt abbr', entry)!.properties.title),
      ]),
    );
    // Section 2 uses acronyms in its heading only.
    for (const path of READING_PAGES.filter((p) => p !== 'rapport/2/')) {
      const abbrs = selectAll('article abbr', parsePage(path));
      expect(abbrs.length, path).toBeGreaterThan(0);
      const seen = abbrs.map((abbr) => plain(toText(abbr)));
      expect(new Set(seen).size, path).toBe(seen.length);
      for (const abbr of abbrs) expect(abbr.properties.title).toBe(glossary.get(plain(toText(abbr))));
    }
    for (const path of READING_PAGES) {
      expect(selectAll('h1 abbr, h2 abbr, a abbr', parsePage(path)), path).toEqual([]);
    }
  });

  it('mark UNGIS where section 3 first uses it, and the no-break-hyphen spelling in section 1', () => {
    const three = select(
      '#p3-2 abbr[title="Groupe des Nations Unies sur la société de l’information"]',
      parsePage('rapport/3/'),
    );
    expect(three && toText(three)).toBe('UNGIS');
    const eight = selectAll('#p8-1 abbr', parsePage('rapport/8/')).map((abbr: Element) => plain(toText(abbr)));
    expect(eight).toContain('S. E.');
  });
});

describe('timeline', () => {
  const items = () => selectAll('ol.timeline > li', parsePage('chronologie/'));

  /** The last day an ISO date (day, month or year) may mean, as a comparable string. */
  const lastDay = (iso: string) => (iso.length === 10 ? iso : iso.length === 7 ? `${iso}-31` : `${iso}-12-31`);

  it('lists every dated event of the report, each with <time> and a source paragraph', () => {
    const starts = items().map((li) => datetimes(li)[0]);
    for (const iso of ['2024', '2025-04-07', '2025-07-07', '2025-09-09', '2025-12', '2026-01-15', '2026-03', '2026']) {
      expect(starts).toContain(iso);
    }
    expect(items().length).toBeGreaterThanOrEqual(13);
    for (const li of items()) expect(select('a.source', li)).toBeTruthy();
  });

  it('is in chronological order', () => {
    const ends = items().map((li) => lastDay(datetimes(li).at(-1)!));
    expect(ends).toEqual([...ends].sort());
  });

  it('says when the report gives only a month or a year', () => {
    for (const li of items()) {
      const iso = datetimes(li)[0]!;
      const text = plain(toText(li));
      if (iso.length === 7) expect(text).toContain('(jour non précisé)');
      if (iso.length === 4) expect(text).toContain('(mois et jour non précisés)');
      if (iso.length === 10) expect(text).not.toContain('non précisé');
    }
  });

  it('links the meetings to their pages', () => {
    const meeting = items().find((li) => toText(select('.timeline__label', li)!) === '44ème réunion du GTC-SMSI/ODD')!;
    expect(selectAll('a', meeting).map((a) => String(a.properties.href))).toEqual([
      '/reunions/44/',
      '/rapport/2/#p2-3',
    ]);
  });
});
