/**
 * The search map (`/recherche/identifiants.json`): its shape, the keys under
 * which the build files each text (`identifierKeys`, `sigleKey`), and the
 * exact lookup the browser makes in it (never by prefix: `70/1` is not `70/125`).
 */
import type { ExcerptPart } from './search-excerpts';
import { identifierCandidates, normalizeQuery } from './search-query';
import type { ResolutionData } from './resolutions';

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

/** The key of an acronym, or of a query that may be one: `GenAI` → `genai`, `GTC‑SMSI/ODD` → `gtc-smsi/odd`. */
export function sigleKey(text: string): string {
  return normalizeQuery(text).replace(/\s+/g, '');
}

/**
 * The entry of a record read from JSON under a key a reader typed, or
 * undefined: only the record's own entries count, so that `constructor` or
 * `__proto__` are keys like any other (`lookup({}, 'constructor')` → undefined).
 */
export function lookup<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The texts whose identifier is exactly one of the query's identifiers, in query order, without repeats. */
export function exactMatches(query: string, map: IdentifierMap): string[] {
  const slugs = identifierCandidates(query).flatMap((key) => lookup(map.cles, key) ?? []);
  return [...new Set(slugs)];
}
