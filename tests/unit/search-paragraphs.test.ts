import { describe, expect, it } from 'vitest';
import { matchedParagraphs, matchedWords, paragraphAt, wordAt } from '../../src/lib/search-paragraphs';

/** The start of `/rapport/` as Pagefind records it: headings and paragraphs with ids, words counted between spaces. */
const content =
  'Rapport de la Présidente. Objet. Le présent rapport contient un résumé. ' +
  'Lien(s) pertinent(s) avec le plan stratégique. Plates-formes fédératrices, partenariats et coopération internationale. ' +
  'Incidences financières. Dans les limites du budget alloué pour 2025-2026. Références. Site web du GTC-SMSI/ODD ; l’ UIT.';
const words = content.split(' ');
const at = (word: string) => words.indexOf(word);
const anchors = [
  { element: 'h1', id: 'titre', location: 0 },
  { element: 'h2', id: 'objet', location: at('Objet.') },
  { element: 'p', id: 'p0-1', location: at('Le') },
  { element: 'h2', id: 'plan-strategique', location: at('Lien(s)') },
  { element: 'p', id: 'p0-3', location: at('Plates-formes') },
  { element: 'h2', id: 'incidences-financieres', location: at('Incidences') },
  { element: 'p', id: 'p0-4', location: at('Dans') },
  { element: 'h2', id: 'references', location: at('Références.') },
  { element: 'p', id: 'p0-5', location: at('Site') },
  { element: 'abbr', id: 'sigle', location: at('l’') },
];

describe('paragraphAt', () => {
  it('gives the paragraph that holds a word', () => {
    expect(paragraphAt(anchors, at('partenariats'))).toBe('p0-3');
    expect(paragraphAt(anchors, at('budget'))).toBe('p0-4');
    // An anchor inside a paragraph (an abbreviation with an id) does not take the word from it.
    expect(paragraphAt(anchors, at('UIT.'))).toBe('p0-5');
  });

  it('credits a word of a section heading to the paragraph after it, not the one before', () => {
    expect(paragraphAt(anchors, at('financières.'))).toBe('p0-4');
    expect(paragraphAt(anchors, at('Incidences'))).toBe('p0-4');
    expect(paragraphAt(anchors, at('stratégique.'))).toBe('p0-3');
  });

  it('gives nothing for the page title, before any anchor, or without anchors', () => {
    expect(paragraphAt(anchors, at('Présidente.'))).toBeUndefined();
    expect(paragraphAt([{ element: 'p', id: 'p1-1', location: 5 }], 2)).toBeUndefined();
    expect(paragraphAt([], 2)).toBeUndefined();
    // A heading followed by another heading: no paragraph of its own.
    const headings = [
      { element: 'h2', id: 'a', location: 0 },
      { element: 'h3', id: 'b', location: 3 },
      { element: 'p', id: 'p2-1', location: 5 },
    ];
    expect(paragraphAt(headings, 1)).toBeUndefined();
    expect(paragraphAt(headings, 4)).toBe('p2-1');
  });

  it('ignores ids that are not paragraph ids', () => {
    expect(paragraphAt([{ element: 'p', id: 'note', location: 0 }], 2)).toBeUndefined();
    expect(paragraphAt([{ element: 'li', id: 'p7-2a', location: 0 }], 2)).toBe('p7-2a');
  });
});

describe('wordAt', () => {
  it('reads the word at a position without its punctuation', () => {
    expect(wordAt(content, at('financières.'))).toBe('financières');
    expect(wordAt(content, at('Lien(s)'))).toBe('Lien(s');
    expect(wordAt(content, at('Plates-formes'))).toBe('Plates-formes');
    expect(wordAt(content, at(';'))).toBe('');
    expect(wordAt(content, 10_000)).toBe('');
  });
});

describe('matchedParagraphs', () => {
  it('chooses the paragraph of a stemmed match in a heading, with the word matched', () => {
    const fragment = { anchors, content, locations: [at('financières.')] };
    expect(matchedParagraphs(fragment)).toEqual([{ id: 'p0-4', score: 1, words: ['financières'] }]);
  });

  it('orders paragraphs by score, then reading order, and keeps at most three', () => {
    const locations = [
      { location: at('partenariats'), balanced_score: 2 },
      { location: at('rapport'), balanced_score: 1 },
      { location: at('budget'), balanced_score: 5 },
      { location: at('coopération'), balanced_score: 4 },
      { location: at('Site'), balanced_score: 1 },
    ];
    const chosen = matchedParagraphs({ anchors, content, locations });
    expect(chosen.map((p) => p.id)).toEqual(['p0-3', 'p0-4', 'p0-1']);
    expect(chosen[0]).toEqual({ id: 'p0-3', score: 6, words: ['partenariats', 'coopération'] });
    expect(matchedParagraphs({ anchors, content, locations }, 1).map((p) => p.id)).toEqual(['p0-3']);
  });

  it('finds no paragraph when the words are only in the page title', () => {
    expect(matchedParagraphs({ anchors, content, locations: [at('Présidente.')] })).toEqual([]);
    expect(matchedParagraphs({ anchors: [], content, locations: [] })).toEqual([]);
  });
});

describe('matchedWords', () => {
  it('lists the words matched once each, in reading order, at most twelve', () => {
    expect(matchedWords(content, [at('financières.'), at('rapport'), at('Rapport')])).toEqual([
      'Rapport',
      'financières',
    ]);
    const many = words.map((_, i) => i);
    expect(matchedWords(content, many)).toHaveLength(12);
  });
});

describe('stop words', () => {
  it('leave the choice of paragraph to the words that mean something, unless nothing else matched', () => {
    const de = [at('de'), at('du')];
    expect(matchedParagraphs({ anchors, content, locations: [...de, at('budget')] }).map((p) => p.id)).toEqual([
      'p0-4',
    ]);
    expect(matchedParagraphs({ anchors, content, locations: [at('le'), at('les')] }).map((p) => p.id)).toEqual([
      'p0-3',
      'p0-4',
    ]);
  });
});
