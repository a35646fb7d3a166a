import { describe, expect, it } from 'vitest';
import { checkGlossaries, compareSigles, glossarySlug, plainSigle, termFinder } from '../../src/lib/glossary';

const SIGLES = ['GTC', 'GTC-SMSI/ODD', 'SMSI', 'SMSI+20', 'ODD', 'UIT', 'UIT-R', 'IA', 'M.', 'S. E.', 'G20'];
const find = termFinder(SIGLES);
const found = (text: string) => find(text).map((m) => text.slice(m.start, m.end) + ' → ' + m.sigle);

describe('termFinder', () => {
  it('finds acronyms on word boundaries, case-sensitively', () => {
    expect(found('Le SMSI et les ODD ; le GTC.')).toEqual(['SMSI → SMSI', 'ODD → ODD', 'GTC → GTC']);
    expect(found('SMSIX, XSMSI, smsi, GenAI, MAIS, DIA')).toEqual([]);
  });

  it('prefers the longest acronym at a position', () => {
    expect(found('le GTC-SMSI/ODD, le SMSI+20 et la Résolution UIT-R 61-3')).toEqual([
      'GTC-SMSI/ODD → GTC-SMSI/ODD',
      'SMSI+20 → SMSI+20',
      'UIT-R → UIT-R',
    ]);
    expect(found('le SMSI+200')).toEqual(['SMSI → SMSI']);
  });

  it('matches the source’s no-break hyphens and spaces, and reports the sigle as listed', () => {
    expect(found('Le GTC\u2011SMSI/ODD avec S.\u00a0E.\u00a0Mme López')).toEqual([
      'GTC\u2011SMSI/ODD → GTC-SMSI/ODD',
      'S.\u00a0E. → S. E.',
    ]);
  });

  it('finds abbreviations that end with a full stop, and acronyms with digits', () => {
    expect(found('M. Tomas Lamanauskas ; le G20.')).toEqual(['M. → M.', 'G20 → G20']);
    expect(found('AMNT. OMM.')).toEqual([]);
  });

  it('gives the spans of the words as written, in reading order', () => {
    expect(find('UIT, IA')).toEqual([
      { sigle: 'UIT', start: 0, end: 3 },
      { sigle: 'IA', start: 5, end: 7 },
    ]);
    expect(termFinder([])('UIT')).toEqual([]);
  });
});

describe('glossary anchors and order', () => {
  it('slugs sigles into lower-case ASCII anchors', () => {
    expect(glossarySlug('UNGIS')).toBe('ungis');
    expect(glossarySlug('GTC\u2011SMSI/ODD')).toBe('gtc-smsi-odd');
    expect(glossarySlug('SMSI+20')).toBe('smsi-20');
    expect(glossarySlug('S. E.')).toBe('s-e');
    expect(glossarySlug('Rév.')).toBe('rev');
  });

  it('folds typographic variants of a sigle', () => {
    expect(plainSigle('GTC\u2011SMSI/ODD')).toBe('GTC-SMSI/ODD');
    expect(plainSigle('S.\u00a0E.')).toBe('S. E.');
  });

  it('orders sigles alphabetically, ignoring case and accents', () => {
    expect(['UIT', 'Rév.', 'GenAI', 'G20', 'GTC', 'Rép.', 'AGNU'].sort(compareSigles)).toEqual([
      'AGNU',
      'G20',
      'GenAI',
      'GTC',
      'Rép.',
      'Rév.',
      'UIT',
    ]);
  });
});

describe('checkGlossaries', () => {
  const file = (name: string, sigles: { sigle: string; developpe: string }[]) => ({
    id: name,
    filePath: `content/glossaire/${name}.yaml`,
    data: { rapport: name, sigles },
  });

  it('accepts the same sigle in two reports with the same expansion', () => {
    const uit = { sigle: 'UIT', developpe: 'Union internationale des télécommunications' };
    expect(checkGlossaries([file('a', [uit]), file('b', [uit])])).toEqual([]);
  });

  it('rejects a sigle listed twice in a file', () => {
    const [error] = checkGlossaries([
      file('a', [
        { sigle: 'UIT', developpe: 'x' },
        { sigle: 'UIT', developpe: 'x' },
      ]),
    ]);
    expect(error?.message).toContain('content/glossaire/a.yaml');
    expect(error?.message).toContain('« UIT » figure déjà en sigles.0');
  });

  it('rejects two expansions of one sigle, naming both files', () => {
    const [error] = checkGlossaries([
      file('a', [{ sigle: 'IA', developpe: 'intelligence artificielle' }]),
      file('b', [{ sigle: 'IA', developpe: 'autre chose' }]),
    ]);
    expect(error?.message).toContain('content/glossaire/b.yaml');
    expect(error?.message).toContain('champ « sigles.0.developpe »');
    expect(error?.message).toContain('content/glossaire/a.yaml');
  });

  it('rejects two sigles that would share an anchor', () => {
    const [error] = checkGlossaries([
      file('a', [
        { sigle: 'GTC-SMSI/ODD', developpe: 'Groupe de travail' },
        { sigle: 'GTC SMSI ODD', developpe: 'autre' },
      ]),
    ]);
    expect(error?.message).toContain('champ « sigles.1.sigle »');
    expect(error?.message).toContain('#gtc-smsi-odd');
  });
});
