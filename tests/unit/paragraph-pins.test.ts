import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  insertedId,
  pinParagraphIds,
  pinProblemsMessage,
  type ReportPins,
} from '../../src/lib/paragraph-pins';

const TEXTS = [
  'Le Groupe a pris note du rapport.',
  "Il s'est félicité des travaux.",
  'Le Secrétariat a présenté le document.',
  'Le Groupe a approuvé la feuille de route.',
];

/** The pins of section 7 as published: p7-1 … p7-4. */
function published(texts = TEXTS): ReportPins {
  return Object.fromEntries(texts.map((t, i) => [`p7-${i + 1}`, { empreinte: fingerprint(t), debut: t.slice(0, 20) }]));
}

describe('fingerprints', () => {
  it('ignore typography: quotes, apostrophes, no-break spaces, dashes, case', () => {
    expect(fingerprint('Il s\u2019est félicité\u202f: « bravo » — GTC\u2011SMSI')).toBe(
      fingerprint('il s\'est félicité : "bravo" - GTC-SMSI'),
    );
  });

  it('change when a word changes', () => {
    expect(fingerprint('Le Groupe a pris note du rapport.')).not.toBe(fingerprint('Le Groupe a pris acte du rapport.'));
    expect(fingerprint('12 pays')).not.toBe(fingerprint('13 pays'));
  });
});

describe('pinned paragraph ids', () => {
  it('are positional for a section without any pin (a new section)', () => {
    expect(pinParagraphIds(9, ['a', 'b'], published()).ids).toEqual(['p9-1', 'p9-2']);
    expect(pinParagraphIds(7, TEXTS, undefined).ids).toEqual(['p7-1', 'p7-2', 'p7-3', 'p7-4']);
  });

  it('keep every id when the text is the same, typography aside', () => {
    const retyped = TEXTS.map((t) => t.replace("'", '\u2019'));
    expect(pinParagraphIds(7, retyped, published())).toEqual({
      ids: ['p7-1', 'p7-2', 'p7-3', 'p7-4'],
      notices: [],
      problems: [],
    });
  });

  it('give an inserted paragraph the id before it plus a letter, the others unchanged', () => {
    const inserted = [TEXTS[0]!, TEXTS[1]!, 'Un paragraphe ajouté.', TEXTS[2]!, TEXTS[3]!];
    expect(pinParagraphIds(7, inserted, published()).ids).toEqual(['p7-1', 'p7-2', 'p7-2a', 'p7-3', 'p7-4']);
    const two = [TEXTS[0]!, TEXTS[1]!, 'Ajout un.', 'Ajout deux.', TEXTS[2]!, TEXTS[3]!];
    expect(pinParagraphIds(7, two, published()).ids).toEqual(['p7-1', 'p7-2', 'p7-2a', 'p7-2b', 'p7-3', 'p7-4']);
  });

  it('number a paragraph inserted before the first one p7-0a, and one at the end after the last', () => {
    expect(pinParagraphIds(7, ['Nouveau début.', ...TEXTS], published()).ids).toEqual([
      'p7-0a',
      'p7-1',
      'p7-2',
      'p7-3',
      'p7-4',
    ]);
    expect(pinParagraphIds(7, [...TEXTS, 'Nouvelle fin.'], published()).ids.at(-1)).toBe('p7-4a');
  });

  it('keep lettered ids once published, and fit later insertions in reading order', () => {
    const pins = {
      ...published(),
      'p7-2a': { empreinte: fingerprint('Ajout un.'), debut: 'Ajout un.' },
    };
    const texts = [TEXTS[0]!, TEXTS[1]!, 'Ajout un.', 'Ajout deux.', TEXTS[2]!, TEXTS[3]!];
    expect(pinParagraphIds(7, texts, pins).ids).toEqual(['p7-1', 'p7-2', 'p7-2a', 'p7-2b', 'p7-3', 'p7-4']);
    expect(insertedId('p7-2a', 'p7-2b', new Set(['p7-2a', 'p7-2b']))).toBe('p7-2aa');
    expect(insertedId('p7-2', 'p7-3', new Set(['p7-2a']))).toBe('p7-2b');
  });

  it('never loops when no id reads in between (after p7-2, before a published p7-2a)', () => {
    expect(insertedId('p7-2', 'p7-2a', new Set(['p7-2a']))).toBe('p7-2b');
  });

  it('report a changed paragraph with its old and new first words', () => {
    const changed = [TEXTS[0]!, TEXTS[1]!, 'Le Secrétariat a retiré le document.', TEXTS[3]!];
    const result = pinParagraphIds(7, changed, published());
    expect(result.problems).toEqual([
      { id: 'p7-3', kind: 'modifie', avant: 'Le Secrétariat a pré', apres: 'Le Secrétariat a retiré le document.' },
    ]);
    expect(pinProblemsMessage(result.problems)).toEqual([
      'le paragraphe p7-3 a changé : « Le Secrétariat a pré » devient « Le Secrétariat a retiré le document. »',
    ]);
  });

  it('report a removed paragraph', () => {
    const result = pinParagraphIds(7, [TEXTS[0]!, TEXTS[2]!, TEXTS[3]!], published());
    expect(result.problems).toEqual([{ id: 'p7-2', kind: 'retire', avant: "Il s'est félicité de" }]);
  });

  it('with accept: a changed paragraph keeps its id, a removed one becomes a notice where it stood', () => {
    const changed = [TEXTS[0]!, 'Texte corrigé.', TEXTS[3]!];
    const result = pinParagraphIds(7, changed, published(), true);
    expect(result.problems).toEqual([]);
    expect(result.ids).toEqual(['p7-1', 'p7-2', 'p7-4']);
    expect(result.notices).toEqual([{ id: 'p7-3', debut: 'Le Secrétariat a pré', before: 2 }]);
  });

  it('keep a removal recorded in the manifest as a notice, without a problem', () => {
    const pins = published();
    pins['p7-3'] = { ...pins['p7-3']!, retire: true };
    const result = pinParagraphIds(7, [TEXTS[0]!, TEXTS[1]!, TEXTS[3]!], pins);
    expect(result).toEqual({
      ids: ['p7-1', 'p7-2', 'p7-4'],
      notices: [{ id: 'p7-3', debut: 'Le Secrétariat a pré', before: 2 }],
      problems: [],
    });
  });
});
