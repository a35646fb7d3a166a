/**
 * `/recherche/identifiants.json`: the map the search reads before any
 * full-text request, built from the collections at every build:
 * - the texts by normalized identifier (`140`, `A/RES/80/173`, `61-3`…), each
 *   with every passage that cites it (from the citation graph the resolution
 *   pages show), so that a number answers with its passages;
 * - every report's paragraphs and sections by label (`7.3`, `7`), newest
 *   report first, so that `§ 7.3` opens the paragraph;
 * - the glossary's acronyms, with the passages that use one when they are
 *   few (`GenAI`: § 6.2), which Pagefind's stemmer would bury.
 */

import type { APIRoute } from 'astro';
import { loadReports, paragraphsOf, readingOrder, type LocatedParagraph, type Report } from '../../data/reports';
import { loadGlossary } from '../../data/glossary';
import { loadResolutions, passagesBySlug } from '../../data/resolutions';
import { BODIES } from '../../lib/bodies';
import { paragraphLabel } from '../../lib/ids';
import { fullCitation, kindLabel, resolutionName } from '../../lib/resolutions';
import { termFinder } from '../../lib/glossary';
import {
  identifierKeys,
  sigleKey,
  type IdentifierMap,
  type PassageEntry,
  type ReportEntry,
} from '../../lib/search-map';
import { sentenceAround, shortenOnWordBoundary } from '../../lib/text';
import { typographize, typographizeSegments } from '../../lib/typography';
import { PAGES, paragraphPath, resolutionPath, sectionPath, sitePath } from '../../lib/urls';

/** An acronym's passages are listed only when it occurs in at most this many paragraphs. */
const FEW_OCCURRENCES = 2;

/** « 7. Travaux préparatoires… » or « Préambule »: where a paragraph sits. */
function sectionName(numero: number, titre: string): string {
  return typographize(numero === 0 ? 'Préambule' : `${numero}. ${shortenOnWordBoundary(titre, 70)}`);
}

/** A passage in the map: its paragraph's label, address and section, and its sentence with `[start, end)` marked. */
function passageEntry(
  report: Report,
  paragraph: LocatedParagraph,
  span: { start: number; end: number },
  context?: number,
): PassageEntry {
  const numero = paragraph.section.data.numero;
  const { before, match, after } = sentenceAround(paragraph.texte, span.start, span.end, context);
  const [b, m, a] = typographizeSegments([before, match, after]);
  return {
    rapport: report.data.chemin,
    label: paragraphLabel(paragraph.id),
    url: sitePath(paragraphPath(report.data.chemin, numero, paragraph.id)),
    section: sectionName(numero, paragraph.section.data.titre),
    parts: [
      { text: b!, marked: false },
      { text: m!, marked: true },
      { text: a!, marked: false },
    ].filter((part) => part.text !== ''),
  };
}

export const GET: APIRoute = async () => {
  const passages = await passagesBySlug();
  const map: IdentifierMap = { textes: {}, cles: {}, rapports: [], sigles: {} };
  for (const entry of await loadResolutions()) {
    map.textes[entry.id] = {
      titre: resolutionName(entry.data),
      citation: typographize(fullCitation(entry.data)),
      url: sitePath(resolutionPath(entry.id)),
      organe: BODIES[entry.data.organe].nom,
      type: kindLabel(entry.data),
      passages: (passages.get(entry.id) ?? []).map(({ report, paragraph, spans }) =>
        passageEntry(report, paragraph, spans[0]!),
      ),
    };
    for (const key of identifierKeys(entry.data)) (map.cles[key] ??= []).push(entry.id);
  }

  // Newest report first: loadReports() orders them oldest first.
  for (const report of [...(await loadReports())].reverse()) {
    const { chemin, titreCourt } = report.data;
    const entry: ReportEntry = { chemin, titre: typographize(titreCourt), paragraphes: {} };
    for (const section of readingOrder(report)) {
      const { numero, titre } = section.data;
      if (numero > 0) {
        entry.paragraphes[String(numero)] = {
          url: sitePath(sectionPath(chemin, numero)),
          section: sectionName(numero, titre),
          debut: '',
        };
      }
    }
    for (const paragraph of (await paragraphsOf(report)).values()) {
      const numero = paragraph.section.data.numero;
      entry.paragraphes[paragraphLabel(paragraph.id)] = {
        url: sitePath(paragraphPath(chemin, numero, paragraph.id)),
        section: sectionName(numero, paragraph.section.data.titre),
        debut: typographize(shortenOnWordBoundary(paragraph.texte, 110)),
      };
    }
    map.rapports!.push(entry);
  }
  for (const item of await loadGlossary()) {
    const find = termFinder([item.sigle]);
    const passages: PassageEntry[] =
      item.occurrences.length > FEW_OCCURRENCES
        ? []
        : item.occurrences.map(({ report, paragraph }) =>
            passageEntry(report, paragraph, find(paragraph.texte)[0] ?? { start: 0, end: 0 }, 60),
          );
    map.sigles![sigleKey(item.sigle)] = {
      titre: typographize(`${item.sigle} — ${item.developpe}`),
      url: sitePath(`${PAGES.glossaire}#${item.slug}`),
      passages,
    };
  }
  return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json' } });
};
