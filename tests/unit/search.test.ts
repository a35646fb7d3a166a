import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ResolutionData } from '../../src/lib/resolutions';
import {
  decodeEntities,
  exactMatches,
  excerptParts,
  identifierCandidates,
  identifierKeys,
  normalizeQuery,
  paragraphOfMatch,
  searchableHtml,
  type IdentifierMap,
} from '../../src/lib/search';

/** The identifier map as the build makes it, from the real resolutions collection. */
function realMap(): IdentifierMap {
  const map: IdentifierMap = { textes: {}, cles: {} };
  for (const file of readdirSync('content/resolutions')) {
    const slug = file.replace(/\.mdx$/, '');
    const data = parse(
      /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/resolutions/${file}`, 'utf8'))![1]!,
    ) as ResolutionData;
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

describe('exactMatches against the real collection', () => {
  const map = realMap();
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

  it('decodes numeric references', () => {
    expect(decodeEntities('&#8239;&#x2011;&quot;')).toBe('\u202f\u2011"');
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
