/**
 * The identifier-aware layer of search, as pure functions shared by the build
 * (which writes the identifier map) and the browser (which reads it):
 * normalizing what people type (« Rés. 140 », « a/res/80/173 », « UIT-R 61-3 »,
 * « 80/173 »), exact lookups (never prefix: `70/1` is not `70/125`), and
 * helpers to render Pagefind results safely.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { isStopWord, joinElisions, splitElisions } from './french-words';
import { parseReferences, referenceLabel, type ParagraphReference } from './paragraph-references';
import type { ResolutionData } from './resolutions';
import { PARAGRAPH_ID } from './ids';

/** Folds case, accents, no-break characters and spaces around separators. */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s*-\s*(?=\d|r\b)/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const IDENTIFIER =
  /(?<![\p{L}\p{N}/-])(?<!\d[.,])(?:[ae]\/(?:res\/)?\d+(?:\/\d+)+|\d+(?:\/\d+)+|\d+(?:-\d+)?)(?![\p{L}\p{N}/]|[.,]\d)/gu;
/** A word glued to the number that follows it, as hurried typing does: `rés.140`, `res140`, `résolution140`. */
const GLUED_NUMBER = /(?<![\p{L}])(res|resolutions?|pp|cp|doc|document)\.?(?=\d)/gu;
/** A UN symbol written partly: `RES/73/218`, `res 73 218`, `A RES 73 218`, `a.res.73.218`. */
const PARTIAL_SYMBOL = /(?<![\p{L}\p{N}])(?:([ae])[ ./]+)?res[ ./]+(\d+)[ ./]+(\d+)(?![\p{L}\p{N}])/gu;

/**
 * The identifiers a query contains, normalized, in order: `Résolution 140` →
 * [`140`]; `a/res/80/173` → [`a/res/80/173`]; `UIT-R 61-3` → [`61-3`];
 * `140 1332` → [`140`, `1332`]. Words (« Programme ») yield nothing.
 */
export function identifierCandidates(query: string): string[] {
  const normalized = normalizeQuery(parseReferences(query).rest)
    .replace(GLUED_NUMBER, '$1 ')
    .replace(PARTIAL_SYMBOL, (_, series, session, number) =>
      series ? `${series}/res/${session}/${number}` : `${session}/${number}`,
    );
  return [...new Set(normalized.match(IDENTIFIER) ?? [])];
}

/**
 * Every normalized key under which a text is found by its number: the number
 * itself, the numbers as cited (`61-3`), and for UN symbols the full symbol
 * and its part after the series (`80/173` for A/RES/80/173, `70/684` for A/70/684).
 */
export function identifierKeys(data: Pick<ResolutionData, 'numero' | 'variantes'>): string[] {
  const keys = [data.numero, ...(data.variantes ?? [])].map(normalizeQuery);
  for (const key of [...keys]) {
    const symbol = /^[ae]\/(?:res\/)?(\d+(?:\/\d+)+)$/.exec(key);
    if (symbol) keys.push(symbol[1]!);
  }
  return [...new Set(keys)];
}

/** The identifier map written at build time: texts by slug, and slugs by normalized key. */
export interface IdentifierMap {
  textes: Record<
    string,
    { titre: string; citation: string; url: string; organe: string; type: string; passages?: PassageEntry[] }
  >;
  cles: Record<string, string[]>;
  /** Every report, newest first, with its paragraphs and sections by label, for references (`§ 7.3`). */
  rapports?: ReportEntry[];
  /** The glossary's acronyms by normalized form (`genai`), each with the few passages that use it. */
  sigles?: Record<string, SigleEntry>;
}

/** An acronym of the glossary in the search map; `passages` only when it occurs in a few paragraphs. */
export interface SigleEntry {
  titre: string;
  url: string;
  passages: PassageEntry[];
}

/** The key of an acronym, or of a query that may be one: `GenAI` → `genai`, `GTC‑SMSI/ODD` → `gtc-smsi/odd`. */
export function sigleKey(text: string): string {
  return normalizeQuery(text).replace(/\s+/g, '');
}

/** The texts whose identifier is exactly one of the query's identifiers, in query order, without repeats. */
export function exactMatches(query: string, map: IdentifierMap): string[] {
  const slugs = identifierCandidates(query).flatMap((key) => map.cles[key] ?? []);
  return [...new Set(slugs)];
}

