/**
 * French dates. Dates are stored as ISO days (UTC) and written the French way,
 * as the report writes them: « 9 septembre 2025 », « 9 et 10 septembre 2025 ».
 */

/** The months in French, January first. */
export const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** `2025-09-09` for a date, as used in `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Name of the month of a date, in French. */
export function monthName(date: Date): string {
  return MONTH_NAMES[date.getUTCMonth()]!;
}

/** `9 septembre 2025` (`1er` for the first day of a month). */
export function frenchDate(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : day} ${monthName(date)} ${date.getUTCFullYear()}`;
}

/** A piece of a written date range: text, and the ISO day when the piece names a day. */
export type DatePart = { text: string; iso?: string };

/**
 * A span of days written the way the report writes a two-day meeting:
 * `9 et 10 septembre 2025`; a longer span in one month: `7 au 11 juillet 2025`;
 * across months: `30 septembre au 2 octobre 2025`. Returned as parts so that
 * each day can be marked up with `<time datetime>`.
 */
export function frenchDayRange(start: Date, end: Date): DatePart[] {
  if (isoDay(start) === isoDay(end)) return [{ text: frenchDate(start), iso: isoDay(start) }];
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  const joiner = sameMonth && days === 1 ? ' et ' : ' au ';
  const first = sameMonth
    ? String(start.getUTCDate())
    : sameYear
      ? `${start.getUTCDate()} ${monthName(start)}`
      : frenchDate(start);
  return [{ text: first, iso: isoDay(start) }, { text: joiner }, { text: frenchDate(end), iso: isoDay(end) }];
}

/** The plain text of date parts. */
export function partsText(parts: readonly DatePart[]): string {
  return parts.map((part) => part.text).join('');
}
