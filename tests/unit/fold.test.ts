import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/ids';
import { foldText } from '../../src/lib/fold';
import { isStopWord, matchesTerm } from '../../src/lib/french-words';
import { sigleKey } from '../../src/lib/search-map';
import { normalizeQuery } from '../../src/lib/search-query';

/**
 * What each caller of the accent-and-case fold gives, pinned before the four folds became one
 * (`src/lib/fold.ts`). `slugify` makes public ids: its answers must not move. Two answers moved
 * on purpose, for text the content does not hold: `Æ` is `ae` for slugify (it gave an empty
 * slug), and queries fold «œ» and «æ» like the highlighter (identifier and acronym keys are
 * written and read by the same function).
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
    ['Æ', 'ae'],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('foldText (highlighting, stop words)', () => {
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
    expect(foldText(word)).toBe(folded);
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

  it('spells out «œ» and «æ», as the highlighter does', () => {
    expect(normalizeQuery('Cœur æther')).toBe('coeur aether');
  });
});

describe('callers of the fold', () => {
  it('compare stop words and highlighted words folded', () => {
    expect(isStopWord('À')).toBe(true);
    expect(isStopWord('Été')).toBe(false);
    expect(isStopWord('DES')).toBe(true);
    expect(matchesTerm('ŒUVRE', 'oeuvre')).toBe(true);
    expect(matchesTerm('Résolutions', 'resolution')).toBe(true);
  });
});
