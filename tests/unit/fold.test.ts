import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/ids';
import { foldWord } from '../../src/lib/french-words';
import { normalizeQuery, sigleKey } from '../../src/lib/search';

/**
 * What each caller of an accent-and-case fold gives today, pinned before the folds become one
 * (`src/lib/fold.ts`). `slugify` makes public ids: its answers must not move.
 */
describe('slugify (public ids)', () => {
  it.each([
    ['Suivi des résultats', 'suivi-des-resultats'],
    ['Incidences financières', 'incidences-financieres'],
    ['Cœur de l’ŒUVRE', 'coeur-de-l-oeuvre'],
    ['æther', 'aether'],
    ['naïve Ça Été', 'naive-ca-ete'],
    ['GTC\u2011SMSI/ODD', 'gtc-smsi-odd'],
    ['7\u00a0avril 2025', '7-avril-2025'],
    ['İstanbul', 'istanbul'],
    ['a\u20d7b', 'a-b'],
    ['ﬁn', 'n'],
    ['Straße', 'stra-e'],
    ['Σ', ''],
    ['Æ', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('foldWord (highlighting, stop words)', () => {
  it.each([
    ['Évaluée', 'evaluee'],
    ['Cœur', 'coeur'],
    ['ŒUVRE', 'oeuvre'],
    ['æther', 'aether'],
    ['Æ', 'ae'],
    ['ÇA', 'ca'],
    ['ﬁn', 'ﬁn'],
    ['Straße', 'straße'],
  ])('%j → %j', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});

describe('normalizeQuery and sigleKey (identifier keys, written at build time and read in the browser)', () => {
  it.each([
    ['  Rés.\u00a0140 ', 'res. 140'],
    ['RÉSOLUTION 214', 'resolution 214'],
    ['A / RES / 80 / 173', 'a/res/80/173'],
    ['UIT - R 61\u20113', 'uit-r 61-3'],
    ['Évaluée', 'evaluee'],
  ])('%j → %j', (query, normalized) => {
    expect(normalizeQuery(query)).toBe(normalized);
  });

  it('folds acronyms without their spaces', () => {
    expect(sigleKey('GenAI')).toBe('genai');
    expect(sigleKey('GTC\u2011SMSI / ODD')).toBe('gtc-smsi/odd');
  });

  it('keeps «œ» and «æ» as they are (today)', () => {
    expect(normalizeQuery('Cœur æther')).toBe('cœur æther');
  });
});
