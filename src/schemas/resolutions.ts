import { z } from 'astro/zod';
import { BODY_IDS } from '../lib/bodies';
import { publicUrl, text } from './fields';

/** The front matter of a cited text: `content/resolutions/<organe>-<numero>.mdx`. */
export const resolutionSchema = z
  .object({
    organe: z.enum(BODY_IDS),
    /** The number under which the body files the text: `140`, `61`, `A/RES/80/173`. */
    numero: text,
    /** A resolution, or another document (`A/70/684`). */
    type: z.enum(['resolution', 'document']),
    /** Revisions and amendments exactly as the report writes them (`Rév. Bucarest, 2022`, `modifiée en 2024`). */
    revisions: z.array(text).default([]),
    /** Numbers as cited when they differ from `numero` (ITU-R: `61-3`). */
    variantes: z.array(text).default([]),
    /** Official title and link: only with a verifiable source; never guessed. */
    titreOfficiel: text.optional(),
    lienOfficiel: publicUrl.optional(),
  })
  .strict();
