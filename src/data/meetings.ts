/**
 * The meetings as pages: each meeting with what the report says about it
 * alone, what it says about the report's meetings together, and who chaired
 * them, every statement resolved to the paragraph it comes from. A `source`
 * that points to no paragraph stops the build, naming the file and the id.
 */
import { getCollection } from 'astro:content';
import {
  fileOf,
  loadReports,
  paragraphsOf,
  requireParagraph,
  type LocatedParagraph,
  type MeetingEntry,
  type Report,
} from './reports';
import { checkReferences } from './references';

/** A statement with the paragraph it comes from. */
export interface SourcedFact {
  texte: string;
  paragraph: LocatedParagraph;
}

/** Everything a meeting's page shows. */
export interface MeetingPage {
  report: Report;
  meeting: MeetingEntry;
  /** The paragraph that gives the meeting's dates. */
  dateSource: LocatedParagraph;
  /** What the report says about this meeting alone. */
  faits: SourcedFact[];
  /** What the report says about its meetings together. */
  ensemble: SourcedFact[];
  /** The paragraph that names the chair and vice-chairs. */
  presidenceSource: LocatedParagraph;
  previous?: MeetingEntry;
  next?: MeetingEntry;
}

/** Resolves the `source` of each fact of a content file, failing the build on an unknown paragraph. */
export function resolveFacts(
  facts: readonly { texte: string; source: string }[],
  paragraphs: Map<string, LocatedParagraph>,
  file: string,
  field = 'faits',
): SourcedFact[] {
  return facts.map((fact, i) => ({
    texte: fact.texte,
    paragraph: requireParagraph(paragraphs, fact.source, { file, field: `${field}.${i}.source` }),
  }));
}

/** Every meeting of every report, in order of number, ready to show. */
export async function loadMeetingPages(): Promise<MeetingPage[]> {
  await checkReferences();
  const [reports, ensembles] = await Promise.all([loadReports(), getCollection('reunionsEnsemble')]);
  const pages: MeetingPage[] = [];
  for (const report of reports) {
    const paragraphs = await paragraphsOf(report);
    const ensemble = ensembles
      .filter((entry) => entry.data.rapport === report.id)
      .flatMap((entry) => resolveFacts(entry.data.faits, paragraphs, fileOf(entry)));
    const presidenceSource = requireParagraph(paragraphs, report.data.presidence.source, {
      file: `content/rapport/${report.id}/rapport.yaml`,
      field: 'presidence.source',
    });
    for (const meeting of report.meetings) {
      pages.push({
        report,
        meeting,
        dateSource: requireParagraph(paragraphs, meeting.data.source, { file: fileOf(meeting), field: 'source' }),
        faits: resolveFacts(meeting.data.faits, paragraphs, fileOf(meeting)),
        ensemble,
        presidenceSource,
      });
    }
  }
  pages.sort((a, b) => a.meeting.data.numero - b.meeting.data.numero);
  return pages.map((page, i) => ({ ...page, previous: pages[i - 1]?.meeting, next: pages[i + 1]?.meeting }));
}
