/**
 * The paragraphs a full-text result is about, read from what Pagefind already
 * sent with the result (its fragment's `anchors`, `content` and match
 * `locations`): no extra request. Pagefind makes sub-results from headings
 * only; the report is cited by paragraph (`§ 7.3`), so search points there.
 */
import { isStopWord, wordsOf } from './french-words';
import { PARAGRAPH_ID } from './ids';

/** An element with an id, as Pagefind records it (`anchors`), with the word position where it starts. */
export interface Anchor {
  element: string;
  id: string;
  location: number;
}

/** A match of Pagefind: the word position, and its score when Pagefind gives one (`weighted_locations`). */
export interface WeightedLocation {
  location: number;
  balanced_score?: number;
}

/** A paragraph holding matched words: its id (`p0-4`), its score, and the words of the page Pagefind matched in it. */
export interface MatchedParagraph {
  id: string;
  score: number;
  words: string[];
}

const HEADING = /^h[2-6]$/;

function isParagraph(anchor: Anchor): boolean {
  return (anchor.element === 'p' || anchor.element === 'li') && PARAGRAPH_ID.test(anchor.id);
}

/** Paragraph and heading anchors in reading order: what `paragraphAt` searches. */
function landmarks(anchors: readonly Anchor[]): Anchor[] {
  return anchors
    .filter((anchor) => isParagraph(anchor) || HEADING.test(anchor.element))
    .sort((a, b) => a.location - b.location);
}

/** The paragraph of a word among sorted landmarks (see `paragraphAt`), by binary search. */
function paragraphAmong(sorted: readonly Anchor[], location: number): string | undefined {
  let low = 0;
  let high = sorted.length - 1;
  let index = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.location <= location) {
      index = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const holder = sorted[index];
  if (!holder) return undefined;
  if (isParagraph(holder)) return holder.id;
  // A heading: the paragraph after it, if one follows before the next heading.
  const next = sorted[index + 1];
  return next && isParagraph(next) ? next.id : undefined;
}

/**
 * The paragraph a matched word belongs to: the paragraph (or list item with a
 * paragraph id) it is in; for a word in a section heading (`h2`–`h6`), the
 * first paragraph after that heading, since a heading introduces what follows
 * it (« Incidences financières » is the title of § 0.4, not part of § 0.3).
 * Undefined before the first anchor, in the page title (`h1`) or in anything
 * else with an id.
 */
export function paragraphAt(anchors: readonly Anchor[], location: number): string | undefined {
  return paragraphAmong(landmarks(anchors), location);
}

/** A token of the indexed text without its punctuation (`financières.` → `financières`). */
function bareWord(token: string): string {
  const words = wordsOf(token);
  if (words.length === 0) return '';
  return token.slice(words[0]!.start, words.at(-1)!.end);
}

/** The indexed text as Pagefind counts its words: runs between spaces. */
function tokensOf(content: string): string[] {
  return content.split(/\s+/);
}

/**
 * The word of `content` at a Pagefind word position, without its punctuation:
 * Pagefind counts words as runs between spaces (`financières.` at 128 →
 * `financières`; `l’IA` → `l’IA`). Empty when there is none.
 */
export function wordAt(content: string, location: number): string {
  return bareWord(tokensOf(content)[location] ?? '');
}

/**
 * The best paragraphs of a result, at most `max` (3), best first: each
 * paragraph holding matched words (see `paragraphAt`), scored by the sum of
 * its matches' scores (1 each without scores), ties in reading order, with the
 * words of the page matched in it (`financières` for « financement »:
 * Pagefind matches stems). Matches on stop words (« de », « la ») count only
 * when nothing else matched. `[]` when no match is in a paragraph.
 */
export function matchedParagraphs(
  fragment: { anchors: readonly Anchor[]; content: string; locations: readonly (number | WeightedLocation)[] },
  max = 3,
): MatchedParagraph[] {
  const sorted = landmarks(fragment.anchors);
  const tokens = tokensOf(fragment.content);
  const matches = fragment.locations.map((entry) => {
    const { location, balanced_score } = typeof entry === 'number' ? { location: entry, balanced_score: 1 } : entry;
    const word = bareWord(tokens[location] ?? '');
    return { location, score: balanced_score ?? 1, word, stop: isStopWord(word.replace(/^.*['’]/, '')) };
  });
  const content = matches.filter((match) => !match.stop);
  const byId = new Map<string, MatchedParagraph & { first: number }>();
  for (const { location, score, word } of content.length > 0 ? content : matches) {
    const id = paragraphAmong(sorted, location);
    if (!id) continue;
    const paragraph = byId.get(id) ?? { id, score: 0, words: [], first: location };
    paragraph.score += score;
    paragraph.first = Math.min(paragraph.first, location);
    if (word && !paragraph.words.includes(word)) paragraph.words.push(word);
    byId.set(id, paragraph);
  }
  return [...byId.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .slice(0, max)
    .map(({ id, score, words }) => ({ id, score, words }));
}

/**
 * Every word of the page Pagefind matched, once each in reading order, at most
 * `max`: what the opened page marks, so that a stemmed match is marked too
 * (`financières` for « financement »), not only the word typed.
 */
export function matchedWords(content: string, locations: readonly number[], max = 12): string[] {
  const tokens = tokensOf(content);
  const words: string[] = [];
  const seen = new Set<string>();
  for (const location of [...locations].sort((a, b) => a - b)) {
    const word = bareWord(tokens[location] ?? '');
    const key = word.toLowerCase();
    if (word && !seen.has(key)) {
      seen.add(key);
      words.push(word);
    }
    if (words.length >= max) break;
  }
  return words;
}
