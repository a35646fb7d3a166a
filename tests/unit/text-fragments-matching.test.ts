import { describe, expect, it } from 'vitest';
import { findTextDirective } from '../../src/lib/text-fragments-matching';

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
