import { z } from 'astro/zod';
import { slug, text } from './fields';

/**
 * What belongs to the whole site, whatever the report: `content/site.yaml`.
 * The code holds no report's words; it reads these.
 */
export const siteSchema = z
  .object({
    /** The name of the site (page titles, previews): « Rapport de la Présidente du … ». */
    titre: text,
    /** The group whose reports the site publishes, as it writes its own name (header, meetings, timeline). */
    groupe: text,
    /**
     * The group as an Akoma Ntoso actor (`itu-council-cwg-wsis-sdg`), the {actor} segment of the report's AKN IRIs
     * (AKN4UN naming convention); by default the group's name as a slug (`gtc-smsi-odd`).
     */
    acteurAkn: slug('acteur Akoma Ntoso').optional(),
    /** The organisation whose documents the reports are, as it names itself (the provenance on `/donnees/`). */
    organisation: text.optional(),
  })
  .strict();
