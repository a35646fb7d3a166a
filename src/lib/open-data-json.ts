/**
 * The report as open data, in JSON: one file per report (`/rapport/rapport.json`),
 * one per cited text (`/resolutions/pp-140.json`) and an index
 * (`/donnees/index.json`). Pure functions from the data the pages show
 * (`src/data/`) to plain objects; the endpoints under `src/pages/` serialize
 * them. Their JSON Schemas are in `src/lib/open-data-schemas.ts`.
 *
 * Addresses are site paths under the base (`/rapport/7/#p7-3`): the same
 * whether or not the build knows its public origin, to be resolved against
 * the address of the file. Dates are ISO days from the content, never the
 * build's.
 */
import { paragraphLabel } from './ids';
import type { Heading, RetiredParagraph } from './paragraphs';
import type { PublishedParagraph } from './published-paragraph';
import {
  DATA_PATHS,
  meetingPath,
  paragraphPath,
  reportAknPath,
  reportDataPath,
  reportPath,
  resolutionDataPath,
  resolutionFeedPath,
  resolutionPath,
  sectionPath,
  withBase,
} from './urls';

/** What the data say about a meeting: `{ numero: 43, dates: 'les 9 et 10 septembre 2025', debut: '2025-09-09', … }`. */
export interface MeetingInput {
  numero: number;
  dates: string;
  /** ISO days. */
  debut: string;
  fin: string;
}

/** A person as the report names them. */
export interface PersonInput {
  nom: string;
  pays: string;
}

/** A section of a report with its published paragraphs, in reading order, and its retired ones. */
export interface SectionInput {
  numero: number;
  titre: string;
  paragraphes: PublishedParagraph[];
  retires: RetiredParagraph[];
  /** The headings inside the section (the preamble's « Objet »…), typeset. */
  intertitres: Heading[];
}

/** Everything a report's data file holds, already typeset as its pages show it. */
export interface ReportInput {
  id: string;
  chemin: string;
  titre: string;
  sousTitre: string;
  titreCourt: string;
  /** « Rapport 43–44 ». */
  libelle: string;
  /** The official document symbol, date (ISO day) and link, when `rapport.yaml` gives them. */
  cote?: string;
  date?: string;
  lienOfficiel?: string;
  reunions: MeetingInput[];
  presidence: { presidente: PersonInput; vicePresidentes: PersonInput[] };
  signature: { nom: string; fonction: string };
  /** The preamble (section 0) first, if any, then the numbered sections. */
  sections: SectionInput[];
}

/** What a cited text's page shows. */
export interface ResolutionInput {
  slug: string;
  nom: string;
  citationComplete: string;
  nature: string;
  organe: { id: string; nom: string; sigle: string };
  numero: string;
  revisions: string[];
  variantes: string[];
  titreOfficiel?: string;
  lienOfficiel?: string;
}

/** A report's passages citing one text: the paragraphs, in reading order. */
export interface CitingReportInput {
  report: Pick<ReportInput, 'id' | 'chemin' | 'titreCourt' | 'libelle' | 'reunions' | 'date'>;
  paragraphes: { numero: number; paragraph: PublishedParagraph }[];
}

/** JSON of a citation in a paragraph. */
export interface CitationJson {
  slug: string;
  adresse: string;
  mots: string;
  debut: number;
  fin: number;
}

/** JSON of a paragraph. */
export interface ParagraphJson {
  id: string;
  libelle: string;
  adresse: string;
  rubrique?: string;
  texte: string;
  html: string;
  citations: CitationJson[];
}

/** The format versions, written in every file (`format`), raised when a field changes meaning or disappears. */
export const FORMATS = {
  rapport: 'gtc-donnees/rapport/1',
  resolution: 'gtc-donnees/resolution/1',
  index: 'gtc-donnees/index/1',
} as const;

/** A paragraph in JSON: its id, label, address, text and HTML as on its page, and its citations with offsets. */
export function paragraphJson(base: string, chemin: string, numero: number, p: PublishedParagraph): ParagraphJson {
  const path = (value: string) => withBase(base, value);
  return {
    id: p.id,
    libelle: paragraphLabel(p.id),
    adresse: path(paragraphPath(chemin, numero, p.id)),
    ...(p.rubrique ? { rubrique: p.rubrique } : {}),
    texte: p.texte,
    html: p.html,
    citations: p.citations.map((c) => ({
      slug: c.slug,
      adresse: path(resolutionPath(c.slug)),
      mots: p.texte.slice(c.start, c.end),
      debut: c.start,
      fin: c.end,
    })),
  };
}

