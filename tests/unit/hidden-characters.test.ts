import { describe, expect, it } from 'vitest';
import { hiddenCharacterProblems } from '../../src/lib/hidden-characters';

describe('hiddenCharacterProblems', () => {
  it('finds every bidi override and isolate control, with line and column', () => {
    const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    const problems = hiddenCharacterProblems(`titre: a\n${controls}`);
    expect(problems).toHaveLength(9);
    expect(problems[0]).toMatchObject({ line: 2, column: 1 });
    expect(problems[0]!.message).toBe(
      'caractère de contrôle bidirectionnel U+202A : il inverse l’ordre affiché du texte, retirez-le',
    );
    expect(problems[8]).toMatchObject({ line: 2, column: 9 });
  });

  it('finds words mixing Latin with Cyrillic or Greek letters, once per word', () => {
    expect(hiddenCharacterProblems('Le smsі et Οdd.')).toEqual([
      {
        field: '',
        line: 1,
        column: 4,
        message:
          'mot qui mêle lettres latines et cyrilliques (« smsі », « і » U+0456) : réécrivez-le en lettres latines',
      },
      {
        field: '',
        line: 1,
        column: 12,
        message: 'mot qui mêle lettres latines et grecques (« Οdd », « Ο » U+039F) : réécrivez-le en lettres latines',
      },
    ]);
  });

  it('accepts French text, Greek or Cyrillic words alone, and the marks left-to-right text may need', () => {
    expect(hiddenCharacterProblems('Élève, cœur, « naïve » ; Ελλάδα ; Россия ; 1\u200e2 ; π')).toEqual([]);
  });
});
