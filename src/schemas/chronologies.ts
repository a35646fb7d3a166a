import { z } from 'astro/zod';
import { endsBeforeStart, ENDS_BEFORE_START, paragraphRef, partialDate, reportId, text } from './fields';

/** A dated event of a report's timeline. */
export const evenementSchema = z
  .object({
    libelle: text,
    /** More of what the same paragraph says about the event. */
    detail: text.optional(),
    debut: partialDate,
    fin: partialDate.optional(),
    /** The paragraph that gives the date. */
    source: paragraphRef,
  })
  .strict()
  .refine((e) => !endsBeforeStart(e.debut, e.fin), ENDS_BEFORE_START);

/** The dated events of a report: `content/rapport/<id>/chronologie.yaml` (its meetings are added from `reunions`). */
export const chronologieSchema = z.object({ rapport: reportId, evenements: z.array(evenementSchema).min(1) }).strict();
