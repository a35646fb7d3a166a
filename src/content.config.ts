import { defineCollection, z } from 'astro:content';
import { validatedGlob } from './loaders/validated-glob';
import { checkMeetings, checkResolutions, checkSections } from './lib/report';
import { BODY_IDS } from './lib/bodies';
import { RESERVED_SEGMENTS } from './lib/urls';
import { frenchDayRange, partsText } from './lib/dates';

/**
 * Where the content lives. Tests point this at fixture folders
 * (`CONTENT_DIR=tests/fixtures/…`) to prove that bad content stops the build.
 */
const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** A report id is the name of its folder: `content/rapport/gtc-smsi-odd-43-44/`. */
const reportId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant de rapport : minuscules, chiffres et tirets');
const paragraphRef = z.string().regex(/^p\d+-\d+$/, 'id de paragraphe attendu, par exemple « p7-4 »');
const person = z.object({ nom: z.string().min(1), pays: z.string().min(1) }).strict();

const rapportSchema = z
  .object({
    /** First segment of the report's URLs (`rapport` → `/rapport/7/`); a public contract once published. */
    chemin: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'segment d’URL : minuscules, chiffres et tirets')
      .refine((c) => !(RESERVED_SEGMENTS as readonly string[]).includes(c), 'segment réservé à une autre page du site'),
    titre: z.string().min(1),
    sousTitre: z.string().min(1),
    titreCourt: z.string().min(1),
    signature: z.object({ nom: z.string().min(1), fonction: z.string().min(1) }).strict(),
    presidence: z.object({ source: paragraphRef, presidente: person, vicePresidentes: z.array(person) }).strict(),
  })
  .strict();

const sectionSchema = z
  .object({
    rapport: reportId,
    /** 0 for the preamble, 1… for the numbered sections. */
    numero: z.number().int().min(0),
    titre: z.string().min(1),
    /** Preamble only: the id of each heading, by its text (`Objet: objet`). */
    ancres: z.record(z.string(), z.string().regex(/^[a-z0-9-]+$/, 'id en minuscules ASCII et tirets')).optional(),
  })
  .strict();

const reunionSchema = z
  .object({
    rapport: reportId,
    numero: z.number().int().positive(),
    /** The dates as the report writes them. */
    dates: z.string().min(1),
    debut: z.date(),
    fin: z.date(),
    /** The paragraph that gives these dates. */
    source: paragraphRef,
  })
  .strict()
  .refine((r) => r.fin >= r.debut, { message: 'la date de fin précède la date de début', path: ['fin'] })
  .refine((r) => r.dates === `les ${partsText(frenchDayRange(r.debut, r.fin))}`, {
    message:
      'ne correspond pas à « debut » et « fin » (attendu : « les 9 et 10 septembre 2025 » pour 2025-09-09 et 2025-09-10)',
    path: ['dates'],
  });

const rapports = defineCollection({
  loader: validatedGlob({
    pattern: '*/rapport.yaml',
    base: `${CONTENT_DIR}/rapport`,
    schema: rapportSchema,
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: rapportSchema,
});

const sections = defineCollection({
  loader: validatedGlob({
    pattern: '*/*.mdx',
    base: `${CONTENT_DIR}/rapport`,
    schema: sectionSchema,
    check: checkSections,
  }),
  schema: sectionSchema,
});

const reunions = defineCollection({
  loader: validatedGlob({
    pattern: '*/reunions/*.yaml',
    base: `${CONTENT_DIR}/rapport`,
    schema: reunionSchema,
    check: checkMeetings,
  }),
  schema: reunionSchema,
});

const resolutionSchema = z
  .object({
    organe: z.enum(BODY_IDS),
    /** The number under which the body files the text: `140`, `61`, `A/RES/80/173`. */
    numero: z.string().min(1),
    /** A resolution, or another document (`A/70/684`). */
    type: z.enum(['resolution', 'document']),
    /** Revisions and amendments exactly as the report writes them (`Rév. Bucarest, 2022`, `modifiée en 2024`). */
    revisions: z.array(z.string().min(1)).default([]),
    /** Numbers as cited when they differ from `numero` (ITU-R: `61-3`). */
    variantes: z.array(z.string().min(1)).default([]),
    /** Official title and link: only with a verifiable source; never guessed. */
    titreOfficiel: z.string().min(1).optional(),
    lienOfficiel: z.string().url().optional(),
  })
  .strict();

const resolutions = defineCollection({
  loader: validatedGlob({
    pattern: '*.mdx',
    base: `${CONTENT_DIR}/resolutions`,
    schema: resolutionSchema,
    check: checkResolutions,
  }),
  schema: resolutionSchema,
});

export const collections = { rapports, sections, reunions, resolutions };
