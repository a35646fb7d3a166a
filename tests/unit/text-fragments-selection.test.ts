import { describe, expect, it } from 'vitest';
import { findTextDirective, type TextPoint } from '../../src/lib/text-fragments-matching';
import { EXACT_TEXT_LIMIT, buildTextDirective, quotedText, selectedText } from '../../src/lib/text-fragments-selection';
import type { TextDirective } from '../../src/lib/text-fragments-syntax';

const P73 =
  'Le document final adopté (A/RES/80/173) a renouvelé et renforcé le mandat de l’UIT dans la mise en œuvre des ' +
  'résultats du SMSI, ce qui a été salué par les participants, soulignant le rôle central de l’UIT dans ce processus.';
const P74 =
  'Le Groupe a procédé à un premier débat sur la mise à jour des Résolutions pertinentes de l’UIT, notamment les ' +
  'Résolutions 1332 et 1334 du Conseil.';
const PAGE = ['Rapport de la Présidente', '7 Travaux préparatoires', P73, P74];

/** The position of the `nth` (0-based) occurrence of `words` in block `block`. */
function at(blocks: readonly string[], block: number, words: string, nth = 0): { start: TextPoint; end: TextPoint } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = blocks[block]!.indexOf(words, offset + 1);
  if (offset === -1) throw new Error(`"${words}" not in block ${block}`);
  return { start: { block, offset }, end: { block, offset: offset + words.length } };
}

/** The directive for a selection, checked to open on it (the first match is the selection, widened to words). */
function directiveFor(blocks: readonly string[], start: TextPoint, end: TextPoint): TextDirective {
  const directive = buildTextDirective(blocks, start, end);
  expect(directive).toBeDefined();
  return directive!;
}

