/**
 * The order of what search shows first: what the search map alone answers
 * (paragraph references, texts by number with every passage that cites them,
 * acronyms, sections by bare number).
 */
import { parseReferences, referenceLabel, type ParagraphReference } from './paragraph-references';
import type { ExcerptPart } from './search-excerpts';
import { exactMatches, lookup, sigleKey, type IdentifierMap, type ReportEntry } from './search-map';
import { cleanQuery, identifierCandidates } from './search-query';

/** One hit drawn from the search map alone, before any full-text request. */
export type LeadingHit =
  | { kind: 'texte'; slug: string; url: string; titre: string; citation: string }
  | { kind: 'passage'; slug: string; url: string; titre: string; parts: ExcerptPart[] }
  | { kind: 'paragraphe'; url: string; titre: string; parts: ExcerptPart[]; rapport: string }
  | { kind: 'sigle'; url: string; titre: string };

/**
 * What the search map alone answers for a query, in order: each paragraph
 * reference (`§ 7.3`), written with `§` or a word, first; each text whose
 * identifier is typed, followed by every passage that cites it (reports newest
 * first); bare dotted references (`7.3`); an acronym of the glossary typed
 * alone (`GenAI`), with the passages that use it when they are few; and a bare
 * whole number that is no text's number but a section's (`8`). References mean the report `current`
 * (the page's own, else the newest); the same paragraph of other reports
 * follows. `missing` lists the references that exist in no report and
 * `missingTexts` the numbers typed as a text's (`Résolution 999`,
 * `A/RES/99/1`) that no text has, each once; `notice` says so in one sentence;
 * `rest` is what full-text search is given: the query without its paragraph
 * references nor the missing texts (a lone `9` of `§ 9.9` would find dates).
 */
export function leadingHits(query: string, map: IdentifierMap, current?: string): LeadingAnswer {
  const clean = cleanQuery(query);
  const { references, rest } = parseReferences(clean);
  const reports = orderReports(map.rapports ?? [], current);
  const hits: LeadingHit[] = [];
  const missing: string[] = [];
  // With several reports, each passage says which one it is from.
  const reportName = (chemin: string) =>
    reports.length > 1 ? ` (${reports.find((report) => report.chemin === chemin)?.titre ?? chemin})` : '';
  const referenceHits = (reference: Pick<ParagraphReference, 'section' | 'paragraph'>) => {
    const label = referenceLabel(reference);
    const found = reports.flatMap((report) => {
      const entry = lookup(report.paragraphes, label);
      if (!entry) return [];
      const titre = reference.paragraph ? `§\u202f${label} — ${entry.section}` : entry.section;
      const others = reportName(report.chemin);
      return [
        {
          kind: 'paragraphe' as const,
          url: entry.url,
          titre: titre + others,
          parts: entry.debut ? [{ text: entry.debut, marked: false }] : [],
          rapport: report.chemin,
        },
      ];
    });
    if (found.length === 0 && !missing.includes(label)) missing.push(label);
    return found;
  };
  for (const reference of references.filter((r) => r.explicit)) hits.push(...referenceHits(reference));

  const slugs = exactMatches(rest, map);
  for (const slug of slugs) {
    const text = lookup(map.textes, slug);
    if (!text) continue;
    hits.push({ kind: 'texte', slug, url: text.url, titre: text.titre, citation: text.citation });
    const passages = [...(text.passages ?? [])].sort(
      (a, b) => reportRank(reports, a.rapport) - reportRank(reports, b.rapport),
    );
    for (const passage of passages) {
      hits.push({
        kind: 'passage',
        slug,
        url: passage.url,
        titre: `§\u202f${passage.label} — ${passage.section}${reportName(passage.rapport)}`,
        parts: passage.parts,
      });
    }
  }
  for (const reference of references.filter((r) => !r.explicit)) hits.push(...referenceHits(reference));

  // An acronym typed alone (`GenAI`, `UNGIS`): Pagefind's stemmer would rank « générale » first.
  const sigle = references.length === 0 && slugs.length === 0 ? lookup(map.sigles, sigleKey(clean)) : undefined;
  if (sigle) {
    hits.push({ kind: 'sigle', url: sigle.url, titre: sigle.titre });
    for (const passage of sigle.passages) {
      hits.push({
        kind: 'passage',
        slug: sigle.url,
        url: passage.url,
        titre: `§\u202f${passage.label} — ${passage.section}`,
        parts: passage.parts,
      });
    }
  }

  // A bare whole number: a text's number first (above); else the section with that number.
  const bare = /^\d{1,3}$/.exec(rest);
  if (bare && slugs.length === 0 && references.length === 0) {
    const section = reports.some((report) => lookup(report.paragraphes, bare[0]));
    if (section) hits.push(...referenceHits({ section: Number(bare[0]) }));
  }
  const { missingTexts, remaining } = missingTextsOf(references.length > 0 ? rest : clean, map);
  const notice = missingNotice(missing, missingTexts, sectionRange(reports[0]));
  return { hits: dedupe(hits), missing, missingTexts, notice, rest: remaining };
}