/** `/rapport/rapport.json`: the report's metadata, its sections in order, every paragraph, and the retired ones. */
export function reportJson(base: string, report: ReportInput) {
  const path = (value: string) => withBase(base, value);
  const { chemin } = report;
  return {
    $schema: path(DATA_PATHS.schemas.rapport),
    format: FORMATS.rapport,
    id: report.id,
    libelle: report.libelle,
    titre: report.titre,
    sousTitre: report.sousTitre,
    titreCourt: report.titreCourt,
    ...(report.cote ? { cote: report.cote } : {}),
    ...(report.date ? { date: report.date } : {}),
    ...(report.lienOfficiel ? { lienOfficiel: report.lienOfficiel } : {}),
    adresse: path(reportPath(chemin)),
    donnees: { json: path(reportDataPath(chemin)), akomaNtoso: path(reportAknPath(chemin)) },
    reunions: report.reunions.map((m) => ({
      numero: m.numero,
      dates: m.dates,
      debut: m.debut,
      fin: m.fin,
      adresse: path(meetingPath(m.numero)),
    })),
    presidence: report.presidence,
    signature: report.signature,
    sections: report.sections.map((section) => ({
      numero: section.numero,
      titre: section.titre,
      adresse: path(sectionPath(chemin, section.numero)),
      paragraphes: section.paragraphes.map((p) => paragraphJson(base, chemin, section.numero, p)),
    })),
    retires: report.sections.flatMap((section) =>
      section.retires.map((r) => ({
        id: r.id,
        libelle: paragraphLabel(r.id),
        adresse: path(paragraphPath(chemin, section.numero, r.id)),
        avis: r.avis,
      })),
    ),
  };
}

/**
 * `/resolutions/pp-140.json`: what the text's page shows, and every passage
 * citing it, grouped by report (in the order given: the newest report first),
 * each paragraph with the offsets of this text's citations only.
 */
export function resolutionJson(
  base: string,
  text: ResolutionInput,
  citing: readonly CitingReportInput[],
  options: { feeds: boolean },
) {
  const path = (value: string) => withBase(base, value);
  return {
    $schema: path(DATA_PATHS.schemas.resolution),
    format: FORMATS.resolution,
    slug: text.slug,
    nom: text.nom,
    citationComplete: text.citationComplete,
    nature: text.nature,
    organe: text.organe,
    numero: text.numero,
    revisions: text.revisions,
    variantes: text.variantes,
    ...(text.titreOfficiel ? { titreOfficiel: text.titreOfficiel } : {}),
    ...(text.lienOfficiel ? { lienOfficiel: text.lienOfficiel } : {}),
    adresse: path(resolutionPath(text.slug)),
    donnees: {
      json: path(resolutionDataPath(text.slug)),
      ...(options.feeds ? { flux: path(resolutionFeedPath(text.slug)) } : {}),
    },
    rapports: citing.map(({ report, paragraphes }) => ({
      id: report.id,
      libelle: report.libelle,
      titreCourt: report.titreCourt,
      adresse: path(reportPath(report.chemin)),
      json: path(reportDataPath(report.chemin)),
      passages: paragraphes.map(({ numero, paragraph }) => {
        const json = paragraphJson(base, report.chemin, numero, paragraph);
        return { ...json, citations: json.citations.filter((c) => c.slug === text.slug) };
      }),
    })),
  };
}

/** `/donnees/index.json`: every report and cited text with its data addresses, and the schemas. */
export function dataIndexJson(
  base: string,
  reports: readonly Pick<ReportInput, 'id' | 'chemin' | 'titreCourt' | 'libelle' | 'reunions'>[],
  texts: readonly Pick<ResolutionInput, 'slug' | 'nom'>[],
  options: { feeds: boolean },
) {
  const path = (value: string) => withBase(base, value);
  return {
    $schema: path(DATA_PATHS.schemas.index),
    format: FORMATS.index,
    schemas: {
      rapport: path(DATA_PATHS.schemas.rapport),
      resolution: path(DATA_PATHS.schemas.resolution),
      index: path(DATA_PATHS.schemas.index),
    },
    ...(options.feeds ? { flux: path(DATA_PATHS.reportsFeed) } : {}),
    rapports: reports.map((r) => ({
      id: r.id,
      libelle: r.libelle,
      titreCourt: r.titreCourt,
      reunions: r.reunions.map((m) => m.numero),
      adresse: path(reportPath(r.chemin)),
      json: path(reportDataPath(r.chemin)),
      akomaNtoso: path(reportAknPath(r.chemin)),
    })),
    resolutions: texts.map((t) => ({
      slug: t.slug,
      nom: t.nom,
      adresse: path(resolutionPath(t.slug)),
      json: path(resolutionDataPath(t.slug)),
      ...(options.feeds ? { flux: path(resolutionFeedPath(t.slug)) } : {}),
    })),
  };
}

/** The JSON text of a data file: two-space indentation, a final newline (stable from build to build). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
