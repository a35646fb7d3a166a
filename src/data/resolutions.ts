/**
 * The resolutions collection joined with the citations found in the reports:
 * for each text, every passage that cites it. Views call these functions.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareResolutions } from '../lib/resolutions';
import { buildOnce } from '../lib/build-once';
import { paragraphsOf, reportsNewestFirst, type LocatedParagraph, type Report } from './reports';
import { REFERENCES_HEADING_ID } from '../lib/ids';

export type ResolutionEntry = CollectionEntry<'resolutions'>;

/** A paragraph that cites a text, with where the citation's words are in it. */
export interface Passage {
  report: Report;
  paragraph: LocatedParagraph;
  spans: { start: number; end: number }[];
}

/** Every text of the collection, ordered by body then number. */
export async function loadResolutions(): Promise<ResolutionEntry[]> {
  const entries = await getCollection('resolutions');
  return entries.sort((a, b) => compareResolutions(a.data, b.data));
}

/**
 * The passages that cite each text (by slug): the newest report's first, each
 * report's in reading order. Built once per build, which warns about texts
 * that nothing cites.
 */
export const passagesBySlug = buildOnce(findPassages);

async function findPassages(): Promise<Map<string, Passage[]>> {
  const passages = new Map<string, Passage[]>();
  for (const report of await reportsNewestFirst()) {
    for (const paragraph of (await paragraphsOf(report)).values()) {
      for (const citation of paragraph.citations ?? []) {
        const list = passages.get(citation.slug) ?? [];
        const same = list.find((p) => p.paragraph.id === paragraph.id && p.report.id === report.id);
        if (same) same.spans.push({ start: citation.start, end: citation.end });
        else list.push({ report, paragraph, spans: [{ start: citation.start, end: citation.end }] });
        passages.set(citation.slug, list);
      }
    }
  }
  for (const entry of await loadResolutions()) {
    if (!passages.has(entry.id)) {
      console.warn(`[resolutions] ${entry.filePath ?? entry.id} : aucun rapport ne cite ce texte (avertissement).`);
    }
  }
  return passages;
}

/** Passages grouped by report, in the order given (newest report first). */
export function passagesByReport(passages: readonly Passage[]): { report: Report; passages: Passage[] }[] {
  const groups = new Map<string, { report: Report; passages: Passage[] }>();
  for (const passage of passages) {
    const group = groups.get(passage.report.id) ?? { report: passage.report, passages: [] };
    group.passages.push(passage);
    groups.set(passage.report.id, group);
  }
  return [...groups.values()];
}

/** Number of citations (links) of a text across its passages. */
export function citationCount(passages: readonly Passage[] = []): number {
  return passages.reduce((sum, passage) => sum + passage.spans.length, 0);
}

/**
 * The texts cited in the same paragraphs as `slug`, by slug, most shared
 * first: paragraphs of the report's body only, not the preamble's list of
 * references (under the heading `REFERENCES_HEADING_ID`), which cites them all.
 */
export function coCited(slug: string, passages: readonly Passage[] = []): string[] {
  const counts = new Map<string, number>();
  for (const { paragraph } of passages) {
    if (paragraph.rubrique === REFERENCES_HEADING_ID) continue;
    for (const other of new Set((paragraph.citations ?? []).map((c) => c.slug))) {
      if (other !== slug) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([other]) => other);
}
