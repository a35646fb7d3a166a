import { describe, expect, it } from 'vitest';
import { frenchPartialDate, parsePartialDate, precisionNote, requirePartialDate } from '../../src/lib/partial-dates';
import { partsText } from '../../src/lib/dates';

const d = requirePartialDate;
const phrase = (start: string, end?: string) => partsText(frenchPartialDate(d(start), end ? d(end) : undefined));
const label = (start: string, end?: string) =>
  partsText(frenchPartialDate(d(start), end ? d(end) : undefined, 'label'));

describe('parsePartialDate', () => {
  it('reads the precision from the ISO form, with the period it covers', () => {
    expect(parsePartialDate('2025-07-07')).toMatchObject({ precision: 'jour', iso: '2025-07-07' });
    const month = parsePartialDate('2026-02')!;
    expect(month.precision).toBe('mois');
    expect(month.start.toISOString().slice(0, 10)).toBe('2026-02-01');
    expect(month.end.toISOString().slice(0, 10)).toBe('2026-02-28');
    const year = parsePartialDate('2026')!;
    expect(year.precision).toBe('annee');
    expect(year.end.toISOString().slice(0, 10)).toBe('2026-12-31');
  });

  it('rejects malformed dates and days that do not exist', () => {
    for (const bad of ['2025-13', '2025-02-30', '25', '2025-7-7', 'mars 2026', '']) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
    expect(() => requirePartialDate('2025-02-30')).toThrow(/date invalide/);
  });
});

describe('frenchPartialDate', () => {
  it('writes day ranges the way the report does', () => {
    expect(phrase('2025-09-09', '2025-09-10')).toBe('les 9 et 10 septembre 2025');
    expect(phrase('2025-07-07', '2025-07-11')).toBe('du 7 au 11 juillet 2025');
    expect(phrase('2026-03-01')).toBe('le 1er mars 2026');
  });

  it('never invents a day for a month or a year', () => {
    expect(phrase('2025-12')).toBe('en décembre 2025');
    expect(phrase('2026')).toBe('en 2026');
    expect(phrase('2026-03', '2026-04')).toBe('de mars 2026 à avril 2026');
  });

  it('writes short labels for the timeline', () => {
    expect(label('2025-04-07', '2025-04-11')).toBe('7–11 avril 2025');
    // Plain spaces around the dash between two months (Intl writes thin spaces): the site's typography.
    expect(label('2025-09-30', '2025-10-02')).toBe('30 septembre – 2 octobre 2025');
    expect(label('2025-12-30', '2026-01-02')).toBe('30 décembre 2025 – 2 janvier 2026');
    expect(label('2025-09-09', '2025-09-09')).toBe('9 septembre 2025');
    expect(label('2026-03', '2026-04')).toBe('mars 2026 – avril 2026');
    expect(label('2025-12')).toBe('décembre 2025');
    expect(label('2026')).toBe('2026');
  });

  it('keeps the ISO form of each date for <time datetime>', () => {
    expect(frenchPartialDate(d('2025-12')).find((p) => p.iso)?.iso).toBe('2025-12');
    expect(frenchPartialDate(d('2026')).find((p) => p.iso)?.iso).toBe('2026');
    expect(frenchPartialDate(d('2025-09-09'), d('2025-09-10')).flatMap((p) => (p.iso ? [p.iso] : []))).toEqual([
      '2025-09-09',
      '2025-09-10',
    ]);
  });

  it('says what the report leaves unsaid', () => {
    expect(precisionNote('jour')).toBeUndefined();
    expect(precisionNote('mois')).toBe('jour non précisé');
    expect(precisionNote('annee')).toBe('mois et jour non précisés');
  });
});
