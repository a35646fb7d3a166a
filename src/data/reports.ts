/**
 * Reads the report collections and assembles each report with its preamble,
 * sections and meetings. Views call these functions; they never parse text.
 * Mistakes across files that need no compiled text (a section naming a report
 * that does not exist) are caught by the content loader; a `source` pointing to
 * no paragraph stops the build here, with the file named.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-errors';
import { missingHeading, missingParagraph, numberedSections, preambleOf } from '../lib/report';
import { reportJsonLd } from '../lib/structured-data';
import { publicUrl, reportPath, sectionPath } from '../lib/urls';
import { reportShortLabel, type Crumb } from '../lib/navigation';
import { buildOnce, buildOncePer } from '../lib/build-once';
import type { ExportedParagraph } from '../lib/paragraphs';

export type SectionEntry = CollectionEntry<'sections'>;
export type MeetingEntry = CollectionEntry<'reunions'>;

export interface Report {
  id: string;
  data: CollectionEntry<'rapports'>['data'];
  preamble?: SectionEntry;
  sections: SectionEntry[];
  meetings: MeetingEntry[];
}

/** A paragraph of a report with the section it belongs to. */
export interface LocatedParagraph extends ExportedParagraph {
  section: SectionEntry;
}

function fileOf(entry: { id: string; filePath?: string }): string {
  return entry.filePath ?? entry.id;
}

/** Every report, each with its parts, ordered by its latest meeting (oldest first); assembled once per build. */
export const loadReports = buildOnce(assembleReports);

async function assembleReports(): Promise<Report[]> {
  const [rapports, sections, meetings] = await Promise.all([
    getCollection('rapports'),
    getCollection('sections'),
    getCollection('reunions'),
  ]);
  // The loader has checked that every entry names a report that exists and that no two reports share a `chemin`.
  const reports = rapports.map((rapport) => ({
    id: rapport.id,
    data: rapport.data,
    preamble: preambleOf(sections, rapport.id),
    sections: numberedSections(sections, rapport.id),
    meetings: meetings.filter((m) => m.data.rapport === rapport.id).sort((a, b) => a.data.numero - b.data.numero),
  }));
  const latest = (r: Report) => Math.max(0, ...r.meetings.map((m) => m.data.numero));
  return reports.sort((a, b) => latest(a) - latest(b) || a.id.localeCompare(b.id));
}

/** The report shown on the home page: the one about the latest meetings. */
export async function currentReport(): Promise<Report> {
  const reports = await loadReports();
  const report = reports.at(-1);
  if (!report) throw new Error('Aucun rapport dans content/rapport/ : ajoutez un dossier avec rapport.yaml.');
  return report;
}

/** Every report, the one about the latest meetings first (the order of `/rapports/` and of cited passages). */
export async function reportsNewestFirst(): Promise<Report[]> {
  return (await loadReports()).toReversed();
}

/** The preamble and numbered sections of a report, in reading order. */
export function readingOrder(report: Report): SectionEntry[] {
  return report.preamble ? [report.preamble, ...report.sections] : report.sections;
}

/** Every paragraph of a report, by id, with its text as written in the source; read once per build. */
export const paragraphsOf = buildOncePer(readParagraphs);

async function readParagraphs(report: Report): Promise<Map<string, LocatedParagraph>> {
  const index = new Map<string, LocatedParagraph>();
  for (const section of readingOrder(report)) {
    const { remarkPluginFrontmatter } = await render(section);
    const paragraphs = (remarkPluginFrontmatter.paragraphes ?? []) as ExportedParagraph[];
    for (const paragraph of paragraphs) index.set(paragraph.id, { ...paragraph, section });
  }
  return index;
}

/**
 * Resolves a paragraph reference found in a content file (`source: p2-2`),
 * failing the build with the file, the field and the id when it points nowhere.
 */
export function requireParagraph(
  paragraphs: Map<string, LocatedParagraph>,
  id: string,
  where: { file: string; field: string },
): LocatedParagraph {
  const paragraph = paragraphs.get(id);
  if (!paragraph) {
    throw new ContentError(where.file, [{ field: where.field, message: missingParagraph(id) }]);
  }
  return paragraph;
}

export { fileOf };

/** The first paragraph under a heading id (`objet`), failing the build when the heading is missing. */
export function requireFirstParagraphUnder(
  paragraphs: Map<string, LocatedParagraph>,
  rubrique: string,
  where: { file: string; field: string },
): LocatedParagraph {
  const paragraph = [...paragraphs.values()].find((p) => p.rubrique === rubrique);
  if (!paragraph) {
    throw new ContentError(where.file, [{ field: where.field, message: missingHeading(rubrique) }]);
  }
  return paragraph;
}

/** The report's schema.org description (a `Report` with its sections as parts), with absolute URLs under `site`. */
export function reportStructuredData(report: Report, site: URL | undefined) {
  const absolute = (path: string) => publicUrl(path, site);
  const { chemin, titre, sousTitre } = report.data;
  return reportJsonLd(
    { name: titre, alternativeHeadline: sousTitre, url: absolute(reportPath(chemin)) },
    report.sections.map((section) => ({
      name: `${section.data.numero}. ${section.data.titre}`,
      url: absolute(sectionPath(chemin, section.data.numero)),
    })),
  );
}

/** A report's short name from its meetings: « Rapport 43–44 ». */
export function reportLabel(report: Report): string {
  return reportShortLabel(report.meetings.map((meeting) => meeting.data.numero));
}

/** The breadcrumb step of a report's landing page. */
export function reportCrumb(report: Report): Crumb {
  return { label: reportLabel(report), path: reportPath(report.data.chemin) };
}
