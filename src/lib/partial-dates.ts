/**
 * Dates as precise as the report gives them: a day (`2025-07-07`), a month
 * (`2026-03`, « en mars 2026 ») or a year (`2026`, « à sa session de 2026 »).
 * The precision is read from the ISO form itself, so that no day is ever
 * invented for an event the report dates only roughly.
 */
import { dayRangeParts, frenchDate, frenchDayRange, frenchMonth, monthName, type DatePart } from './dates';

export type Precision = 'jour' | 'mois' | 'annee';

/** A date with its precision; `start` and `end` are the first and last days it may mean. */
export interface PartialDate {
  /** The ISO form, as used in `<time datetime>`: `2025-07-07`, `2026-03` or `2026`. */
  iso: string;
  precision: Precision;
  start: Date;
  end: Date;
}

/** Accepted ISO forms: a year, a year and month, or a full day (ranges are checked by {@link partialDateProblem}). */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month (1-12) of a year. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why a text is not a date of the documented forms (`2025-09-09`, `2026-03`,
 * `2026`), in French, for the editor: « le 30 février 2025 n’existe pas ».
 * Undefined for a good date. `precision: 'jour'` requires a full day.
 */
export function partialDateProblem(text: string, precision?: 'jour'): string | undefined {
  const expected =
    precision === 'jour'
      ? 'date attendue sous la forme « 2025-09-09 », entre guillemets'
      : 'date attendue sous la forme « 2025-07-07 », « 2026-03 » ou « 2026 », entre guillemets';
  const match = PARTIAL_DATE.exec(text);
  if (!match) return `${expected} (reçu : « ${text} »)`;
  if (precision === 'jour' && !match[3]) return `${expected} (reçu : « ${text} », un jour précis est requis)`;
  const year = Number(match[1]);
  if (match[2] === undefined) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `le mois ${match[2]} n’existe pas (« ${text} » : mois de 01 à 12)`;
  if (match[3] === undefined) return undefined;
  const day = Number(match[3]);
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    const name = `${day} ${monthName(new Date(Date.UTC(year, month - 1, 1)))}`;
    if (day < 1 || day > 31) return `le jour ${match[3]} n’existe pas (« ${text} »)`;
    return month === 2 && day === 29
      ? `le ${name} ${year} n’existe pas (« ${text} » : ${year} n’est pas bissextile)`
      : `le ${name} n’existe pas (« ${text} »)`;
  }
  return undefined;
}

/** Reads `2025-07-07`, `2026-03` or `2026`; undefined for anything else, or for a day that does not exist. */
export function parsePartialDate(iso: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(iso);
  if (!match || partialDateProblem(iso) !== undefined) return undefined;
  const year = Number(match[1]);
  if (match[3]) {
    const day = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3])));
    return { iso, precision: 'jour', start: day, end: day };
  }
  if (match[2]) {
    const month = Number(match[2]) - 1;
    return {
      iso,
      precision: 'mois',
      start: new Date(Date.UTC(year, month, 1)),
      end: new Date(Date.UTC(year, month + 1, 0)),
    };
  }
  return { iso, precision: 'annee', start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year, 11, 31)) };
}

/** Like {@link parsePartialDate}, but throws on a malformed date (content is validated before this runs). */
export function requirePartialDate(iso: string): PartialDate {
  const date = parsePartialDate(iso);
  if (!date) throw new Error(`date invalide : « ${iso} » (attendu : 2025-07-07, 2026-03 ou 2026)`);
  return date;
}

/**
 * A date or a span written in French, in parts so that each date can be
 * marked up with `<time datetime>`. As a phrase: `les 9 et 10 septembre 2025`,
 * `du 7 au 11 juillet 2025`, `le 1er mars 2026`, `en décembre 2025`, `en 2026`.
 * As a label (timeline): `9–10 septembre 2025`, `7–11 juillet 2025`,
 * `décembre 2025`, `2026`.
 */
export function frenchPartialDate(
  start: PartialDate,
  end?: PartialDate,
  style: 'phrase' | 'label' = 'phrase',
): DatePart[] {
  const label = style === 'label';
  if (start.precision === 'jour' && (!end || end.precision === 'jour')) {
    if (end === undefined || end.iso === start.iso) {
      const day = { text: frenchDate(start.start), iso: start.iso };
      return label ? [day] : [{ text: 'le ' }, day];
    }
    if (label) {
      // Intl's separator (`–`, or ` – ` between two months), with the plain spaces the site has always printed.
      const [first, separator, final] = dayRangeParts(start.start, end.start);
      return [first, { text: separator.replace(/\u2009/g, ' ') }, final];
    }
    const parts = frenchDayRange(start.start, end.start);
    return [{ text: parts[1]!.text === ' et ' ? 'les ' : 'du ' }, ...parts];
  }
  const roughly = (date: PartialDate): DatePart => ({
    text: date.precision === 'annee' ? date.iso.slice(0, 4) : frenchMonth(date.start),
    iso: date.iso,
  });
  if (!end || end.iso === start.iso) return label ? [roughly(start)] : [{ text: 'en ' }, roughly(start)];
  return label
    ? [roughly(start), { text: ' – ' }, roughly(end)]
    : [{ text: 'de ' }, roughly(start), { text: ' à ' }, roughly(end)];
}

/** What the report leaves unsaid about a date, for the reader: `jour non précisé`; nothing for a full day. */
export function precisionNote(precision: Precision): string | undefined {
  if (precision === 'mois') return 'jour non précisé';
  if (precision === 'annee') return 'mois et jour non précisés';
  return undefined;
}
