import { describe, expect, it } from 'vitest';
import { exactMatches, identifierKeys, lookup, type IdentifierMap } from '../../src/lib/search-map';
import { identifierCandidates } from '../../src/lib/search-query';
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

describe('lookup', () => {
  it('reads own entries only', () => {
    expect(lookup({ a: 1 }, 'a')).toBe(1);
    expect(lookup({}, 'constructor')).toBeUndefined();
    expect(lookup({}, '__proto__')).toBeUndefined();
    expect(lookup(undefined, 'a')).toBeUndefined();
    expect(lookup(JSON.parse('{"__proto__": 2}'), '__proto__')).toBe(2);
  });
});
