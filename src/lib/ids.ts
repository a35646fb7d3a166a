/**
 * Public anchor ids of the report. They are part of the site's contract
 * (people paste `/rapport/7/#p7-4` into emails), so they are computed here and
 * nowhere else.
 */

/** Id of a numbered section's heading: `s7`. */
export function sectionId(numero: number): string {
  return `s${numero}`;
}

/** Id of the n-th paragraph or list item (1-based) of a section: `p7-4`. The preamble is section 0. */
export function paragraphId(numero: number, n: number): string {
  return `p${numero}-${n}`;
}

/** Reads a paragraph id back: `p7-4` → { section: 7, index: 4 }; anything else → undefined. */
export function parseParagraphId(id: string): { section: number; index: number } | undefined {
  const match = /^p(\d+)-(\d+)$/.exec(id);
  if (!match) return undefined;
  return { section: Number(match[1]), index: Number(match[2]) };
}

/** Human label of a paragraph, as cited: `p7-4` → `7.4`. */
export function paragraphLabel(id: string): string {
  const parsed = parseParagraphId(id);
  return parsed ? `${parsed.section}.${parsed.index}` : id;
}

/**
 * Turns any text into a lower-case ASCII slug. No-break spaces and no-break
 * hyphens (U+2011) become plain hyphens and accents are dropped, so that the
 * source's typographic characters never leak into URLs or ids.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
