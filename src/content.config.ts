import { defineCollection, z } from 'astro:content';
import { auditedLoaders, type LoaderWithSchema } from './loaders/validated-glob';
import { checkAcrossCollections, checkMeetings, checkReports, checkResolutions, checkSections } from './lib/report';
import { BODY_IDS } from './lib/bodies';
import { PARAGRAPH_ID } from './lib/ids';
import { RESERVED_SEGMENTS } from './lib/urls';
import { frenchDayRange, partsText } from './lib/dates';
import { checkGlossaries } from './lib/glossary';
import { acronymProblem, blankProblem, publicUrlProblem } from './lib/content-rules';
import { parsePartialDate, partialDateProblem, requirePartialDate } from './lib/partial-dates';
import { checkReportOf, fileStem, reportFolderOf } from './lib/report-files';

/**
 * Where the content lives. Tests point this at fixture folders
 * (`CONTENT_DIR=tests/fixtures/…`) to prove that bad content stops the build.
 */
const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/**
 * A public name made of lowercase ASCII words joined by hyphens (a folder, an
 * URL segment, an anchor); `what` names it in the message.
 */
const slug = (what: string) => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${what} : minuscules, chiffres et tirets`);
/** A report id is the name of its folder: `content/rapport/gtc-smsi-odd-43-44/`. */
const reportId = slug('identifiant de rapport');
/** A zod refinement from a rule of `src/lib` that returns the reason a value is refused. */
const rule =
  <T>(problem: (value: T) => string | undefined) =>
  (value: T, ctx: z.RefinementCtx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  };
/** A required text: neither empty nor only spaces. */
const text = z.string().superRefine(rule(blankProblem));
const paragraphRef = z.string().regex(PARAGRAPH_ID, 'id de paragraphe attendu, par exemple « p7-4 » ou « p7-2a »');
const person = z.object({ nom: text, pays: text }).strict();
/** A statement about the report's content, in the report's words as far as possible, with its paragraph. */
const fact = z.object({ texte: text, source: paragraphRef }).strict();
/**
 * Dates are text, read by our code (`src/lib/partial-dates.ts`), never by YAML: a day (`2025-07-07`), a month
 * (`2026-03`) or a year (`2026`, also accepted unquoted): only as precise as the report is.
 */
const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().superRefine(rule((value: string) => partialDateProblem(value))),
);
/** A meeting day, `2025-09-09`, read as a date once checked. */
const day = z
  .string()
  .superRefine(rule((value: string) => partialDateProblem(value, 'jour')))
  .transform((value) => requirePartialDate(value).start);
/** A link published on the site: https only (`src/lib/content-rules.ts`). */
const publicUrl = z.string().superRefine(rule(publicUrlProblem));

const rapportSchema = z
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

const sectionSchema = z
  .object({
    rapport: reportId,
    /** 0 for the preamble, 1… for the numbered sections. */
    numero: z.number().int().min(0),
    titre: text,
    /** Preamble only: the id of each heading, by its text (`Objet: objet`). */
    ancres: z.record(z.string(), slug('id')).optional(),
  })
  .strict();

/** The refusal of an end date before the start date (meetings, events). */
const ENDS_BEFORE_START = { message: 'la date de fin précède la date de début', path: ['fin'] };

const bothDates = (r: { debut: unknown; fin: unknown }): r is { debut: Date; fin: Date } =>
  r.debut instanceof Date && r.fin instanceof Date;

const reunionSchema = z
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

/** What the report says about its meetings together: `content/rapport/<id>/reunions/ensemble.yaml`. */
const reunionsEnsembleSchema = z.object({ rapport: reportId, faits: z.array(fact).min(1) }).strict();

/** Both dates read and the end's first day before the start's. */
const endsBeforeStart = (debut: string, fin: string | undefined): boolean => {
  const [start, end] = [parsePartialDate(debut), fin === undefined ? undefined : parsePartialDate(fin)];
  return start !== undefined && end !== undefined && end.start < start.start;
};

const evenementSchema = z
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
const chronologieSchema = z.object({ rapport: reportId, evenements: z.array(evenementSchema).min(1) }).strict();

const sigleSchema = z
  .object({
    /** As the report writes it: `GTC-SMSI/ODD`, `S. E.`. */
    sigle: z.string().superRefine(rule(acronymProblem)),
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
const glossaireSchema = z.object({ rapport: reportId, sigles: z.array(sigleSchema).min(1) }).strict();

/**
 * What belongs to the whole site, whatever the report: `content/site.yaml`.
 * The code holds no report's words; it reads these.
 */
const siteSchema = z
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

/** One point of an editorial page: close to the report's words, with the paragraph that says it. */
const pointSchema = z
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
const pageSchema = z
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

const resolutionSchema = z
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

/**
 * Where each collection's files are, its schema (written once, here) and the
 * checks across its entries; then the checks across collections. The loaders
 * audit all of it before any collection loads (`src/loaders/validated-glob.ts`).
 */
const loaders = auditedLoaders(
  {
    site: {
      pattern: 'site.yaml',
      base: CONTENT_DIR,
      schema: siteSchema,
      generateId: () => 'site',
      required: 'il décrit le site entier (champs « titre » et « groupe »)',
    },
    rapports: {
      pattern: '*/rapport.yaml',
      base: `${CONTENT_DIR}/rapport`,
      schema: rapportSchema,
      generateId: ({ entry }) => entry.split('/')[0]!,
      check: checkReports,
    },
    pages: {
      pattern: '*/pages/*.yaml',
      base: `${CONTENT_DIR}/rapport`,
      schema: pageSchema,
      generateId: ({ entry }) =>
        entry
          .split('/')
          .at(-1)!
          .replace(/\.ya?ml$/, ''),
      check: checkReportOf(reportFolderOf, 'son dossier'),
    },
    sections: {
      pattern: '*/*.mdx',
      base: `${CONTENT_DIR}/rapport`,
      schema: sectionSchema,
      check: checkSections,
    },
    reunions: {
      pattern: '*/reunions/[0-9]*.yaml',
      base: `${CONTENT_DIR}/rapport`,
      schema: reunionSchema,
      check: checkMeetings,
    },
    reunionsEnsemble: {
      pattern: '*/reunions/ensemble.yaml',
      base: `${CONTENT_DIR}/rapport`,
      schema: reunionsEnsembleSchema,
      check: checkReportOf(reportFolderOf, 'son dossier'),
    },
    chronologies: {
      pattern: '*/chronologie.yaml',
      base: `${CONTENT_DIR}/rapport`,
      schema: chronologieSchema,
      check: checkReportOf(reportFolderOf, 'son dossier'),
    },
    glossaires: {
      pattern: '*.yaml',
      base: `${CONTENT_DIR}/glossaire`,
      schema: glossaireSchema,
      check: (entries) => [...checkReportOf(fileStem, 'le nom du fichier')(entries), ...checkGlossaries(entries)],
    },
    resolutions: {
      pattern: '*.mdx',
      base: `${CONTENT_DIR}/resolutions`,
      schema: resolutionSchema,
      check: checkResolutions,
    },
  },
  checkAcrossCollections,
);

/**
 * A collection from its loader, with the loader's schema. Astro would take the
 * schema from the loader alone, but it then types the entries by printing the
 * schema's input (zod-to-ts): `debut` would be a string, not the `Date` it
 * becomes, and fields with a default would be optional. Giving the same
 * schema object to the collection types `getCollection()` by its output.
 */
const collection = <S extends z.ZodTypeAny>(loader: LoaderWithSchema<S>) =>
  defineCollection<S>({ loader, schema: loader.schema });

export const collections = {
  site: collection(loaders.site),
  rapports: collection(loaders.rapports),
  pages: collection(loaders.pages),
  sections: collection(loaders.sections),
  reunions: collection(loaders.reunions),
  reunionsEnsemble: collection(loaders.reunionsEnsemble),
  chronologies: collection(loaders.chronologies),
  glossaires: collection(loaders.glossaires),
  resolutions: collection(loaders.resolutions),
};