describe('buildTextDirective', () => {
  it('writes a short selection out whole', () => {
    const { start, end } = at(PAGE, 2, 'a renouvelé et renforcé le mandat de l’UIT');
    expect(directiveFor(PAGE, start, end)).toEqual({ textStart: 'a renouvelé et renforcé le mandat de l’UIT' });
  });

  it('adds words before the selection when its words occur earlier in the page', () => {
    const { start, end } = at(PAGE, 2, 'de l’UIT', 1);
    const directive = directiveFor(PAGE, start, end);
    expect(directive).toEqual({ prefix: 'central', textStart: 'de l’UIT' });
    expect(findTextDirective(PAGE, directive)).toEqual({ start, end });
  });

  it('adds words after the selection when it starts its block', () => {
    const blocks = ['Le Groupe a salué.', 'Le Groupe a procédé.'];
    const directive = directiveFor(blocks, { block: 1, offset: 0 }, { block: 1, offset: 9 });
    expect(directive).toEqual({ textStart: 'Le Groupe', suffix: 'a procédé' });
    expect(findTextDirective(blocks, directive)?.start).toEqual({ block: 1, offset: 0 });
  });

  it('counts a repeat that differs only by case, accents, spaces or apostrophes', () => {
    const blocks = ['LE MANDAT DE L’UIT.', "Ici le mandat\u00a0de l'uit."];
    const directive = directiveFor(blocks, { block: 1, offset: 4 }, { block: 1, offset: 19 });
    expect(directive.prefix).toBe('Ici');
  });

  it('cites a long selection by its first and last words', () => {
    const long = `${P73} ${P73.replace(/UIT/g, 'Union')}`;
    expect(long.length).toBeGreaterThan(EXACT_TEXT_LIMIT);
    const blocks = [long];
    const directive = directiveFor(blocks, { block: 0, offset: 0 }, { block: 0, offset: long.length });
    expect(directive.textStart).toBe('Le document final');
    // « dans ce processus. » ends the first copy too: the last words grow until they are the second copy's.
    expect(directive.textEnd).toBe('l’Union dans ce processus.');
    expect(findTextDirective(blocks, directive)).toEqual({
      start: { block: 0, offset: 0 },
      end: { block: 0, offset: long.length },
    });
  });

  it('lengthens the last words until the match ends where the selection ends', () => {
    const text = `Le Groupe se réunit et salue le mandat. ${P73} ${P74} Le Conseil salue le mandat.`;
    const directive = directiveFor([text], { block: 0, offset: 0 }, { block: 0, offset: text.length });
    expect(directive).toEqual({ textStart: 'Le Groupe se', textEnd: 'Conseil salue le mandat.' });
    expect(findTextDirective([text], directive)?.end).toEqual({ block: 0, offset: text.length });
  });

  it('cites a selection across paragraphs by start and end words, one in each', () => {
    const start = at(PAGE, 2, 'soulignant le rôle').start;
    const end = at(PAGE, 3, 'Le Groupe a procédé').end;
    const directive = directiveFor(PAGE, start, end);
    expect(directive).toEqual({ textStart: 'soulignant le rôle', textEnd: 'Groupe a procédé' });
    expect(findTextDirective(PAGE, directive)).toEqual({ start, end });
  });

  it('widens a selection that cuts a word to the whole word (browsers match whole words)', () => {
    const start = P73.indexOf('UIT dans');
    const directive = directiveFor(PAGE, { block: 2, offset: start }, { block: 2, offset: start + 6 });
    expect(directive.textStart).toBe('l’UIT dans');
    const one = P73.indexOf('ocument');
    expect(directiveFor(PAGE, { block: 2, offset: one }, { block: 2, offset: one + 1 }).textStart).toBe('document');
  });

  it('keeps no-break spaces and U+2011 hyphens as on the page, and collapses ordinary white space', () => {
    const blocks = ['Réunion du 7\u201111\u00a0avril 2025\u202f; GTC\u2011SMSI,\n  suite.'];
    const directive = directiveFor(blocks, { block: 0, offset: 11 }, { block: 0, offset: blocks[0]!.length });
    expect(directive.textStart).toBe('7\u201111\u00a0avril 2025\u202f; GTC\u2011SMSI, suite.');
  });

  it('returns nothing for a selection of spaces only, and never throws on odd input', () => {
    expect(buildTextDirective(['a  b'], { block: 0, offset: 1 }, { block: 0, offset: 3 })).toBeUndefined();
    expect(buildTextDirective(['', '  '], { block: 0, offset: 0 }, { block: 1, offset: 2 })).toBeUndefined();
    expect(buildTextDirective(['«\u202f»'], { block: 0, offset: 0 }, { block: 0, offset: 3 })).toEqual({
      textStart: '«\u202f»',
    });
  });

  it('opens on a one-character selection', () => {
    const blocks = ['À la 43ème réunion, à Genève, à la date prévue.'];
    const second = blocks[0]!.indexOf('à');
    const directive = directiveFor(blocks, { block: 0, offset: second }, { block: 0, offset: second + 1 });
    expect(findTextDirective(blocks, directive)?.start).toEqual({ block: 0, offset: second });
  });
});

describe('selectedText', () => {
  it('gives the words as the reader sees them, spaces at the ends trimmed, paragraphs joined by a space', () => {
    expect(selectedText(['  a\u00a0b \n c  '], { block: 0, offset: 0 }, { block: 0, offset: 10 })).toBe('a\u00a0b c');
    expect(selectedText(['un.', 'deux'], { block: 0, offset: 0 }, { block: 1, offset: 4 })).toBe('un. deux');
  });
});

describe('quotedText', () => {
  it('quotes the selection widened to whole words, the same words as its directive', () => {
    const text = 'portant sur l’examen d’ensemble de la Déclaration de principes du SMSI';
    const start = { block: 0, offset: text.indexOf('ur l’examen') };
    const end = { block: 0, offset: text.indexOf('pes du SMSI') };
    expect(quotedText([text], start, end)).toBe('sur l’examen d’ensemble de la Déclaration de principes');
    expect(buildTextDirective([text], start, end)?.textStart).toBe(quotedText([text], start, end));
  });

  it('quotes a selection already on word edges as it is, and nothing for spaces', () => {
    expect(quotedText(['un deux trois'], { block: 0, offset: 3 }, { block: 0, offset: 8 })).toBe('deux');
    expect(quotedText(['un  deux'], { block: 0, offset: 2 }, { block: 0, offset: 4 })).toBe('');
  });
});
