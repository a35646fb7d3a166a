import { describe, expect, it } from 'vitest';
import { cleanQuery, fullTextQuery, identifierCandidates, normalizeQuery } from '../../src/lib/search-query';

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

describe('cleanQuery and fullTextQuery', () => {
  it('makes any input safe and short', () => {
    expect(cleanQuery('x'.repeat(10_000))).toHaveLength(200);
    expect(cleanQuery('\u202eGen\u200fève\u200b ')).toBe('Genève');
    expect(cleanQuery('a\ud800b\udc00c')).toBe('abc');
    expect(cleanQuery('a\ufffdb\u061c\u2066c\u2069')).toBe('abc');
    expect(cleanQuery('\ud83d\ude00 ok')).toBe('\ud83d\ude00 ok');
    expect(cleanQuery('  deux   mots\n')).toBe('deux mots');
  });

  it('splits elisions as the index does, and gives nothing for punctuation alone', () => {
    expect(fullTextQuery("l'intelligence")).toBe('intelligence');
    expect(fullTextQuery("de l'IA")).toBe('IA');
    expect(fullTextQuery('économie\u00a0numérique')).toBe('économie numérique');
    expect(fullTextQuery('?!…;«»')).toBe('');
    expect(fullTextQuery('')).toBe('');
  });

  it('leaves out stop words when other words remain, and keeps a query of stop words whole', () => {
    expect(fullTextQuery('gouvernance de l’internet')).toBe('gouvernance internet');
    expect(fullTextQuery('Organisation des Nations Unies')).toBe('Organisation Nations Unies');
    expect(fullTextQuery('de la')).toBe('de la');
    expect(fullTextQuery('gouvernance d')).toBe('gouvernance');
    expect(fullTextQuery('7-11 avril')).toBe('7-11 avril');
  });
});
