/**
 * The timeline: every dated event of every report (`chronologie.yaml`) and
 * every meeting (`reunions/`), each with the paragraph that dates it, in
 * chronological order (`src/lib/timeline.ts`). A `source` that points to no
 * paragraph stops the build, naming the file and the id.
 */
import { getCollection } from 'astro:content';
import { isoDay } from '../lib/dates';
import { requirePartialDate } from '../lib/partial-dates';
import { sortEvents, type Dated } from '../lib/timeline';
import { meetingPath } from '../lib/urls';
import { checkReferences } from './references';
import { loadSite } from './site';
import { fileOf, loadReports, paragraphsOf, requireParagraph, type LocatedParagraph, type Report } from './reports';

export interface TimelineEvent extends Dated {
  detail?: string;
  report: Report;
  /** The paragraph that gives the date. */
  paragraph: LocatedParagraph;
  /** A page of the site about the event (a meeting's page), as a site path. */
  page?: string;
}

/** Every dated event, oldest first. */
export async function loadTimeline(): Promise<TimelineEvent[]> {
  await checkReferences();
  const [reports, timelines, { groupe }] = await Promise.all([
    loadReports(),
    getCollection('chronologies'),
    loadSite(),
  ]);
  const events: TimelineEvent[] = [];
  for (const report of reports) {
    const paragraphs = await paragraphsOf(report);
    for (const timeline of timelines.filter((t) => t.data.rapport === report.id)) {
      timeline.data.evenements.forEach((event, i) => {
        events.push({
          libelle: event.libelle,
          detail: event.detail,
          debut: requirePartialDate(event.debut),
          fin: event.fin === undefined ? undefined : requirePartialDate(event.fin),
          report,
          paragraph: requireParagraph(paragraphs, event.source, {
            file: fileOf(timeline),
            field: `evenements.${i}.source`,
          }),
        });
      });
    }
    for (const meeting of report.meetings) {
      const { numero, debut, fin, source } = meeting.data;
      events.push({
        libelle: `${numero}ème réunion du ${groupe}`,
        debut: requirePartialDate(isoDay(debut)),
        fin: requirePartialDate(isoDay(fin)),
        report,
        paragraph: requireParagraph(paragraphs, source, { file: fileOf(meeting), field: 'source' }),
        page: meetingPath(numero),
      });
    }
  }
  return sortEvents(events);
}
