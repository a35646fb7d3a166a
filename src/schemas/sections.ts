import { z } from 'astro/zod';
import { reportId, slug, text } from './fields';

/** The front matter of a report's section: `content/rapport/<id>/NN-nom.mdx`. */
export const sectionSchema = z
  .object({
    rapport: reportId,
    /** 0 for the preamble, 1… for the numbered sections. */
    numero: z.number().int().min(0),
    titre: text,
    /** Preamble only: the id of each heading, by its text (`Objet: objet`). */
    ancres: z.record(z.string(), slug('id')).optional(),
  })
  .strict();
