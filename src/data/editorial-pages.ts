/**
 * The editorial pages of the reports (`content/rapport/<id>/pages/<slug>.yaml`,
 * served at `/<slug>/`, such as the WSIS+20 outcomes): parts of points that
 * keep close to the report's words, each resolved to the paragraph it comes
 * from, the texts it concerns and the meeting it speaks of. A point that
 * names a paragraph, a text or a meeting that does not exist stops the build,
 * with the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOnce } from '../lib/build-once';
import { requirePartialDate, type PartialDate } from '../lib/partial-dates';
import { loadResolutions, type ResolutionEntry } from './resolutions';
import { fileOf, loadReports, paragraphsOf, requireParagraph, type LocatedParagraph, type Report } from './reports';
import { checkReferences } from './references';

type PageData = CollectionEntry<'pages'>['data'];
type Point = PageData['parties'][number]['points'][number];

export interface EditorialPoint extends Omit<Point, 'source' | 'resolutions' | 'debut' | 'fin'> {
  paragraph: LocatedParagraph;
  resolutions: ResolutionEntry[];
  debut?: PartialDate;
  fin?: PartialDate;
}

export interface EditorialPart {
  /** Anchor of the part on the page. */
  id: string;
  titre: string;
  points: EditorialPoint[];
}

export interface EditorialPage {
  /** The page's path segment: its file name (`smsi-20`). */
  slug: string;
  report: Report;
  titre: string;
  /** Its name in menus and breadcrumbs. */
  menu: string;
  description: string;
  introduction: string;
  parties: EditorialPart[];
}

/** Every editorial page of every report, with each point resolved; assembled once per build. */
export const loadEditorialPages = buildOnce(assembleEditorialPages);

async function assembleEditorialPages(): Promise<EditorialPage[]> {
  await checkReferences();
  const [entries, reports, resolutions] = await Promise.all([getCollection('pages'), loadReports(), loadResolutions()]);
  const pages: EditorialPage[] = [];
  for (const entry of entries) {
    const file = fileOf(entry);
    const report = reports.find((r) => r.id === entry.data.rapport)!;
    const paragraphs = await paragraphsOf(report);
    const parties = entry.data.parties.map((part, p) => ({
      id: part.id,
      titre: part.titre,
      points: part.points.map(({ source, resolutions: slugs, debut, fin, ...rest }, s) => {
        const field = `parties.${p}.points.${s}`;
        return {
          ...rest,
          paragraph: requireParagraph(paragraphs, source, { file, field: `${field}.source` }),
          resolutions: slugs.map((slug) => resolutions.find((candidate) => candidate.id === slug)!),
          debut: debut === undefined ? undefined : requirePartialDate(debut),
          fin: fin === undefined ? undefined : requirePartialDate(fin),
        };
      }),
    }));
    const { titre, menu, description, introduction } = entry.data;
    pages.push({ slug: entry.id, report, titre, menu, description, introduction, parties });
  }
  return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The editorial pages of one report (the home page and the report's pages link to them). */
export async function editorialPagesOf(report: Report): Promise<EditorialPage[]> {
  return (await loadEditorialPages()).filter((page) => page.report.id === report.id);
}
