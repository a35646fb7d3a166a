import { z } from 'astro/zod';
import { acronym, paragraphRef, reportId, text } from './fields';

/** One acronym of a glossary, its expansion and where that expansion comes from. */
export const sigleSchema = z
  .object({
    /** As the report writes it: `GTC-SMSI/ODD`, `S. E.`. */
    sigle: acronym,
    developpe: text,
    /** `rapport`: the report gives this expansion (in `source`); `usage`: the usual French expansion. */
    origine: z.enum(['rapport', 'usage']),
    source: paragraphRef.optional(),
  })
  .strict()
  .refine((s) => s.origine !== 'rapport' || s.source !== undefined, {
    message: 'origine « rapport » : indiquez dans « source » le paragraphe qui donne ce développement',
    path: ['source'],
  })
  .refine((s) => s.origine !== 'usage' || s.source === undefined, {
    message: 'origine « usage » : le rapport ne donne pas ce développement, retirez « source » ou passez à « rapport »',
    path: ['source'],
  });

/** The acronyms of a report: `content/glossaire/<rapport>.yaml`. */
export const glossaireSchema = z.object({ rapport: reportId, sigles: z.array(sigleSchema).min(1) }).strict();
