import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  exactMatches,
  excerptParts,
  identifierCandidates,
  identifierKeys,
  cleanQuery,
  fullTextQuery,
  leadingHits,
  normalizeQuery,
  paragraphOfMatch,
  searchableHtml,
  type IdentifierMap,
} from '../../src/lib/search';
import { RESOLUTIONS } from '../fixtures/unit/resolutions';

/** The identifier map as the build makes it, from a small resolutions collection. */
function fixtureMap(): IdentifierMap {
  const map: IdentifierMap = { textes: {}, cles: {} };
  for (const [slug, data] of Object.entries(RESOLUTIONS)) {
    map.textes[slug] = {
      titre: slug,
      citation: slug,
      url: `/resolutions/${slug}/`,
      organe: data.organe,
      type: data.type,
    };
    for (const key of identifierKeys(data)) (map.cles[key] ??= []).push(slug);
  }
  return map;
}

describe('normalizeQuery', () => {
  it('folds case, accents, no-break characters and spaces around separators', () => {
    expect(normalizeQuery('  Rés.\u00a0140 ')).toBe('res. 140');
    expect(normalizeQuery('A / RES / 80 / 173')).toBe('a/res/80/173');
    expect(normalizeQuery('UIT - R 61\u20113')).toBe('uit-r 61-3');
  });
});

describe('identifierCandidates', () => {
  it.each([
    ['140', ['140']],
    ['Résolution 140', ['140']],
    ['rés. 140', ['140']],
    ['Res 1332', ['1332']],
    ['A/RES/80/173', ['a/res/80/173']],
    ['80/173', ['80/173']],
    ['UIT-R 61-3', ['61-3']],
    ['E/RES/2025/18', ['e/res/2025/18']],
    ['140 1332', ['140', '1332']],
    ['intelligence artificielle', []],
  ])('%s → %j', (query, expected) => {
    expect(identifierCandidates(query)).toEqual(expected);
  });
});

describe('exactMatches', () => {
  const map = fixtureMap();
  it.each([
    ['140', ['pp-140']],
    ['Résolution 140', ['pp-140']],
    ['rés. 140', ['pp-140']],
    ['Res 1332', ['conseil-1332']],
    ['1334', ['conseil-1334']],
    ['A/RES/80/173', ['a-res-80-173']],
    ['a/res/80/173', ['a-res-80-173']],
    ['80/173', ['a-res-80-173']],
    ['A/RES/70/1', ['a-res-70-1']],
    ['70/1', ['a-res-70-1']],
    ['E/RES/2025/18', ['e-res-2025-18']],
    ['UIT-R 61-3', ['uit-r-61']],
    ['61-3', ['uit-r-61']],
    ['A/70/684', ['a-70-684']],
    ['71', ['pp-71']],
    ['140 1332', ['pp-140', 'conseil-1332']],
    ['RÉSOLUTION  214', ['pp-214']],
    ['14', []],
    ['2030', []],
  ])('%s → %j', (query, expected) => {
    expect(exactMatches(query, map)).toEqual(expected);
  });
});

describe('excerptParts', () => {
  it('splits marked words out and decodes entities, keeping markup from the index as text', () => {
    expect(excerptParts('la <mark>Résolution</mark> 140 &amp; &lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      { text: 'la ', marked: false },
      { text: 'Résolution', marked: true },
      { text: ' 140 & <script>alert(1)</script>', marked: false },
    ]);
  });

  it('decodes numeric and named references, names in their case', () => {
    expect(excerptParts('&#8239;&#x2011;&quot;&nbsp;&eacute;&#39;&hellip;')).toEqual([
      { text: '\u202f\u2011"\u00a0é\'…', marked: false },
    ]);
    expect(decodeEntities('&Eacute;&eacute;&AMP;&lt;')).toBe('Éé&<');
  });

  it('keeps text that is not a reference, and never throws on an impossible code point', () => {
    expect(excerptParts('A &nope; &amp &#99999999; &#0; &#xD800;')).toEqual([
      { text: 'A &nope; &amp \ufffd \ufffd \ufffd', marked: false },
    ]);
  });
});

describe('paragraphOfMatch', () => {
  const anchors = [
    { element: 'h1', id: 's7', location: 0 },
    { element: 'p', id: 'p7-1', location: 12 },
    { element: 'p', id: 'p7-2', location: 80 },
    { element: 'a', id: 'x', location: 90 },
  ];
  it('finds the paragraph that holds the first match', () => {
    expect(paragraphOfMatch(anchors, [95, 85])).toBe('p7-2');
    expect(paragraphOfMatch(anchors, [20])).toBe('p7-1');
  });
  it('returns nothing for a match in the heading, or no match', () => {
    expect(paragraphOfMatch(anchors, [3])).toBeUndefined();
    expect(paragraphOfMatch(anchors, [])).toBeUndefined();
  });
});

