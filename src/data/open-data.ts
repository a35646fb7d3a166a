/**
 * The open data's inputs, from the same collections and compiled paragraphs
 * as the pages (`reports.ts`, `resolutions.ts`): each report with its
 * published paragraphs and retired ones, each cited text with the reports
 * citing it. The formats themselves are pure modules of `src/lib/`
 * (`open-data-json.ts`, `akoma-ntoso.ts`, `atom-feeds.ts`).
 */
import { render } from 'astro:content';
import { buildOnce, buildOncePer } from '../lib/build-once';
import { BODIES } from '../lib/bodies';
import { isoDay } from '../lib/dates';
import { typographizeInterface } from '../lib/interface-typography';
import type { CitingReportInput, ReportInput, ResolutionInput } from '../lib/open-data-json';
import type { Heading, RetiredParagraph } from '../lib/paragraphs';
import { publishParagraph, type PublishedParagraph } from '../lib/published-paragraph';
import { fullCitation, kindLabel, resolutionName } from '../lib/resolutions';
import { officialLink } from '../lib/official-links';
import { loadReports, paragraphsOf, readingOrder, reportLabel, type Report } from './reports';
import { loadResolutions, passagesByReport, passagesBySlug, type ResolutionEntry } from './resolutions';

const t = typographizeInterface;

/** Every paragraph of a report as published, by id, in reading order; computed once per build. */
export const publishedParagraphsOf = buildOncePer(async (report: Report) => {
  const published = new Map<string, { numero: number; paragraph: PublishedParagraph }>();
  for (const paragraph of (await paragraphsOf(report)).values()) {
    published.set(paragraph.id, { numero: paragraph.section.data.numero, paragraph: publishParagraph(paragraph) });
  }
  return published;
});

/** A report as its data files describe it. */
export const reportInput = buildOncePer(async (report: Report): Promise<ReportInput> => {
  const published = await publishedParagraphsOf(report);
  const sections = [];
  for (const section of readingOrder(report)) {
    const { remarkPluginFrontmatter } = await render(section);
    const numero = section.data.numero;
    sections.push({
      numero,
      titre: t(section.data.titre),
      paragraphes: [...published.values()].filter((p) => p.numero === numero).map((p) => p.paragraph),
      retires: (remarkPluginFrontmatter.retires ?? []) as RetiredParagraph[],
      intertitres: ((remarkPluginFrontmatter.intertitres ?? []) as Heading[]).map((h) => ({
        id: h.id,
        texte: t(h.texte),
      })),
    });
  }
  const { data } = report;
  const person = (p: { nom: string; pays: string }) => ({ nom: t(p.nom), pays: t(p.pays) });
  return {
    id: report.id,
    chemin: data.chemin,
    titre: t(data.titre),
    sousTitre: t(data.sousTitre),
    titreCourt: t(data.titreCourt),
    libelle: reportLabel(report),
    ...(data.cote ? { cote: data.cote } : {}),
    ...(data.date ? { date: data.date } : {}),
    ...(data.lienOfficiel ? { lienOfficiel: data.lienOfficiel } : {}),
    reunions: report.meetings.map((m) => ({
      numero: m.data.numero,
      dates: t(m.data.dates),
      debut: isoDay(m.data.debut),
      fin: isoDay(m.data.fin),
    })),
    presidence: {
      presidente: person(data.presidence.presidente),
      vicePresidentes: data.presidence.vicePresidentes.map(person),
    },
    signature: { nom: t(data.signature.nom), fonction: t(data.signature.fonction) },
    sections,
  };
});

/** Every report's data input, oldest first (the order of `loadReports`). */
export const reportInputs = buildOnce(async () => Promise.all((await loadReports()).map((r) => reportInput(r))));

/** What a cited text's page shows. */
export function resolutionInput(entry: ResolutionEntry): ResolutionInput {
  const { data } = entry;
  const body = BODIES[data.organe];
  const official = officialLink(data);
  return {
    slug: entry.id,
    nom: t(resolutionName(data)),
    citationComplete: t(fullCitation(data)),
    nature: kindLabel(data),
    organe: { id: body.id, nom: t(body.nom), sigle: body.sigle },
    numero: data.numero,
    revisions: data.revisions.map(t),
    variantes: data.variantes,
    ...(data.titreOfficiel ? { titreOfficiel: t(data.titreOfficiel) } : {}),
    ...(official ? { lienOfficiel: official.url } : {}),
  };
}

/** The reports citing a text (the newest first), each with its citing paragraphs as published. */
export async function citingReports(slug: string): Promise<CitingReportInput[]> {
  const groups = passagesByReport((await passagesBySlug()).get(slug) ?? []);
  const result: CitingReportInput[] = [];
  for (const group of groups) {
    const published = await publishedParagraphsOf(group.report);
    const input = await reportInput(group.report);
    result.push({
      report: input,
      paragraphes: group.passages.map((passage) => published.get(passage.paragraph.id)!),
    });
  }
  return result;
}

/** Every cited text with its input, in the order of the index of texts. */
export const resolutionInputs = buildOnce(async () => (await loadResolutions()).map(resolutionInput));
