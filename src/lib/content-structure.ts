/**
 * Rules on the shape of a content file's text: a paragraph must show
 * something (a paragraph of only spaces, no-break spaces or zero-width
 * characters would get a public id and a short link of its own), and lists and
 * quotations nest at most {@link MAX_NESTING} levels (deeper trees once crashed
 * the build with « Maximum call stack size exceeded », naming nothing).
 */

/** How many lists or quotations may be nested in one another: a report has two or three; ten is generous. */
export const MAX_NESTING = 10;

/** Spaces (no-break ones included) and format characters (zero-width space, joiners, soft hyphen, bidi marks). */
const INVISIBLE = /[\s\p{Cf}]/gu;

/** Whether a text shows nothing: `'\u00a0'`, `'\u200b'`, `' \u2060 '` → true; `'a'` → false. */
export function isVisiblyEmpty(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/** The message of a paragraph (or list item) that shows nothing. */
export const EMPTY_PARAGRAPH =
  'paragraphe vide (seulement des espaces, espaces insécables ou caractères invisibles) : il recevrait un id public ; écrivez son texte ou retirez-le';

/** The message of a list or quotation nested deeper than {@link MAX_NESTING}. */
export const TOO_DEEP = `listes ou citations imbriquées sur plus de ${MAX_NESTING} niveaux : simplifiez la structure`;
