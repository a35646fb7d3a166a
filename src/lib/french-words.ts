/**
 * French words as search sees them, shared by the indexer (the HTML given to
 * Pagefind), the query (before it reaches Pagefind) and the highlighter, so
 * that the three agree on what a word is.
 *
 * The one rule Pagefind does not know: an elided article or pronoun is a word
 * of its own. « l’intelligence » is « l’ » + « intelligence », so that
 * `intelligence` finds it; « aujourd’hui », « prud’hommes » and « N’Djamena »
 * stay whole (elision happens only after l, d, qu, n, s, j, m, t, c, jusqu,
 * lorsqu, puisqu, quoiqu, and only before a vowel or an h).
 */
import { foldText } from './fold';

const ELIDED = 'l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu';
const VOWEL_OR_H = 'aeiouyhàâäéèêëîïôöûüœæ';
const ELISION = new RegExp(`(?<![\\p{L}\\p{N}])(${ELIDED})(['’])(?=[${VOWEL_OR_H}])`, 'giu');
const SPLIT_ELISION = new RegExp(`(?<![\\p{L}\\p{N}])(${ELIDED})(['’]) (?=(?:<mark>)?[${VOWEL_OR_H}])`, 'giu');

/**
 * Puts a space after each elision, keeping the apostrophe as written:
 * `l’intelligence` → `l’ intelligence`, `qu'il` → `qu' il`,
 * `L’UIT` → `L’ UIT`; `aujourd’hui` and `N’Djamena` are unchanged.
 */
export function splitElisions(text: string): string {
  return text.replace(ELISION, '$1$2 ');
}

/**
 * Undoes `splitElisions` in text that went through the index (Pagefind's
 * excerpts), also across a `<mark>`: `l’ <mark>IA</mark>` → `l’<mark>IA</mark>`,
 * so that readers see the words as the page writes them.
 */
export function joinElisions(text: string): string {
  return text.replace(SPLIT_ELISION, '$1$2');
}

/** A word of a text and where it is: `text.slice(start, end) === word`. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text with their offsets: runs of letters and digits, so that
 * apostrophes, hyphens (plain or no-break), `/`, `+` and spaces separate words:
 * `l’IA` → `l`, `IA`; `plate-forme` → `plate`, `forme`; `SMSI+20` → `SMSI`, `20`.
 */
export function wordsOf(text: string): WordAt[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * French words too common to highlight on their own: articles, elided forms,
 * prepositions and conjunctions. Folded (no accents).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec c ce ces d dans de des du en et il ils j l la le les leur leurs m n ne ou par pas pour ' +
    'qu que qui s sa se ses son sur t un une y'
  ).split(' '),
);

/** Whether a word is a stop word (`De`, `à`, `l` are; `IA` is not). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(foldText(word));
}

/** At most this many terms are highlighted, however long the query or the URL. */
export const MAX_HIGHLIGHT_TERMS = 12;

/**
 * The folded terms to highlight for the words of a query: stop words are left
 * out unless the query has nothing else (`de la` marks « de » and « la »),
 * repeats are dropped, and at most `MAX_HIGHLIGHT_TERMS` are kept.
 * `gouvernance de l’IA` → [`gouvernance`, `ia`].
 */
export function highlightTerms(queries: readonly string[]): string[] {
  const words = queries
    .slice(0, 50)
    .flatMap((query) => wordsOf(query.slice(0, 200)))
    .map(({ word }) => foldText(word));
  const content = words.filter((word) => !STOP_WORDS.has(word));
  return [...new Set(content.length > 0 ? content : words)].slice(0, MAX_HIGHLIGHT_TERMS);
}

/** A light French stem for matching: folded, without a final plural `s`/`x` or a final `e`. */
function stem(folded: string): string {
  let word = folded;
  if (word.length > 3 && /[sx]$/.test(word)) word = word.slice(0, -1);
  if (word.length > 4 && word.endsWith('e')) word = word.slice(0, -1);
  return word;
}

/**
 * Whether a word of the page matches a folded search term, as search does:
 * the same word up to accents, case, plural and feminine (`Résolutions` for
 * `resolution`), or a word the term begins when the term has at least four
 * letters (`intell` marks `intelligence`). Never a part inside a word: `de`
 * does not match `Coprésidents`.
 */
export function matchesTerm(word: string, term: string): boolean {
  const folded = foldText(word);
  if (folded === term || stem(folded) === stem(term)) return true;
  return term.length >= 4 && folded.startsWith(term);
}

/** The ranges of a text's words that match one of the terms, in order. */
export function matchingRanges(text: string, terms: readonly string[]): { start: number; end: number }[] {
  if (terms.length === 0) return [];
  return wordsOf(text)
    .filter(({ word }) => terms.some((term) => matchesTerm(word, term)))
    .map(({ start, end }) => ({ start, end }));
}

const TRAILING_ELISION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ELIDED})['’]$`, 'iu');

/**
 * Whether a text ends with an elided word (`… de l’`), as text does before an
 * inline element: `L’<abbr>UIT</abbr>`. The indexer then adds the space
 * `splitElisions` would have added inside one text.
 */
export function endsWithElision(text: string): boolean {
  return TRAILING_ELISION.test(text);
}
