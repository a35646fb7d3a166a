/**
 * The glossary's domain logic: finding acronyms and abbreviations in the
 * report's text, their public anchors, and the checks that span every glossary
 * file. Pure functions over plain strings, shared by the remark plugin (which
 * wraps the first occurrence in `<abbr>`) and the glossary page (which lists
 * every occurrence).
 */
import escapeStringRegexp from 'escape-string-regexp';
import { ContentError, findDuplicates } from './content-errors';
import { slugify } from './ids';

/** A term as the matcher needs it: the acronym as written, and its expansion. */
export interface Term {
  sigle: string;
  developpe: string;
}

/** Where a term occurs in a text: which term, and the span of the words as written. */
export interface TermMatch {
  sigle: string;
  start: number;
  end: number;
}

/** Public anchor of a term on `/glossaire/`: `UNGIS` → `ungis`, `GTC-SMSI/ODD` → `gtc-smsi-odd`. */
export function glossarySlug(sigle: string): string {
  return slugify(sigle);
}

/**
 * Folds the typographic variants the source uses inside acronyms (U+2011
 * no-break hyphens, no-break spaces) to their plain forms, so that
 * `GTC‑SMSI/ODD` is recognised as `GTC-SMSI/ODD` and `S. E.` as `S. E.`.
 */
export function plainSigle(text: string): string {
  return text.replace(/[\u2010\u2011]/g, '-').replace(/[\u00a0\u202f]/g, ' ');
}

/** A pattern for one sigle: hyphens also match U+2011, spaces also match no-break spaces. */
function sigleSource(sigle: string): string {
  return [...plainSigle(sigle)]
    .map((char) => (char === '-' ? '[-\u2010\u2011]' : char === ' ' ? '[ \u00a0\u202f]' : escapeStringRegexp(char)))
    .join('');
}

/**
 * One global pattern for the given sigles, case-sensitive, on word boundaries,
 * the longest sigle first (`GTC-SMSI/ODD` before `GTC`); undefined for none.
 */
export function termPattern(sigles: readonly string[]): RegExp | undefined {
  const longestFirst = [...new Set(sigles.map(plainSigle))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (longestFirst.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.map(sigleSource).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * A function that finds every occurrence of the given sigles in a text,
 * case-sensitively and on word boundaries, preferring the longest sigle at
 * each position (`GTC-SMSI/ODD` over `GTC`, `SMSI+20` over `SMSI`). Matches
 * never overlap and come in reading order.
 */
export function termFinder(sigles: readonly string[]): (text: string) => TermMatch[] {
  const bySigle = new Map(sigles.map((sigle) => [plainSigle(sigle), sigle]));
  const pattern = termPattern(sigles);
  if (!pattern) return () => [];
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      sigle: bySigle.get(plainSigle(match[0]))!,
      start: match.index,
      end: match.index + match[0].length,
    }));
}

/** Orders terms the way a French glossary does: alphabetically, ignoring case and accents. */
export function compareSigles(a: string, b: string): number {
  return a.localeCompare(b, 'fr', { sensitivity: 'base' }) || a.localeCompare(b, 'fr');
}

/** The minimum a glossary file carries for the checks. */
interface GlossaryFileLike {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
}

/**
 * Checks that hold across every glossary file: a sigle is listed once per
 * file, two sigles never share an anchor, and a sigle listed by two reports
 * has the same expansion in both.
 */
export function checkGlossaries(files: readonly GlossaryFileLike[]): ContentError[] {
  const errors: ContentError[] = [];
  const rows = files.flatMap((file) =>
    ((file.data.sigles ?? []) as Term[]).map((term, index) => ({ term, index, file: file.filePath ?? file.id })),
  );
  for (const file of files) {
    const own = rows.filter((row) => row.file === (file.filePath ?? file.id));
    for (const clash of findDuplicates(
      own,
      (row) => plainSigle(row.term.sigle),
      (row) => `sigles.${row.index}`,
    )) {
      errors.push(
        new ContentError(file.filePath ?? file.id, [
          { field: clash.files.slice(1).join(', '), message: `« ${clash.key} » figure déjà en ${clash.files[0]}` },
        ]),
      );
    }
  }
  const firstBySlug = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const slug = glossarySlug(row.term.sigle);
    const first = firstBySlug.get(slug);
    if (!first) {
      firstBySlug.set(slug, row);
    } else if (plainSigle(first.term.sigle) !== plainSigle(row.term.sigle)) {
      errors.push(
        new ContentError(row.file, [
          {
            field: `sigles.${row.index}.sigle`,
            message: `« ${row.term.sigle} » aurait la même ancre (#${slug}) que « ${first.term.sigle} » (${first.file})`,
          },
        ]),
      );
    } else if (first.file !== row.file && first.term.developpe !== row.term.developpe) {
      errors.push(
        new ContentError(row.file, [
          {
            field: `sigles.${row.index}.developpe`,
            message: `« ${row.term.sigle} » est développé autrement dans ${first.file} (« ${first.term.developpe} »)`,
          },
        ]),
      );
    }
  }
  return errors;
}
