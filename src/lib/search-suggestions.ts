/**
 * Typo suggestions (« Vouliez-vous dire : télécommunications ? ») from the
 * site's own words. Pagefind has no typo tolerance, and its stemmer would
 * defeat one: `gouvernence` and `gouvernance` stem apart, so typos are matched
 * on whole, unstemmed words, folded like search (accents and case).
 *
 * Two halves: `vocabularyOf` at build time (the words of the indexed text,
 * written to `/recherche/vocabulaire.json`), `suggestQuery` in the browser,
 * loaded only when a query finds little.
 */
import { distance } from 'fastest-levenshtein';
import { foldText } from './fold';
import { matchesTerm, wordsOf } from './french-words';

/** Words shorter than this are neither in the vocabulary nor corrected: too many near neighbours. */
export const MIN_WORD_LENGTH = 4;

/**
 * The distinct words of `texts`, most frequent first (ties alphabetical), for
 * suggestions: runs of letters only (elisions, hyphens and punctuation split
 * words: `l’intelligence` gives `intelligence`), no word with a digit
 * (`2025`, `SMSI+20` gives `SMSI` only), at least `MIN_WORD_LENGTH` letters,
 * one entry per word up to accents and case, written as the text writes it
 * most often, in lower case when the text ever does
 * (`Télécommunications`, `télécommunications` → `télécommunications`).
 */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const entries = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const text of texts) {
    for (const { word } of wordsOf(text)) {
      if (word.length < MIN_WORD_LENGTH || /\p{N}/u.test(word)) continue;
      const key = foldText(word);
      const entry = entries.get(key) ?? { count: 0, spellings: new Map<string, number>() };
      entry.count++;
      entry.spellings.set(word, (entry.spellings.get(word) ?? 0) + 1);
      entries.set(key, entry);
    }
  }
  const spelling = (spellings: Map<string, number>) => {
    const ranked = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
    return ranked.find((word) => word === word.toLowerCase()) ?? ranked[0]!;
  };
  return [...entries.entries()]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(([, entry]) => spelling(entry.spellings));
}

/** How far a typed word may be from the word suggested: one edit up to 7 letters, two beyond. */
function maxEdits(length: number): number {
  return length <= 7 ? 1 : 2;
}

/**
 * The vocabulary word closest to `typed` (fewest edits on folded words, the
 * more frequent first on a tie), or undefined when `typed` is a word of the
 * vocabulary already (as search matches it: plural, feminine, or the start
 * of a word), too short, holds a digit or a symbol, or nothing is close enough.
 * `gouvernence` → `gouvernance`; `gouvernance`, `140`, `<b>` → undefined.
 */
export function suggestWord(typed: string, vocabulary: readonly string[]): string | undefined {
  const folded = foldText(typed);
  if (folded.length < MIN_WORD_LENGTH || !/^\p{L}+$/u.test(folded)) return undefined;
  if (vocabulary.some((word) => matchesTerm(word, folded))) return undefined;
  const limit = maxEdits(folded.length);
  let best: { word: string; edits: number } | undefined;
  for (const word of vocabulary) {
    const candidate = foldText(word);
    if (Math.abs(candidate.length - folded.length) > limit) continue;
    const edits = distance(folded, candidate);
    if (edits <= limit && (!best || edits < best.edits)) best = { word, edits };
  }
  return best?.word;
}

/**
 * The query with each of its words that the site does not contain replaced by
 * the closest word it does (see `suggestWord`), the rest as typed; undefined
 * when no word is replaced. `gouvernence de l’internet` →
 * `gouvernance de l’internet`. The query is read up to its 200th character.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const text = query.slice(0, 200);
  let suggestion = '';
  let last = 0;
  let changed = false;
  for (const { word, start, end } of wordsOf(text)) {
    const better = suggestWord(word, vocabulary);
    suggestion += text.slice(last, start) + (better ?? word);
    last = end;
    changed ||= better !== undefined;
  }
  return changed ? (suggestion + text.slice(last)).replace(/\s+/g, ' ').trim() : undefined;
}
