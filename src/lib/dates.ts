/**
 * French dates. Dates are stored as ISO days (UTC) and written the French way,
 * as the report writes them: « 9 septembre 2025 », « 9 et 10 septembre 2025 ».
 * The calendar words and the sharing of a month and year between two days
 * come from Intl (`Intl.DateTimeFormat('fr')` and its `formatRangeToParts`,
 * full ICU in Node); only the report's own phrasing is written here: « 1er »,
 * and « et » / « au » between two days.
 */

const DAY = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_AND_YEAR = new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('fr', { month: 'long', timeZone: 'UTC' });

/** `2025-09-09` for a date, as used in `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Name of the month of a date, in French: `septembre`. */
export function monthName(date: Date): string {
  return MONTH.format(date);
}

/** The month and year of a date, in French: `décembre 2025`. */
export function frenchMonth(date: Date): string {
  return MONTH_AND_YEAR.format(date);
}

/** Intl's parts as text, the first of a month written `1er` as the report does (Intl writes `1`). */
function written(parts: readonly Intl.DateTimeFormatPart[]): string {
  return parts.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

/** `9 septembre 2025` (`1er` for the first day of a month). */
export function frenchDate(date: Date): string {
  return written(DAY.formatToParts(date));
}

/** A piece of a written date range: text, and the ISO day when the piece names a day. */
export type DatePart = { text: string; iso?: string };

/**
 * Two different days as Intl writes them, the month and year they share said
 * once: `9`, `–`, `10 septembre 2025`; `30 septembre`, ` – ` (thin spaces),
 * `2 octobre 2025`. The first and last days carry their ISO day; the middle is
 * Intl's separator, for the caller to keep or to replace.
 */
export function dayRangeParts(start: Date, end: Date): [DatePart, string, DatePart] {
  const parts = DAY.formatRangeToParts(start, end);
  // The first shared part is the separator: the start's own parts come before it.
  const at = parts.findIndex((part) => part.source === 'shared');
  return [
    { text: written(parts.slice(0, at)), iso: isoDay(start) },
    parts[at]!.value,
    { text: written(parts.slice(at + 1)), iso: isoDay(end) },
  ];
}

/**
 * A span of days written the way the report writes a two-day meeting:
 * `9 et 10 septembre 2025`; a longer span in one month: `7 au 11 juillet 2025`;
 * across months: `30 septembre au 2 octobre 2025`. Returned as parts so that
 * each day can be marked up with `<time datetime>`.
 */
export function frenchDayRange(start: Date, end: Date): DatePart[] {
  if (isoDay(start) === isoDay(end)) return [{ text: frenchDate(start), iso: isoDay(start) }];
  const [first, , last] = dayRangeParts(start, end);
  const sameMonth = start.getUTCFullYear() === end.getUTCFullYear() && start.getUTCMonth() === end.getUTCMonth();
  const nextDay = Math.round((end.getTime() - start.getTime()) / 86_400_000) === 1;
  return [first, { text: sameMonth && nextDay ? ' et ' : ' au ' }, last];
}

/** The plain text of date parts. */
export function partsText(parts: readonly DatePart[]): string {
  return parts.map((part) => part.text).join('');
}
