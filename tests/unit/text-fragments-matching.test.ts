import { describe, expect, it } from 'vitest';
import { findTextDirective, findTextDirectives } from '../../src/lib/text-fragments-matching';

const P73 =
  'Le document final adopté (A/RES/80/173) a renouvelé et renforcé le mandat de l’UIT dans la mise en œuvre des ' +
  'résultats du SMSI, ce qui a été salué par les participants, soulignant le rôle central de l’UIT dans ce processus.';
const P74 =
  'Le Groupe a procédé à un premier débat sur la mise à jour des Résolutions pertinentes de l’UIT, notamment les ' +
  'Résolutions 1332 et 1334 du Conseil.';
const PAGE = ['Rapport de la Présidente', '7 Travaux préparatoires', P73, P74];

describe('findTextDirective', () => {
  it('finds the words again, and nothing once they have changed', () => {
    expect(findTextDirective(PAGE, { textStart: 'RENOUVELE et renforcé' })?.start).toEqual({
      block: 2,
      offset: P73.indexOf('renouvelé'),
    });
    expect(findTextDirective(PAGE, { textStart: 'a prolongé le mandat' })).toBeUndefined();
    expect(findTextDirective(PAGE, { textStart: 'Le Groupe', textEnd: 'introuvable' })).toBeUndefined();
  });

  it('never matches across blocks', () => {
    expect(findTextDirective(['fin du premier', 'début du second'], { textStart: 'premier début' })).toBeUndefined();
  });
});

describe('findTextDirectives', () => {
  it('finds each directive in one pass over the page, in the order given', () => {
    const found = findTextDirectives(PAGE, [
      { textStart: 'Le Groupe' },
      { textStart: 'introuvable' },
      { prefix: 'central', textStart: 'de l’UIT' },
    ]);
    expect(found.map((match) => match?.start)).toEqual([
      { block: 3, offset: 0 },
      undefined,
      { block: 2, offset: P73.lastIndexOf('de l’UIT') },
    ]);
  });

  it('folds capitals, accents and spaces of a long page the same way in its ASCII fast path', () => {
    const page = ['ÉTAT\tDES  LIEUX et État des lieux', 'x'.repeat(100_000) + ' Fin'];
    expect(findTextDirectives(page, [{ textStart: 'etat des lieux' }, { textStart: 'fin' }])).toEqual([
      { start: { block: 0, offset: 0 }, end: { block: 0, offset: 15 } },
      { start: { block: 1, offset: 100_001 }, end: { block: 1, offset: 100_004 } },
    ]);
  });
});