/** What the search map answers: see {@link leadingHits}. */
export interface LeadingAnswer {
  hits: LeadingHit[];
  missing: string[];
  missingTexts: string[];
  notice: string;
  rest: string;
}

/** A number written as a text's (`Résolution 999`, `rés. 999`, `A/RES/99/1`), with the words that name it. */
const NAMED_TEXT =
  /(?<![\p{L}\p{N}])(?:r[ée]s(?:olutions?)?\.?\s*(\d+(?:[-/]\d+)*)|([ae]\s*\/\s*(?:res\s*\/\s*)?\d+(?:\s*\/\s*\d+)+))(?![\p{L}\p{N}]|[-/.,]\d)/giu;

/**
 * The numbers of `text` written as a text's that no text of the map has
 * (normalized, each once), and the text without them.
 */
function missingTextsOf(text: string, map: IdentifierMap): { missingTexts: string[]; remaining: string } {
  const missingTexts: string[] = [];
  const remaining = text.replace(NAMED_TEXT, (whole, number?: string, symbol?: string) => {
    const written = (number ?? symbol ?? '').replace(/\s+/g, '');
    if (identifierCandidates(whole).some((key) => lookup(map.cles, key))) return whole;
    const shown = symbol ? written.toUpperCase() : written;
    if (!missingTexts.includes(shown)) missingTexts.push(shown);
    return ' ';
  });
  return { missingTexts, remaining: remaining.replace(/\s+/g, ' ').trim() };
}

/** The first and last numbered sections of a report (`{ first: 1, last: 8 }`), if it has any. */
function sectionRange(report: ReportEntry | undefined): { first: number; last: number } | undefined {
  const numbers = Object.keys(report?.paragraphes ?? {})
    .filter((label) => /^\d+$/.test(label) && label !== '0')
    .map(Number);
  return numbers.length > 0 ? { first: Math.min(...numbers), last: Math.max(...numbers) } : undefined;
}

/**
 * One sentence for what the query names and the report does not have, each
 * reference said once however often it is typed:
 * « Le § 9.9 n’existe pas dans ce rapport ; sections 1 à 8. »,
 * « Les § 9.9 et 12 n’existent pas dans ce rapport ; sections 1 à 8. »,
 * « Aucun texte cité ne porte le numéro 999. ». Empty when nothing is missing.
 */
export function missingNotice(
  references: readonly string[],
  texts: readonly string[],
  sections?: { first: number; last: number },
): string {
  const and = (items: readonly string[]) =>
    items.length > 1 ? `${items.slice(0, -1).join(', ')} et ${items.at(-1)}` : (items[0] ?? '');
  const sentences: string[] = [];
  if (references.length > 0) {
    const range = sections ? `\u00a0; sections ${sections.first} à ${sections.last}` : '';
    sentences.push(
      references.length === 1
        ? `Le §\u202f${references[0]} n’existe pas dans ce rapport${range}.`
        : `Les §\u202f${and(references)} n’existent pas dans ce rapport${range}.`,
    );
  }
  if (texts.length > 0) {
    sentences.push(
      texts.length === 1
        ? `Aucun texte cité ne porte le numéro ${texts[0]}.`
        : `Aucun texte cité ne porte les numéros ${and(texts)}.`,
    );
  }
  return sentences.join(' ');
}

function orderReports(reports: readonly ReportEntry[], current?: string): ReportEntry[] {
  const own = reports.filter((report) => report.chemin === current);
  return [...own, ...reports.filter((report) => report.chemin !== current)];
}

function reportRank(reports: readonly ReportEntry[], chemin: string): number {
  const index = reports.findIndex((report) => report.chemin === chemin);
  return index < 0 ? reports.length : index;
}

function dedupe(hits: LeadingHit[]): LeadingHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = `${hit.kind === 'passage' ? hit.slug : ''}${hit.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
