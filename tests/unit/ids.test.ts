import { describe, expect, it } from 'vitest';
import {
  compareParagraphIds,
  headingId,
  PARAGRAPH_ID,
  paragraphId,
  paragraphLabel,
  parseParagraphId,
  sectionId,
  slugify,
} from '../../src/lib/ids';

describe('ids', () => {
  it('names sections and paragraphs', () => {
    expect(sectionId(7)).toBe('s7');
    expect(paragraphId(7, 4)).toBe('p7-4');
    expect(paragraphId(0, 1)).toBe('p0-1');
  });

  it('reads paragraph ids back', () => {
    expect(parseParagraphId('p7-4')).toEqual({ section: 7, index: 4, letters: '' });
    expect(parseParagraphId('s7')).toBeUndefined();
    expect(parseParagraphId('p7-')).toBeUndefined();
    expect(parseParagraphId('p7-2A')).toBeUndefined();
    expect(paragraphLabel('p7-4')).toBe('7.4');
  });

  it('reads and labels the lettered ids of inserted paragraphs, in reading order', () => {
    expect(PARAGRAPH_ID.test('p7-2a')).toBe(true);
    expect(parseParagraphId('p7-0a')).toEqual({ section: 7, index: 0, letters: 'a' });
    expect(paragraphLabel('p7-2a')).toBe('7.2a');
    expect(paragraphLabel('p7-0a')).toBe('7.0a');
    const ids = ['p8-1', 'p7-2b', 'p7-10', 'p7-2', 'p7-2aa', 'p7-0a', 'p7-2a', 'p7-1'];
    expect(ids.sort(compareParagraphIds)).toEqual([
      'p7-0a',
      'p7-1',
      'p7-2',
      'p7-2a',
      'p7-2aa',
      'p7-2b',
      'p7-10',
      'p8-1',
    ]);
  });

  it.each([
    ['Suite à donner par le Conseil', 'suite-a-donner-par-le-conseil'],
    ['Incidences financières', 'incidences-financieres'],
    ['GTC\u2011SMSI/ODD', 'gtc-smsi-odd'],
    ['Résolution\u00a0UIT-R\u00a061-3', 'resolution-uit-r-61-3'],
    ['mise en œuvre', 'mise-en-oeuvre'],
    ['  (2005\u20112014) ', '2005-2014'],
  ])('slugifies %j as %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slug).toMatch(/^[a-z0-9-]*$/);
  });
});

describe('heading ids', () => {
  it('take the `ancres` entry of their text, else s{section}-{slug}; a preamble heading needs an entry', () => {
    expect(headingId('Objet', 0, { Objet: 'objet' })).toBe('objet');
    expect(headingId('Prix du SMSI', 7, { 'Prix du SMSI': 'prix' })).toBe('prix');
    expect(headingId('Le GTC\u2011SMSI\u00a0et vous', 7, {})).toBe('s7-le-gtc-smsi-et-vous');
    expect(headingId('Incidences financières', 0, { Objet: 'objet' })).toBeUndefined();
  });

  it('read only the entries of the map, not what every object inherits', () => {
    expect(headingId('constructor', 0, {})).toBeUndefined();
    expect(headingId('toString', 3, {})).toBe('s3-tostring');
  });
});
