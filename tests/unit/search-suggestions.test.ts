import { describe, expect, it } from 'vitest';
import { suggestQuery, suggestWord, vocabularyOf } from '../../src/lib/search-suggestions';

describe('vocabularyOf', () => {
  it('folds case and accents into one entry, written as the text writes it, lower case when it can', () => {
    expect(vocabularyOf(['Télécommunications et télécommunications ; TÉLÉCOMMUNICATIONS'])).toEqual([
      'télécommunications',
    ]);
    expect(vocabularyOf(['Genève, Genève et GENEVE'])).toEqual(['Genève']);
  });

  it('splits elisions, hyphens and symbols, and keeps no number nor word with a digit', () => {
    expect(vocabularyOf(['l’intelligence d’ensemble, plate-forme SMSI+20 2025 A/RES/70/1 5G 7-11'])).toEqual([
      'ensemble',
      'forme',
      'intelligence',
      'plate',
      'SMSI',
    ]);
  });

  it('leaves out words too short to correct, and puts the frequent words first', () => {
    expect(vocabularyOf(['les Nations de l’ONU', 'Nations Unies', 'Unies Nations'])).toEqual(['Nations', 'Unies']);
  });
});

describe('suggestWord', () => {
  const vocabulary = vocabularyOf([
    'gouvernance gouvernance télécommunications intelligence intelligente Internet financières Genève',
  ]);

  it('offers the closest word of the site for a word it does not contain', () => {
    expect(suggestWord('télécomunications', vocabulary)).toBe('télécommunications');
    expect(suggestWord('intelligance', vocabulary)).toBe('intelligence');
    expect(suggestWord('gouvernence', vocabulary)).toBe('gouvernance');
    expect(suggestWord('GOUVERNENCE', vocabulary)).toBe('gouvernance');
    expect(suggestWord('geneve', vocabulary)).toBeUndefined();
  });

  it('offers nothing for a word the site has, in another form, or begun', () => {
    for (const word of ['gouvernance', 'Gouvernances', 'financière', 'telecommunications', 'intell']) {
      expect(suggestWord(word, vocabulary), word).toBeUndefined();
    }
  });

  it('offers nothing for numbers, symbols, short words, or a word too far from any', () => {
    for (const word of ['140', '§', 'A/RES', 'gouv3rnance', 'dnas', 'xylophone', '<b>', '__proto__']) {
      expect(suggestWord(word, vocabulary), word).toBeUndefined();
    }
  });
});

describe('suggestQuery', () => {
  const vocabulary = vocabularyOf(['gouvernance de l’Internet et télécommunications']);

  it('replaces the unknown words only, keeping the rest as typed', () => {
    expect(suggestQuery('gouvernence de l’Internet', vocabulary)).toBe('gouvernance de l’Internet');
    expect(suggestQuery('  télécomunications  140 ', vocabulary)).toBe('télécommunications 140');
  });

  it('suggests nothing when every word is known, or for numbers, punctuation and stop words', () => {
    for (const query of ['gouvernance', '140', '§ 9.9', '?!;:…«»()[]', 'de la les des', '', '.*(?:[a-z]+)+$']) {
      expect(suggestQuery(query, vocabulary), query).toBeUndefined();
    }
  });

  it('reads a very long query only up to its 200th character', () => {
    expect(suggestQuery(`${'Genève '.repeat(1500)}gouvernence`, vocabulary)).toBeUndefined();
  });
});
