import { z } from 'astro/zod';
import { paragraphRef, partialDate, reportId, slug, text } from './fields';

/** One point of an editorial page: close to the report's words, with the paragraph that says it. */
export const pointSchema = z
  .object({
    texte: text,
    /** The paragraph of the report that says it. */
    source: paragraphRef,
    /** Slugs of the cited texts it concerns (`/resolutions/<slug>/`). */
    resolutions: z.array(text).default([]),
    /** A meeting it concerns (`/reunions/44/`). */
    reunion: z.number().int().positive().optional(),
    /** When, as precisely as the report says. */
    debut: partialDate.optional(),
    fin: partialDate.optional(),
    /** Where. */
    lieu: text.optional(),
    /** The items of an enumeration, in the report's words. */
    liste: z.array(text).optional(),
  })
  .strict();

/**
 * An editorial page of a report (`content/rapport/<id>/pages/<slug>.yaml`,
 * served at `/<slug>/`): parts, each a list of sourced points.
 */
export const pageSchema = z
  .object({
    rapport: reportId,
    titre: text,
    /** Its name in the site's menu and breadcrumbs: `SMSI+20`. */
    menu: text,
    /** The page's description (search engines, previews). */
    description: text,
    /** The sentence under the title. */
    introduction: text,
    parties: z
      .array(
        z
          .object({
            /** Anchor of the part on the page: a public id. */
            id: slug('id'),
            titre: text,
            points: z.array(pointSchema).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