describe('searchableHtml', () => {
  it('makes no-break hyphens and spaces plain for the indexer', () => {
    expect(searchableHtml('<p>GTC\u2011SMSI 7\u201111\u00a0avril 2025&#8239;; x&nbsp;y</p>')).toBe(
      '<p>GTC-SMSI 7-11 avril 2025 ; x y</p>',
    );
  });
});

describe('symbols written partly', () => {
  it.each(['RES/73/218', 'res 73/218', 'A RES 73 218', 'a.res.73.218', 'A/RES/73/218', 'Résolution RES/73/218'])(
    '%s finds A/RES/73/218',
    (query) => {
      expect(exactMatches(query, fixtureMap())).toEqual(['a-res-73-218']);
    },
  );

  it.each([
    ['Rés.140', 'pp-140'],
    ['rés.1332', 'conseil-1332'],
    ['res140', 'pp-140'],
    ['résolution140', 'pp-140'],
    ['Résolution 140.', 'pp-140'],
    ['140 ?', 'pp-140'],
    ['A/RES/80/173.', 'a-res-80-173'],
  ])('reads %s as a hurried reader types it', (query, slug) => {
    expect(exactMatches(query, fixtureMap())).toEqual([slug]);
  });

  it('never reads a paragraph reference as a number', () => {
    expect(identifierCandidates('§ 7.3')).toEqual([]);
    expect(identifierCandidates('7.3')).toEqual([]);
    expect(identifierCandidates('paragraphe 7.3')).toEqual([]);
    expect(exactMatches('7.3', fixtureMap())).toEqual([]);
  });
});

describe('cleanQuery and fullTextQuery', () => {
  it('makes any input safe and short', () => {
    expect(cleanQuery('x'.repeat(10_000))).toHaveLength(200);
    expect(cleanQuery('\u202eGen\u200fève\u200b ')).toBe('Genève');
    expect(cleanQuery('a\ud800b\udc00c')).toBe('abc');
    expect(cleanQuery('\ud83d\ude00 ok')).toBe('\ud83d\ude00 ok');
    expect(cleanQuery('  deux   mots\n')).toBe('deux mots');
  });

  it('splits elisions as the index does, and gives nothing for punctuation alone', () => {
    expect(fullTextQuery("l'intelligence")).toBe("l' intelligence");
    expect(fullTextQuery('économie\u00a0numérique')).toBe('économie numérique');
    expect(fullTextQuery('?!…;«»')).toBe('');
    expect(fullTextQuery('')).toBe('');
  });
});

