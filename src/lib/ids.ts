/**
 * Public anchor ids of the report. They are part of the site's contract
 * (people paste `/rapport/7/#p7-4` into emails), so they are computed here and
 * nowhere else.
 */
import { foldText } from './fold';

/** Id of a numbered section's heading: `s7`. */
export function sectionId(numero: number): string {
  return `s${numero}`;
}

/**
 * Id of a heading of a report section: the id the section's `ancres` map
 * (heading text → id) gives it, else `s7-{slug}` under a numbered section.
 * A preamble heading (section 0) must be in the map: undefined when it is not.
 */
export function headingId(text: string, numero: number, anchors: Readonly<Record<string, string>>): string | undefined {
  const anchor = Object.hasOwn(anchors, text) ? anchors[text] : undefined;
  if (anchor) return anchor;
  return numero === 0 ? undefined : `${sectionId(numero)}-${slugify(text)}`;
}

/** Id of the n-th paragraph or list item (1-based) of a section: `p7-4`. The preamble is section 0. */
export function paragraphId(numero: number, n: number): string {
  return `p${numero}-${n}`;
}

/**
 * A paragraph id: `p7-4`, or a lettered id for a paragraph inserted after
 * publication (`p7-2a` after `p7-2`, `p7-0a` before `p7-1`), the way
 * legislation numbers inserted sections. Every check of an id uses this pattern.
 */
export const PARAGRAPH_ID = /^p(\d+)-(\d+)([a-z]*)$/;

/** Reads a paragraph id back: `p7-2a` → { section: 7, index: 2, letters: 'a' }; anything else → undefined. */
export function parseParagraphId(id: string): { section: number; index: number; letters: string } | undefined {
  const match = PARAGRAPH_ID.exec(id);
  if (!match) return undefined;
  return { section: Number(match[1]), index: Number(match[2]), letters: match[3]! };
}

/** Human label of a paragraph, as cited: `p7-4` → `7.4`, `p7-2a` → `7.2a`. */
export function paragraphLabel(id: string): string {
  const parsed = parseParagraphId(id);
  return parsed ? `${parsed.section}.${parsed.index}${parsed.letters}` : id;
}

/** Reading order of paragraph ids: `p7-2` < `p7-2a` < `p7-2aa` < `p7-2b` < `p7-3` < `p8-1`. */
export function compareParagraphIds(a: string, b: string): number {
  const [x, y] = [parseParagraphId(a), parseParagraphId(b)];
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0;
  return x.section - y.section || x.index - y.index || (x.letters < y.letters ? -1 : x.letters > y.letters ? 1 : 0);
}

/**
 * Turns any text into a lower-case ASCII slug. No-break spaces and no-break
 * hyphens (U+2011) become plain hyphens and accents are dropped, so that the
 * source's typographic characters never leak into URLs or ids (accents and
 * case folded by {@link foldText}).
 */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Id of the preamble's heading « Références » (its `ancres` entry): the
 * paragraphs under it list every text the report refers to, not passages of
 * its body, and are left out of « texts cited in the same passages ».
 */
export const REFERENCES_HEADING_ID = 'references';
