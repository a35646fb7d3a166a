import { describe, expect, it } from 'vitest';
import { firstSentence, shortenOnWordBoundary } from '../../src/lib/text';

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