describe('leadingHits', () => {
  /** A small map: two texts (one cited twice) and two reports, the newest first. */
  const map: IdentifierMap = {
    textes: {
      'pp-140': {
        titre: 'Résolution 140',
        citation: 'Résolution 140 (Rév. Bucarest, 2022)',
        url: '/resolutions/pp-140/',
        organe: 'PP',
        type: 'Résolution',
        passages: [
          { rapport: 'rapport-ancien', label: '1.1', url: '/rapport-ancien/1/#p1-1', section: '1. Intro', parts: [] },
          {
            rapport: 'rapport',
            label: '7.4',
            url: '/rapport/7/#p7-4',
            section: '7. Travaux',
            parts: [{ text: 'Résolution 140', marked: true }],
          },
        ],
      },
      'conseil-1332': {
        titre: 'Résolution 1332',
        citation: 'Résolution 1332',
        url: '/resolutions/conseil-1332/',
        organe: 'Conseil',
        type: 'Résolution',
        passages: [],
      },
      'pp-7': {
        titre: 'Résolution 7',
        citation: 'Résolution 7',
        url: '/resolutions/pp-7/',
        organe: 'PP',
        type: 'Résolution',
      },
    },
    cles: { '140': ['pp-140'], '1332': ['conseil-1332'], '7': ['pp-7'] },
    sigles: {
      genai: {
        titre: 'GenAI — intelligence artificielle générative',
        url: '/glossaire/#genai',
        passages: [{ rapport: 'rapport', label: '6.2', url: '/rapport/6/#p6-2', section: '6. IA', parts: [] }],
      },
      'gtc-smsi/odd': { titre: 'GTC-SMSI/ODD', url: '/glossaire/#gtc-smsi-odd', passages: [] },
    },
    rapports: [
      {
        chemin: 'rapport',
        titre: 'Rapport 43–44',
        paragraphes: {
          '7': { url: '/rapport/7/', section: '7. Travaux', debut: '' },
          '8': { url: '/rapport/8/', section: '8. Consultation', debut: '' },
          '7.3': { url: '/rapport/7/#p7-3', section: '7. Travaux', debut: 'Le document final…' },
          '0.5': { url: '/rapport/#p0-5', section: 'Préambule', debut: 'Site web…' },
        },
      },
      {
        chemin: 'rapport-ancien',
        titre: 'Rapport 41–42',
        paragraphes: { '7.3': { url: '/rapport-ancien/7/#p7-3', section: '7. Autre', debut: 'Autre texte' } },
      },
    ],
  };
  const urls = (query: string, current?: string) => leadingHits(query, map, current).hits.map((hit) => hit.url);

  it('answers a number with its text, then every passage that cites it, newest report first', () => {
    expect(urls('140')).toEqual(['/resolutions/pp-140/', '/rapport/7/#p7-4', '/rapport-ancien/1/#p1-1']);
    expect(leadingHits('140', map).rest).toBe('140');
  });

  it('names the report of each passage when there are several', () => {
    expect(leadingHits('140', map).hits.map((hit) => hit.titre)).toEqual([
      'Résolution 140',
      '§\u202f7.4 — 7. Travaux (Rapport 43–44)',
      '§\u202f1.1 — 1. Intro (Rapport 41–42)',
    ]);
  });

  it('answers two numbers with both texts, each with its passages', () => {
    expect(urls('140 1332')).toEqual([
      '/resolutions/pp-140/',
      '/rapport/7/#p7-4',
      '/rapport-ancien/1/#p1-1',
      '/resolutions/conseil-1332/',
    ]);
  });

  it('opens a referenced paragraph in the current report first, then the same paragraph elsewhere', () => {
    for (const query of ['§ 7.3', '§7.3', '7.3', 'paragraphe 7.3']) {
      expect(urls(query)).toEqual(['/rapport/7/#p7-3', '/rapport-ancien/7/#p7-3']);
      expect(leadingHits(query, map).rest).toBe('');
    }
    expect(urls('§ 7.3', 'rapport-ancien')).toEqual(['/rapport-ancien/7/#p7-3', '/rapport/7/#p7-3']);
    expect(urls('0.5')).toEqual(['/rapport/#p0-5']);
  });

  it('opens a section by § or by the word, and by a bare number only when no text has it', () => {
    expect(urls('section 7')).toEqual(['/rapport/7/']);
    expect(urls('§ 7')).toEqual(['/rapport/7/']);
    expect(urls('7')).toEqual(['/resolutions/pp-7/']);
    expect(urls('8')).toEqual(['/rapport/8/']);
  });

  it('answers an acronym typed alone with its glossary entry and the few passages that use it', () => {
    expect(urls('GenAI')).toEqual(['/glossaire/#genai', '/rapport/6/#p6-2']);
    expect(urls('genai')).toEqual(['/glossaire/#genai', '/rapport/6/#p6-2']);
    expect(urls('GTC\u2011SMSI/ODD')).toEqual(['/glossaire/#gtc-smsi-odd']);
    expect(urls('GenAI pour le bien social')).toEqual([]);
  });

  it('says which reference does not exist', () => {
    const answer = leadingHits('§ 9.9', map);
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toEqual(['9.9']);
  });

  it('answers nothing, calmly, for words, punctuation, stop words or hostile input', () => {
    for (const query of [
      'Genève',
      '!!!',
      'de la',
      '<img src=x onerror=alert(1)>',
      'x'.repeat(10_000),
      '\u202e\ud800',
    ]) {
      expect(leadingHits(query, map).hits).toEqual([]);
    }
  });
});

describe('excerpt marks', () => {
  it('leaves stop words unmarked and rejoins elisions', () => {
    expect(
      excerptParts('gouvernance <mark>de</mark> l’ <mark>IA.</mark> et <mark>des</mark> <mark>Nations</mark>'),
    ).toEqual([
      { text: 'gouvernance ', marked: false },
      { text: 'de', marked: false },
      { text: ' l’', marked: false },
      { text: 'IA.', marked: true },
      { text: ' et ', marked: false },
      { text: 'des', marked: false },
      { text: ' ', marked: false },
      { text: 'Nations', marked: true },
    ]);
  });
});
