import { z } from 'astro/zod';
import { frenchDayRange, partsText } from '../lib/dates';
import { day, ENDS_BEFORE_START, fact, paragraphRef, reportId, text } from './fields';

const bothDates = (r: { debut: unknown; fin: unknown }): r is { debut: Date; fin: Date } =>
  r.debut instanceof Date && r.fin instanceof Date;

/** A meeting of a report: `content/rapport/<id>/reunions/<numero>.yaml`. */
export const reunionSchema = z
  .object({
    rapport: reportId,
    numero: z.number().int().positive(),
    /** The dates as the report writes them. */
    dates: text,
    debut: day,
    fin: day,
    /** The paragraph that gives these dates. */
    source: paragraphRef,
    /** What the report says about this meeting alone (shown on `/reunions/43/`). */
    faits: z.array(fact).default([]),
  })
  .strict()
  // Refinements also run when a field failed (zod 3): they only judge dates that were read.
  .refine((r) => !bothDates(r) || r.fin >= r.debut, ENDS_BEFORE_START)
  .refine((r) => !bothDates(r) || r.dates === `les ${partsText(frenchDayRange(r.debut, r.fin))}`, {
    message:
      'ne correspond pas à « debut » et « fin » (attendu : « les 9 et 10 septembre 2025 » pour 2025-09-09 et 2025-09-10)',
    path: ['dates'],
  });
