/**
 * Symbols and names that must not break across lines: UN document symbols
 * (`A/RES/80/173`, `E/RES/2025/18`, `A/70/684`), a group's name
 * (`GTC-SMSI/ODD`), a sector (`UIT-R`). Browsers break after a slash or a
 * hyphen; a view wraps these parts in an element that does not break.
 */
const SYMBOL = /\p{Lu}[\p{Lu}\d]*(?:[/\u2011-][\p{Lu}\d]+)+/gu;

/** A piece of a text: `keep` when it must stay on one line. */
export interface TextPiece {
  text: string;
  keep: boolean;
}

/**
 * Cuts a text into pieces, the symbols apart:
 * `unbreakableParts('Résolution A/RES/80/173 (2025)')` →
 * `[{ text: 'Résolution ', keep: false }, { text: 'A/RES/80/173', keep: true }, { text: ' (2025)', keep: false }]`.
 */
export function unbreakableParts(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(SYMBOL)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), keep: false });
    pieces.push({ text: match[0], keep: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), keep: false });
  return pieces;
}
