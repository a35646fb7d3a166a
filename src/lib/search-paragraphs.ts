/**
 * The paragraphs a full-text result is about, read from what Pagefind already
 * sent with the result (its fragment's `anchors`, `content` and match
 * `locations`): no extra request. Pagefind makes sub-results from headings
 * only; the report is cited by paragraph (`§ 7.3`), so search points there.
 */
import { wordsOf } from './french-words';
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

/**
 * The paragraph a matched word belongs to: the paragraph (or list item with a
 * paragraph id) it is in; for a word in a section heading (`h2`–`h6`), the
 * first paragraph after that heading, since a heading introduces what follows
 * it (« Incidences financières » is the title of § 0.4, not part of § 0.3).
 * Undefined before the first anchor, in the page title (`h1`) or in anything
 * else with an id.
 */
export function paragraphAt(anchors: readonly Anchor[], location: number): string | undefined {
  const sorted = anchors
    .filter((anchor) => isParagraph(anchor) || HEADING.test(anchor.element))
    .sort((a, b) => a.location - b.location);
  let index = -1;
  for (let i = 0; i < sorted.length && sorted[i]!.location <= location; i++) index = i;
  const holder = sorted[index];
  if (!holder) return undefined;
  if (isParagraph(holder)) return holder.id;
  // A heading: the paragraph after it, if one follows before the next heading.
  const next = sorted[index + 1];
  return next && isParagraph(next) ? next.id : undefined;
}

/**
 * The word of `content` at a Pagefind word position, without its punctuation:
 * Pagefind counts words as runs between spaces (`financières.` at 128 →
 * `financières`; `l’IA` → `l’IA`). Empty when there is none.
 */
export function wordAt(content: string, location: number): string {
  const token = content.split(/\s+/)[location] ?? '';
  const words = wordsOf(token);
  if (words.length === 0) return '';
  return token.slice(words[0]!.start, words.at(-1)!.end);
}

/**
 * The best paragraphs of a result, at most `max` (3), best first: each
 * paragraph holding matched words (see `paragraphAt`), scored by the sum of
 * its matches' scores (1 each without scores), ties in reading order, with the
 * words of the page matched in it (`financières` for « financement »:
 * Pagefind matches stems). `[]` when no match is in a paragraph.
 */
export function matchedParagraphs(
  fragment: { anchors: readonly Anchor[]; content: string; locations: readonly (number | WeightedLocation)[] },
  max = 3,
): MatchedParagraph[] {
  const byId = new Map<string, MatchedParagraph & { first: number }>();
  for (const entry of fragment.locations) {
    const { location, balanced_score } = typeof entry === 'number' ? { location: entry, balanced_score: 1 } : entry;
    const id = paragraphAt(fragment.anchors, location);
    if (!id) continue;
    const paragraph = byId.get(id) ?? { id, score: 0, words: [], first: location };
    paragraph.score += balanced_score ?? 1;
    paragraph.first = Math.min(paragraph.first, location);
    const word = wordAt(fragment.content, location);
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
  const words: string[] = [];
  for (const location of [...locations].sort((a, b) => a - b)) {
    const word = wordAt(content, location);
    if (word && !words.some((known) => known.toLowerCase() === word.toLowerCase())) words.push(word);
    if (words.length >= max) break;
  }
  return words;
}