/** A piece of an excerpt: text, marked or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Decodes the HTML character references Pagefind leaves in excerpts: every
 * named one (`&eacute;`, `&hellip;`) through decode-named-character-reference
 * (in the browser, the browser's own table, for a few hundred bytes: the full
 * decoder parse-entities would have put the identifier answer over its size
 * budget), numeric ones by their code point (U+FFFD for one that cannot be).
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|([a-z][a-z0-9]*));/gi,
    (whole, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return decodeNamedCharacterReference(name) || whole;
      const code = hex === undefined ? Number(decimal) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matched words)
 * into plain-text parts, so that the page can render it with text nodes only:
 * nothing from the index is ever inserted as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of joinElisions(excerpt).split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      // Pagefind marks « de » and « des » too: a stop word is not what the reader looked for.
      parts.push({ text, marked: marked && !isStopWord(text.replace(/[^\p{L}\p{N}]/gu, '')) });
    }
  }
  return parts;
}

/** An element with an id, as Pagefind records it (`anchors`), with the word position where it starts. */
export interface Anchor {
  element: string;
  id: string;
  location: number;
}

/**
 * The id of the paragraph (or list item) where the first matched word of a
 * result is, from Pagefind's anchors and match locations; undefined when the
 * match is not inside one.
 */
export function paragraphOfMatch(anchors: readonly Anchor[], locations: readonly number[]): string | undefined {
  if (locations.length === 0) return undefined;
  const first = Math.min(...locations);
  const candidates = anchors
    .filter((a) => (a.element === 'p' || a.element === 'li') && PARAGRAPH_ID.test(a.id) && a.location <= first)
    .sort((a, b) => b.location - a.location);
  return candidates[0]?.id;
}

/**
 * Replaces the characters that make text unsearchable as typed: no-break
 * hyphens become hyphens and no-break spaces become spaces, so that
 * `GTC‑SMSI/ODD` (U+2011) or `7 avril` (U+00A0) are found as typed. Used on the
 * HTML given to the indexer only; pages keep their typography.
 */
export function searchableHtml(html: string): string {
  return html
    .replace(/\u2011|&#8209;|&#x2011;/gi, '-')
    .replace(/[\u00a0\u202f]|&nbsp;|&#160;|&#xa0;|&#8239;|&#x202f;/gi, ' ');
}

/** The page types search can be filtered by (`data-pagefind-filter="type:…"` on each page). */
export const SEARCH_TYPES = ['Section du rapport', 'Résolution', 'Réunion', 'Page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The longest query searched; longer input is cut (a pasted page must not freeze the browser). */
export const MAX_QUERY_LENGTH = 200;

/**
 * What a reader typed, made safe to search: lone surrogates, direction marks
 * and zero-width characters removed, spaces folded, at most
 * `MAX_QUERY_LENGTH` characters. Text only: it is never inserted as HTML.
 */
export function cleanQuery(query: string): string {
  return query
    .slice(0, MAX_QUERY_LENGTH * 2)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * The query as Pagefind must read it: elisions split as in the index
 * (`l’intelligence` → `l’ intelligence`), no-break characters plain, and
 * nothing when it holds no letter or digit (only punctuation finds nothing).
 */
export function fullTextQuery(query: string): string {
  const clean = cleanQuery(query)
    .replace(/\u2011/g, '-')
    .replace(/[\u00a0\u202f]/g, ' ');
  return /[\p{L}\p{N}]/u.test(clean) ? splitElisions(clean) : '';
}

/** A paragraph of a report as search shows it: its label, address, section and first words. */
export interface ParagraphEntry {
  url: string;
  section: string;
  debut: string;
}

/** A report in the search map: its paragraphs and sections by label (`7.3`, `7`). */
export interface ReportEntry {
  chemin: string;
  titre: string;
  paragraphes: Record<string, ParagraphEntry>;
}

/** A passage that cites a text: its paragraph, and the citing words with the citation marked. */
export interface PassageEntry {
  rapport: string;
  label: string;
  url: string;
  section: string;
  parts: ExcerptPart[];
}

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
 * follows. `missing` lists the references that exist in no report.
 */
export function leadingHits(
  query: string,
  map: IdentifierMap,
  current?: string,
): { hits: LeadingHit[]; missing: string[]; rest: string } {
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
      const entry = report.paragraphes[label];
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
    if (found.length === 0) missing.push(label);
    return found;
  };
  for (const reference of references.filter((r) => r.explicit)) hits.push(...referenceHits(reference));

  const slugs = exactMatches(rest, map);
  for (const slug of slugs) {
    const text = map.textes[slug];
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
  const sigle = references.length === 0 && slugs.length === 0 ? map.sigles?.[sigleKey(clean)] : undefined;
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
    const section = reports.some((report) => report.paragraphes[bare[0]]);
    if (section) hits.push(...referenceHits({ section: Number(bare[0]) }));
  }
  return { hits: dedupe(hits), missing, rest: references.length > 0 ? rest : clean };
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
