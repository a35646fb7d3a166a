/**
 * The identifier-aware layer of search, as pure functions shared by the build
 * (which writes the identifier map) and the browser (which reads it):
 * normalizing what people type (« Rés. 140 », « a/res/80/173 », « UIT-R 61-3 »,
 * « 80/173 »), exact lookups (never prefix: `70/1` is not `70/125`), and
 * helpers to render Pagefind results safely.
 */
import type { ResolutionData } from './resolutions';

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

const IDENTIFIER = /(?<![\p{L}\p{N}/-])(?:[ae]\/(?:res\/)?\d+(?:\/\d+)+|\d+(?:\/\d+)+|\d+(?:-\d+)?)(?![\p{L}\p{N}/])/gu;

/**
 * The identifiers a query contains, normalized, in order: `Résolution 140` →
 * [`140`]; `a/res/80/173` → [`a/res/80/173`]; `UIT-R 61-3` → [`61-3`];
 * `140 1332` → [`140`, `1332`]. Words (« Programme ») yield nothing.
 */
export function identifierCandidates(query: string): string[] {
  const normalized = normalizeQuery(query);
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
  textes: Record<string, { titre: string; citation: string; url: string; organe: string; type: string }>;
  cles: Record<string, string[]>;
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references Pagefind leaves in excerpts. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matched words)
 * into plain-text parts, so that the page can render it with text nodes only:
 * nothing from the index is ever inserted as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece.replace(/<[^>]*>/g, '')), marked });
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
    .filter((a) => (a.element === 'p' || a.element === 'li') && /^p\d+-\d+$/.test(a.id) && a.location <= first)
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
