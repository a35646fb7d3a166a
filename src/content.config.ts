import { defineCollection, z } from 'astro:content';
import { config } from './config';
import { contentData } from './loaders/reader';
import { auditedLoaders, type LoaderWithSchema } from './loaders/validated-glob';
import { checkAcrossCollections, checkMeetings, checkReports, checkResolutions, checkSections } from './lib/report';
import { citableTexts } from './lib/content-data';
import { checkGlossaries } from './lib/glossary';
import { headingIdProblems, sectionHeadings } from './lib/heading-ids';
import { checkReportOf, fileStem, reportFolderOf } from './lib/report-files';
import { sectionCitationProblems } from './lib/section-citations';
import { chronologieSchema } from './schemas/chronologies';
import { glossaireSchema } from './schemas/glossaires';
import { pageSchema } from './schemas/pages';
import { rapportSchema } from './schemas/rapports';
import { resolutionSchema } from './schemas/resolutions';
import { reunionsEnsembleSchema } from './schemas/reunions-ensemble';
import { reunionSchema } from './schemas/reunions';
import { sectionSchema } from './schemas/sections';
import { siteSchema } from './schemas/site';

/** Where the content lives (CONTENT_DIR, read by src/config.ts). */
const CONTENT_DIR = config.contentDir;

/**
 * Where each collection's files are, its schema (one module each in
 * `src/schemas/`, unit-tested there) and the checks across its entries; then
 * the checks across collections. The loaders
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
      address: true,
      check: checkReportOf(reportFolderOf, 'son dossier'),
    },
    sections: {
      pattern: '*/*.mdx',
      base: `${CONTENT_DIR}/rapport`,
      schema: sectionSchema,
      checkBody: (tree, data) => [
        ...headingIdProblems(sectionHeadings(tree), data.numero, data.ancres ?? {}),
        // Every citation names a text of content/resolutions/, as read for remark-citations (astro.config.mjs).
        ...sectionCitationProblems(tree, citableTexts(contentData(`${CONTENT_DIR}/resolutions`))),
      ],
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
      address: true,
      check: checkResolutions,
    },
  },
  checkAcrossCollections,
  { root: CONTENT_DIR },
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
