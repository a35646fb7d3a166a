/**
 * What a reader types, read for search: made safe (`cleanQuery`), folded for
 * comparing identifiers (`normalizeQuery`), its identifiers picked out
 * (« Rés. 140 », « a/res/80/173 », « UIT-R 61-3 », « 80/173 »), and the words
 * given to Pagefind (`fullTextQuery`).
 */
import { foldText } from './fold';
import { isStopWord, splitElisions, wordsOf } from './french-words';
import { parseReferences } from './paragraph-references';

/** Folds case and accents ({@link foldText}), no-break characters and spaces around separators. */
export function normalizeQuery(query: string): string {
  return foldText(query)
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

/** The longest query searched; longer input is cut (a pasted page must not freeze the browser). */
export const MAX_QUERY_LENGTH = 200;

/**
 * What a reader typed, made safe to search: lone surrogates (and the U+FFFD
 * an address turns them into), direction marks and controls (U+061C,
 * U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) and zero-width characters
 * removed, spaces folded, at most
 * `MAX_QUERY_LENGTH` characters. Text only: it is never inserted as HTML.
 */
export function cleanQuery(query: string): string {
  return query
    .slice(0, MAX_QUERY_LENGTH * 2)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffd]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * The query as Pagefind must read it: elisions split as in the index
 * (`l’intelligence` → `l’ intelligence`), no-break characters plain, the
 * French stop words left out when other words remain (`gouvernance de
 * l’internet` → `gouvernance internet`: every page has « de », and matching
 * it costs the browser work on every key for nothing), and nothing when it
 * holds no letter or digit (only punctuation finds nothing). A query of stop
 * words only is kept whole (`de la`).
 */
export function fullTextQuery(query: string): string {
  const clean = cleanQuery(query)
    .replace(/\u2011/g, '-')
    .replace(/[\u00a0\u202f]/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(clean)) return '';
  const tokens = splitElisions(clean).split(' ');
  const meaningful = tokens.filter((token) => wordsOf(token).some(({ word }) => !isStopWord(word)));
  return (meaningful.length > 0 ? meaningful : tokens).join(' ');
}
