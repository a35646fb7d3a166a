import { describe, expect, it } from 'vitest';
import {
  dayRangeParts,
  frenchDate,
  frenchDayRange,
  frenchMonth,
  isoDay,
  monthName,
  partsText,
} from '../../src/lib/dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dates', () => {
  it('writes French dates', () => {
    expect(frenchDate(day('2025-09-09'))).toBe('9 septembre 2025');
    expect(frenchDate(day('2026-03-01'))).toBe('1er mars 2026');
    expect(isoDay(day('2026-01-15'))).toBe('2026-01-15');
  });

  it('writes two-day meetings as the report does', () => {
    expect(partsText(frenchDayRange(day('2025-09-09'), day('2025-09-10')))).toBe('9 et 10 septembre 2025');
    expect(partsText(frenchDayRange(day('2026-01-15'), day('2026-01-16')))).toBe('15 et 16 janvier 2026');
  });

  it('writes longer and cross-month spans', () => {
    expect(partsText(frenchDayRange(day('2025-07-07'), day('2025-07-11')))).toBe('7 au 11 juillet 2025');
    expect(partsText(frenchDayRange(day('2025-09-30'), day('2025-10-02')))).toBe('30 septembre au 2 octobre 2025');
    expect(partsText(frenchDayRange(day('2025-12-31'), day('2026-01-01')))).toBe(
      '31 décembre 2025 au 1er janvier 2026',
    );
  });

  it('writes the first of a month « 1er », in a range too', () => {
    expect(partsText(frenchDayRange(day('2026-03-01'), day('2026-03-02')))).toBe('1er et 2 mars 2026');
    expect(partsText(frenchDayRange(day('2026-02-27'), day('2026-03-01')))).toBe('27 février au 1er mars 2026');
    expect(frenchDate(day('2026-03-11'))).toBe('11 mars 2026');
  });

  it('names every month in French, from Intl', () => {
    const months = Array.from({ length: 12 }, (_, i) => monthName(new Date(Date.UTC(2025, i, 15))));
    expect(months.join(' ')).toBe(
      'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    );
    expect(frenchMonth(day('2025-12-31'))).toBe('décembre 2025');
  });

  it('shares the month and year as Intl does, with Intl’s separator', () => {
    expect(dayRangeParts(day('2025-09-09'), day('2025-09-10'))).toEqual([
      { text: '9', iso: '2025-09-09' },
      '–',
      { text: '10 septembre 2025', iso: '2025-09-10' },
    ]);
    expect(dayRangeParts(day('2025-09-30'), day('2025-10-02'))).toEqual([
      { text: '30 septembre', iso: '2025-09-30' },
      '\u2009–\u2009',
      { text: '2 octobre 2025', iso: '2025-10-02' },
    ]);
  });

  it('marks each day with its ISO date', () => {
    expect(frenchDayRange(day('2025-09-09'), day('2025-09-10'))).toEqual([
      { text: '9', iso: '2025-09-09' },
      { text: ' et ' },
      { text: '10 septembre 2025', iso: '2025-09-10' },
    ]);
  });
});
