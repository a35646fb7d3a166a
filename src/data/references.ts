/**
 * Every reference from a content file to a paragraph, checked at once before
 * any page is assembled: a `source` must name a paragraph of its report, a
 * glossary expansion given by the report must be in that paragraph word for
 * word, a preamble must have the headings the home page shows. Paragraphs
 * exist only once the sections are compiled (their ids are computed by
 * `rehype-paragraph-ids`), so these checks cannot run in the content loader,
 * which checks everything else across files (`src/lib/report.ts`,
 * `checkAcrossCollections`) before any page is built. Like the loader's, all
 * the faults are reported together, each with its file and field, and the
 * build stops. The assemblers of `src/data/` call {@link checkReferences}
 * first and then rely on it.
 */
import { getCollection } from 'astro:content';
import { buildOnce } from '../lib/build-once';
import { ContentError, type ContentProblem } from '../lib/content-errors';
import { missingHeading, missingParagraph } from '../lib/report';
import { foldTypography } from '../lib/typography';
import { fileOf, loadReports, paragraphsOf, type LocatedParagraph } from './reports';

/** The headings of a preamble that the home page quotes. */
const PREAMBLE_ANCHORS = ['objet', 'suite-a-donner'];

/** Checks every cross-file reference of the content once per build; throws one error listing every fault. */
export const checkReferences = buildOnce(async (): Promise<void> => {
  const [reports, ensembles, timelines, glossaries, pages] = await Promise.all([
    loadReports(),
    getCollection('reunionsEnsemble'),
    getCollection('chronologies'),
    getCollection('glossaires'),
    getCollection('pages'),
  ]);
  const problems = new Map<string, ContentProblem[]>();
  const report = (file: string, problem: ContentProblem) =>
    problems.set(file, [...(problems.get(file) ?? []), problem]);
  for (const current of reports) {
    const paragraphs = await paragraphsOf(current);
    /** The paragraph `id` names, or a problem for `field` of `file`. */
    const paragraph = (id: string, file: string, field: string): LocatedParagraph | undefined => {
      const found = paragraphs.get(id);
      if (!found) report(file, { field, message: missingParagraph(id) });
      return found;
    };
    const mine = <T extends { data: { rapport: string } }>(entries: readonly T[]) =>
      entries.filter((entry) => entry.data.rapport === current.id);

    paragraph(current.data.presidence.source, `content/rapport/${current.id}/rapport.yaml`, 'presidence.source');
    if (current.preamble) {
      for (const anchor of PREAMBLE_ANCHORS) {
        if (![...paragraphs.values()].some((p) => p.rubrique === anchor)) {
          report(fileOf(current.preamble), {
            field: 'ancres',
            message: missingHeading(anchor),
          });
        }
      }
    }
    for (const meeting of current.meetings) {
      paragraph(meeting.data.source, fileOf(meeting), 'source');
      meeting.data.faits.forEach((fact, i) => paragraph(fact.source, fileOf(meeting), `faits.${i}.source`));
    }
    for (const entry of mine(ensembles)) {
      entry.data.faits.forEach((fact, i) => paragraph(fact.source, fileOf(entry), `faits.${i}.source`));
    }
    for (const entry of mine(timelines)) {
      entry.data.evenements.forEach((event, i) => paragraph(event.source, fileOf(entry), `evenements.${i}.source`));
    }
    for (const entry of mine(glossaries)) {
      entry.data.sigles.forEach((term, i) => {
        if (!term.source) return;
        const given = paragraph(term.source, fileOf(entry), `sigles.${i}.source`);
        if (given && !foldTypography(given.texte).includes(foldTypography(term.developpe))) {
          report(fileOf(entry), {
            field: `sigles.${i}.developpe`,
            message: `« ${term.developpe} » ne figure pas mot pour mot dans le paragraphe « ${term.source} »`,
          });
        }
      });
    }
    for (const entry of mine(pages)) {
      entry.data.parties.forEach((part, p) =>
        part.points.forEach((point, s) => paragraph(point.source, fileOf(entry), `parties.${p}.points.${s}.source`)),
      );
    }
  }
  if (problems.size > 0) {
    throw new Error(
      [...problems]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([file, list]) => new ContentError(file, list).message)
        .join('\n'),
    );
  }
});
