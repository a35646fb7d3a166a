/**
 * The glossary as the page shows it: every acronym of every report's glossary
 * file, with its expansion, whether the report gives that expansion (and where,
 * checked word for word), and the paragraphs where the acronym occurs, found
 * in the text by `src/lib/glossary.ts`, never typed by hand.
 */
import { getCollection } from 'astro:content';
import { buildOnce } from '../lib/build-once';
import { compareSigles, glossarySlug, plainSigle, termFinder } from '../lib/glossary';
import { fileOf, loadReports, paragraphsOf, requireParagraph, type LocatedParagraph, type Report } from './reports';
import { checkReferences } from './references';

/** A paragraph of a report. */
export interface ReportParagraph {
  report: Report;
  paragraph: LocatedParagraph;
}

export interface GlossaryItem {
  sigle: string;
  /** Anchor on `/glossaire/`: `ungis`. */
  slug: string;
  developpe: string;
  origine: 'rapport' | 'usage';
  /** Where the report gives the expansion (origine `rapport`). */
  source?: ReportParagraph;
  /** Every paragraph where the acronym occurs, in reading order. */
  occurrences: ReportParagraph[];
}

/** Every acronym, in French alphabetical order; built once per build, which warns about an acronym no report uses. */
export const loadGlossary = buildOnce(assembleGlossary);

async function assembleGlossary(): Promise<GlossaryItem[]> {
  await checkReferences();
  const [files, reports] = await Promise.all([getCollection('glossaires'), loadReports()]);
  const paragraphsByReport = new Map<string, Map<string, LocatedParagraph>>();
  for (const report of reports) paragraphsByReport.set(report.id, await paragraphsOf(report));

  const items = new Map<string, GlossaryItem>();
  for (const file of files) {
    const path = fileOf(file);
    const report = reports.find((r) => r.id === file.data.rapport);
    const paragraphs = paragraphsByReport.get(file.data.rapport);
    if (!report || !paragraphs) continue; // reported by checkReferences()
    file.data.sigles.forEach((term, i) => {
      let source: ReportParagraph | undefined;
      if (term.source) {
        const paragraph = requireParagraph(paragraphs, term.source, { file: path, field: `sigles.${i}.source` });
        source = { report, paragraph };
      }
      const key = plainSigle(term.sigle);
      const known = items.get(key);
      if (!known) {
        items.set(key, { ...term, slug: glossarySlug(term.sigle), source, occurrences: [] });
      } else if (!known.source && source) {
        Object.assign(known, { origine: term.origine, source });
      }
    });
  }

  const find = termFinder([...items.values()].map((item) => item.sigle));
  for (const report of reports) {
    for (const paragraph of paragraphsByReport.get(report.id)!.values()) {
      for (const key of new Set(find(paragraph.texte).map((match) => plainSigle(match.sigle)))) {
        items.get(key)!.occurrences.push({ report, paragraph });
      }
    }
  }

  const glossary = [...items.values()].sort((a, b) => compareSigles(a.sigle, b.sigle));
  for (const item of glossary.filter((i) => i.occurrences.length === 0)) {
    console.warn(`[glossaire] « ${item.sigle} » : aucun paragraphe n’emploie ce sigle (avertissement).`);
  }
  return glossary;
}
