import { describe, expect, it } from 'vitest';
import { parseReferences, referenceLabel } from '../../src/lib/paragraph-references';

const refs = (query: string) =>
  parseReferences(query).references.map(({ section, paragraph, explicit }) => ({ section, paragraph, explicit }));

describe('parseReferences', () => {
  it.each([
    ['§ 7.3', 7, '3', true],
    ['§7.3', 7, '3', true],
    ['§\u00a07.3', 7, '3', true],
    ['§\u202f7.3', 7, '3', true],
    ['paragraphe 7.3', 7, '3', true],
    ['Paragraphe 7.3', 7, '3', true],
    ['para. 7.3', 7, '3', true],
    ['§ 7,3', 7, '3', true],
    ['7.3', 7, '3', false],
    ['0.5', 0, '5', false],
    ['§ 7.2a', 7, '2a', true],
    ['7.2a', 7, '2a', false],
    ['p7-3', 7, '3', true],
  ])('%s → section %i, paragraph %s', (query, section, paragraph, explicit) => {
    expect(refs(query)).toEqual([{ section, paragraph, explicit }]);
    expect(parseReferences(query).rest).toBe('');
  });

  it.each([
    ['section 7', 7],
    ['Section 7', 7],
    ['§ 7', 7],
    ['§7', 7],
  ])('%s → the whole section %i', (query, section) => {
    expect(refs(query)).toEqual([{ section, paragraph: undefined, explicit: true }]);
  });

  it.each(['140', 'A/RES/73/218', '73/218', '2005-2014', 'UIT-R 61-3', 'Rés. 1332', '7-11 avril', 'GenAI', '2025.'])(
    'finds no reference in %s',
    (query) => {
      expect(refs(query)).toEqual([]);
      expect(parseReferences(query).rest).toBe(query);
    },
  );

  it('keeps the rest of the query for full-text search', () => {
    expect(parseReferences('§ 7.3 mandat').rest).toBe('mandat');
    expect(refs('§ 7.3 et § 8.1')).toEqual([
      { section: 7, paragraph: '3', explicit: true },
      { section: 8, paragraph: '1', explicit: true },
    ]);
  });

  it('labels references as the site shows them', () => {
    expect(referenceLabel({ section: 7, paragraph: '3' })).toBe('7.3');
    expect(referenceLabel({ section: 7, paragraph: '2a' })).toBe('7.2a');
    expect(referenceLabel({ section: 7 })).toBe('7');
  });
});
