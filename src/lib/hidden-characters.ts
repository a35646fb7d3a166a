/**
 * Characters that make a text display or read as something else: the
 * bidirectional override and isolate controls (U+202A–U+202E, U+2066–U+2069),
 * which reverse the displayed order of what follows (the « Trojan Source »
 * trick), and words that mix Latin letters with Cyrillic or Greek ones
 * (`smsі` with a Cyrillic « і » looks like `smsi`). Each is found with its line
 * and column (1-based, in characters), in any content file.
 */
import type { ContentProblem } from './content-errors';

/** The bidirectional embedding, override and isolate controls. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/gu;

/** A word: letters and combining marks, joined by nothing else. */
const WORD = /[\p{L}\p{M}]+/gu;

/** The scripts that look like Latin. */
const LOOK_ALIKE_SCRIPTS: readonly [string, RegExp][] = [
  ['cyrillique', /\p{Script=Cyrillic}/u],
  ['grec', /\p{Script=Greek}/u],
];
const LATIN = /\p{Script=Latin}/u;

/** Line and column (1-based) of an offset in a text. */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every bidirectional control and every word mixing Latin with Cyrillic or
 * Greek letters of a text, in order, each with its line and column:
 * `hiddenCharacterProblems('a\u202Eb')` → line 1, column 2, « caractère de
 * contrôle bidirectionnel U+202E ».
 */
export function hiddenCharacterProblems(text: string): ContentProblem[] {
  const found: { offset: number; message: string }[] = [];
  for (const match of text.matchAll(BIDI_CONTROL)) {
    found.push({
      offset: match.index,
      message: `caractère de contrôle bidirectionnel ${codePoint(match[0])} : il inverse l’ordre affiché du texte, retirez-le`,
    });
  }
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!LATIN.test(word)) continue;
    for (const [script, letters] of LOOK_ALIKE_SCRIPTS) {
      const at = [...word].findIndex((char) => letters.test(char));
      if (at < 0) continue;
      const char = [...word][at]!;
      found.push({
        offset: match.index,
        message: `mot qui mêle lettres latines et ${script === 'grec' ? 'grecques' : 'cyrilliques'} (« ${word} », « ${char} » ${codePoint(char)}) : réécrivez-le en lettres latines`,
      });
      break;
    }
  }
  return found
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, message }) => ({ field: '', ...place(text, offset), message }));
}
