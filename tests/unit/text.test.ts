import { describe, expect, it } from 'vitest';
import { excerptAround, firstSentence, shortenOnWordBoundary } from '../../src/lib/text';

describe('firstSentence', () => {
  it('stops at the first sentence end', () => {
    expect(firstSentence('Le Conseil est invité. Autre phrase.')).toBe('Le Conseil est invité.');
    expect(firstSentence('Sans point final')).toBe('Sans point final');
  });
});

describe('shortenOnWordBoundary', () => {
  it('keeps short texts whole', () => {
    expect(shortenOnWordBoundary('Court texte.', 50)).toBe('Court texte.');
  });

  it('cuts on a word boundary and marks the cut', () => {
    const cut = shortenOnWordBoundary('Les travaux du Groupe de travail du Conseil de l’UIT sur le SMSI', 30);
    expect(cut).toBe('Les travaux du Groupe de…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(shortenOnWordBoundary('Un, deux, trois, quatre, cinq', 12)).toBe('Un, deux…');
  });
});

describe('excerptAround', () => {
  const text =
    'Le Groupe a procédé à un premier débat sur la mise à jour des Résolutions 1332 et 1334 du Conseil, afin de les aligner.';
  it('keeps the span whole and cuts the context on word boundaries', () => {
    const start = text.indexOf('1332');
    const excerpt = excerptAround(text, start, start + 4, 20);
    expect(excerpt.match).toBe('1332');
    expect(excerpt.before).toBe('…des Résolutions ');
    expect(excerpt.after).toBe(' et 1334 du Conseil,…');
  });

  it('adds no ellipsis when nothing is left out', () => {
    expect(excerptAround('Résolution 214', 0, 14)).toEqual({ before: '', match: 'Résolution 214', after: '' });
  });
});
