/**
 * Pagefind's excerpts made readable and safe: character references decoded,
 * `<mark>` turned into marked parts, elisions joined again, so that the page
 * renders them with text nodes only (nothing from the index is inserted as HTML).
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { isStopWord, joinElisions } from './french-words';

/** A piece of an excerpt: text, marked or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Decodes the HTML character references Pagefind leaves in excerpts: every
 * named one (`&eacute;`, `&hellip;`) through decode-named-character-reference
 * (in the browser, the browser's own table, for a few hundred bytes: the full
 * decoder parse-entities would have put the identifier answer over its size
 * budget), numeric ones by their code point (U+FFFD for one that cannot be).
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|([a-z][a-z0-9]*));/gi,
    (whole, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return decodeNamedCharacterReference(name) || whole;
      const code = hex === undefined ? Number(decimal) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matched words)
 * into plain-text parts, so that the page can render it with text nodes only:
 * nothing from the index is ever inserted as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  // Spaces folded first: a line break after « l’ » must not keep the elision split.
  for (const piece of joinElisions(excerpt.replace(/\s+/g, ' ')).split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      // Pagefind marks « de » and « des » too: a stop word is not what the reader looked for.
      parts.push({ text, marked: marked && !isStopWord(text.replace(/[^\p{L}\p{N}]/gu, '')) });
    }
  }
  return parts;
}

/**
 * A title from the index as the page writes it: spaces and line breaks folded,
 * elisions joined again (`gouvernance de l’ \nintelligence` →
 * `gouvernance de l’intelligence`). Pagefind's `meta.title` is plain text, not
 * HTML (unlike excerpts): a title that reads `&amp;` is shown as `&amp;`, never decoded.
 */
export function readableTitle(title: string): string {
  return joinElisions(title.replace(/\s+/g, ' ').trim());
}
