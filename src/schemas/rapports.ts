import { z } from 'astro/zod';
import { RESERVED_SEGMENTS } from '../lib/urls';
import { partialDateProblem } from '../lib/partial-dates';
import { paragraphRef, person, publicUrl, rule, slug, text } from './fields';

/** A report: `content/rapport/<id>/rapport.yaml`. */
export const rapportSchema = z
  .object({
    /** First segment of the report's URLs (`rapport` → `/rapport/7/`); a public contract once published. */
    chemin: slug('segment d’URL').refine(
      (c) => !(RESERVED_SEGMENTS as readonly string[]).includes(c),
      'segment réservé à une autre page du site',
    ),
    titre: text,
    sousTitre: text,
    titreCourt: text,
    signature: z.object({ nom: text, fonction: text }).strict(),
    presidence: z.object({ source: paragraphRef, presidente: person, vicePresidentes: z.array(person) }).strict(),
    /** The official document symbol (`C26/xx-F`), day and link, only when a verifiable source gives them. */
    cote: text.optional(),
    date: z
      .string()
      .superRefine(rule((value: string) => partialDateProblem(value, 'jour')))
      .optional(),
    lienOfficiel: publicUrl.optional(),
  })
  .strict();
