/**
 * Paragraph references as delegates type them in search: `§ 7.3`, `§7.3`,
 * `7.3`, `paragraphe 7.3`, `para. 7.3`, `section 7`, `§ 7`, an inserted
 * paragraph `7.2a`, or a paragraph id `p7-3`. Pure: the search decides what
 * each reference opens (see `src/lib/search-ranking.ts`).
 */

/** A reference read from a query: a section, or a paragraph of it (`3`, `2a`). */
export interface ParagraphReference {
  /** Section number (0 is the preamble). */
  section: number;
  /** Paragraph within the section as written (`3`, `2a`); absent for a whole section. */
  paragraph?: string;
  /** Written with `§`, « paragraphe » or « section » (or as an id), not as a bare number. */
  explicit: boolean;
  /** The words of the query that made the reference, as typed. */
  text: string;
}

const MARKER = String.raw`(?:§+|paragraphes?|paras?\.?|par\.|alinéas?|sections?|sect\.)`;
const EXPLICIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${MARKER})\s*(\d{1,3})(?:[.,](\d{1,3}[a-z]?))?(?![\p{L}\p{N}]|[.,/-]\d)`,
  'giu',
);
const DOTTED = /(?<![\p{L}\p{N}/.,-])(\d{1,3})\.(\d{1,3}[a-z]?)(?![\p{L}\p{N}]|[./-]\d)/giu;
const ID = /(?<![\p{L}\p{N}])p(\d{1,3})-(\d{1,3}[a-z]?)(?![\p{L}\p{N}]|[-/]\d)/giu;

/**
 * The paragraph references in a query, in order, and the query without them
 * (what is left for full-text search):
 * `§ 7.3` → [{ section: 7, paragraph: '3', explicit: true }], rest `''`;
 * `7.3` → [{ section: 7, paragraph: '3', explicit: false }];
 * `section 7` and `§ 7` → [{ section: 7, explicit: true }];
 * `140` → no reference (a bare whole number is a text number: see `search.ts`).
 */
export function parseReferences(query: string): { references: ParagraphReference[]; rest: string } {
  const found: (ParagraphReference & { at: number })[] = [];
  let rest = query.normalize('NFC');
  const take = (pattern: RegExp, make: (m: RegExpExecArray) => ParagraphReference) => {
    rest = rest.replace(pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const at = args.at(-2) as number;
      found.push({ ...make(match), at });
      return ' '.repeat(match[0].length);
    });
  };
  take(EXPLICIT, (m) => ({
    section: Number(m[2]),
    ...(m[3] ? { paragraph: m[3].toLowerCase() } : {}),
    explicit: true,
    text: m[0],
  }));
  take(ID, (m) => ({ section: Number(m[1]), paragraph: m[2]!.toLowerCase(), explicit: true, text: m[0] }));
  take(DOTTED, (m) => ({ section: Number(m[1]), paragraph: m[2]!.toLowerCase(), explicit: false, text: m[0] }));
  found.sort((a, b) => a.at - b.at);
  return {
    references: found.map(({ at: _at, ...reference }) => reference),
    rest: rest.replace(/\s+/g, ' ').trim(),
  };
}

/** The label of a reference as the site shows it: `7.3`, `7.2a`, `7`. */
export function referenceLabel(reference: Pick<ParagraphReference, 'section' | 'paragraph'>): string {
  return reference.paragraph ? `${reference.section}.${reference.paragraph}` : String(reference.section);
}
