import { describe, expect, it } from 'vitest';
import {
  MAX_HIGHLIGHT_TERMS,
  endsWithElision,
  highlightTerms,
  isStopWord,
  joinElisions,
  matchesTerm,
  matchingRanges,
  splitElisions,
  wordsOf,
} from '../../src/lib/french-words';
import { indexableHtml } from '../../src/lib/search-index-html';

describe('splitElisions', () => {
  it.each([
    ['l’intelligence artificielle', 'l’ intelligence artificielle'],
    ["l'intelligence", "l' intelligence"],
    ['auprès de l’Organisation des Nations Unies', 'auprès de l’ Organisation des Nations Unies'],
    ['l’économie numérique', 'l’ économie numérique'],
    ['gouvernance de l’IA', 'gouvernance de l’ IA'],
    ['L’UIT a contribué', 'L’ UIT a contribué'],
    ['d’information', 'd’ information'],
    ['qu’il', 'qu’ il'],
    ['n’est', 'n’ est'],
    ['s’est félicité', 's’ est félicité'],
    ['j’ai', 'j’ ai'],
    ['m’a', 'm’ a'],
    ['t’es', 't’ es'],
    ['c’est', 'c’ est'],
    ['jusqu’à', 'jusqu’ à'],
    ['lorsqu’elle', 'lorsqu’ elle'],
    ['puisqu’il', 'puisqu’ il'],
    ['l’horizon 2030', 'l’ horizon 2030'],
    ['QU’ELLE', 'QU’ ELLE'],
  ])('%s → %s', (input, expected) => {
    expect(splitElisions(input)).toBe(expected);
  });

  it.each([
    'aujourd’hui',
    'prud’hommes',
    'N’Djamena',
    "aujourd'hui",
    'presqu’île',
    'l’',
    '’intelligence',
    'GTC-SMSI/ODD',
  ])('leaves %s whole', (word) => {
    expect(splitElisions(word)).toBe(word);
  });

  it('is undone by joinElisions, also around a mark', () => {
    const text = 'la gouvernance de l’intelligence artificielle et l’IA, aujourd’hui';
    expect(joinElisions(splitElisions(text))).toBe(text);
    expect(joinElisions('de l’ <mark>IA</mark> et d’ <mark>intelligence</mark>')).toBe(
      'de l’<mark>IA</mark> et d’<mark>intelligence</mark>',
    );
  });

  it('knows a text that ends with an elided word', () => {
    expect(endsWithElision('L’')).toBe(true);
    expect(endsWithElision('au sein de l’')).toBe(true);
    expect(endsWithElision('aujourd’')).toBe(false);
    expect(endsWithElision('le')).toBe(false);
  });
});

describe('indexableHtml', () => {
  it('splits elisions in text, also before an inline element, and leaves attributes alone', () => {
    const html = indexableHtml(
      '<p title="l’information">L’<abbr title="Union">UIT</abbr> et l’intelligence,\u00a0GTC\u2011SMSI</p>',
    );
    expect(html).toContain('L’ <abbr title="Union">UIT</abbr> et l’ intelligence, GTC-SMSI');
    expect(html).toContain('title="l’information"');
  });
});

describe('wordsOf', () => {
  it('cuts words at apostrophes, hyphens, slashes, plus signs and spaces, with offsets', () => {
    expect(wordsOf('l’IA, plate-forme SMSI+20 A/RES/80/173').map((w) => w.word)).toEqual([
      'l',
      'IA',
      'plate',
      'forme',
      'SMSI',
      '20',
      'A',
      'RES',
      '80',
      '173',
    ]);
    const text = 'de l’IA';
    for (const { word, start, end } of wordsOf(text)) expect(text.slice(start, end)).toBe(word);
  });
});

describe('stop words and highlight terms', () => {
  it('knows French stop words, whatever their case or accent', () => {
    for (const word of ['de', 'La', 'les', 'DES', 'du', 'l', 'd', 'et', 'en', 'à', 'au'])
      expect(isStopWord(word)).toBe(true);
    for (const word of ['IA', 'gouvernance', 'Genève', 'UIT']) expect(isStopWord(word)).toBe(false);
  });

  it('leaves stop words out of the terms, unless the query has nothing else', () => {
    expect(highlightTerms(['gouvernance de l’IA'])).toEqual(['gouvernance', 'ia']);
    expect(highlightTerms(['gouvernance', 'de', "l'IA"])).toEqual(['gouvernance', 'ia']);
    expect(highlightTerms(['de la'])).toEqual(['de', 'la']);
    expect(highlightTerms(['Genève Genève GENÈVE'])).toEqual(['geneve']);
  });

  it('caps the number of terms, however many the address carries', () => {
    const many = Array.from({ length: 500 }, (_, i) => `mot${i}`);
    expect(highlightTerms(many)).toHaveLength(MAX_HIGHLIGHT_TERMS);
    expect(highlightTerms(['x'.repeat(100_000)])[0]!.length).toBeLessThanOrEqual(200);
    expect(highlightTerms(['!!!', '<script>', ''])).toEqual(['script']);
  });
});

describe('matching whole words', () => {
  it('matches accents, case, plurals and feminines, and prefixes of four letters or more', () => {
    expect(matchesTerm('Résolutions', 'resolution')).toBe(true);
    expect(matchesTerm('générale', 'general')).toBe(true);
    expect(matchesTerm('IA', 'ia')).toBe(true);
    expect(matchesTerm('intelligence', 'intell')).toBe(true);
  });

  it('never matches inside a word', () => {
    expect(matchesTerm('Coprésidents', 'de')).toBe(false);
    expect(matchesTerm('idéalement', 'de')).toBe(false);
    expect(matchesTerm('MAIS', 'ia')).toBe(false);
    expect(matchesTerm('initiatives', 'ia')).toBe(false);
  });

  it('finds the ranges of matching words, elided articles apart', () => {
    const text = 'Coprésidents du Dialogue sur la gouvernance de l’IA, idéalement';
    const ranges = matchingRanges(text, highlightTerms(['gouvernance de l’IA']));
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['gouvernance', 'IA']);
    expect(matchingRanges(text, [])).toEqual([]);
  });
});
