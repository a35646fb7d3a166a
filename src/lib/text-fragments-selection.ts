/**
 * From a reader's selection to the text directive that opens a page on it
 * (`text=…`, see `text-fragments-syntax.ts`), and the selection's words as the
 * reader sees them. A directive is checked against the page with the same
 * matching as browsers (`text-fragments-matching.ts`).
 */
import { FoldedPage, foldTerm, matchIn, type TextPoint } from './text-fragments-matching';
import type { TextDirective } from './text-fragments-syntax';

/** Above this many characters, a selection is cited by its first and last words (`textStart,textEnd`). */
export const EXACT_TEXT_LIMIT = 300;
/** Words of context (prefix or suffix) tried, at most, to make a directive unique in the page. */
const MAX_CONTEXT_WORDS = 5;
/** Words of a long selection's first and last terms, at least and at most. */
const MIN_RANGE_WORDS = 3;
const MAX_RANGE_WORDS = 10;

/**
 * The words of a text (not its spaces and punctuation), as [start, end)
 * offsets, by the same rules as the browser's (Unicode word boundaries:
 * `l’UIT` is one word).
 */
function wordSpans(text: string): [number, number][] {
  const words: [number, number][] = [];
  for (const segment of new Intl.Segmenter('fr', { granularity: 'word' }).segment(text)) {
    if (segment.isWordLike) {
      words.push([segment.index, segment.index + segment.segment.length]);
    }
  }
  return words;
}

/** Collapses runs of ordinary white space (not no-break spaces, which the page shows as they are) to one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

/**
 * The selection's bounds without the spaces at its ends: `undefined` when it
 * holds no visible character. Ends may move across blocks.
 */
export function trimSelection(
  blocks: readonly string[],
  start: TextPoint,
  end: TextPoint,
): { start: TextPoint; end: TextPoint } | undefined {
  const s = { ...start };
  const e = { ...end };
  const before = (a: TextPoint, b: TextPoint) => a.block < b.block || (a.block === b.block && a.offset < b.offset);
  while (before(s, e)) {
    const text = blocks[s.block]!;
    if (s.offset >= text.length) {
      s.block++;
      s.offset = 0;
    } else if (isSpace(text[s.offset])) s.offset++;
    else break;
  }
  while (before(s, e)) {
    const text = blocks[e.block]!;
    if (e.offset <= 0) {
      e.block--;
      e.offset = blocks[e.block]!.length;
    } else if (isSpace(text[e.offset - 1])) e.offset--;
    else break;
  }
  return before(s, e) ? { start: s, end: e } : undefined;
}

/**
 * The words of a selection as the reader sees them: each block's selected
 * text, its ordinary white space collapsed, blocks joined by a space.
 * No-break spaces, apostrophes and hyphens stay as they are.
 */
export function selectedText(blocks: readonly string[], start: TextPoint, end: TextPoint): string {
  const trimmed = trimSelection(blocks, start, end);
  if (!trimmed) return '';
  const parts: string[] = [];
  for (let b = trimmed.start.block; b <= trimmed.end.block; b++) {
    const text = blocks[b]!;
    const from = b === trimmed.start.block ? trimmed.start.offset : 0;
    const to = b === trimmed.end.block ? trimmed.end.offset : text.length;
    const part = collapse(text.slice(from, to)).trim();
    if (part) parts.push(part);
  }
  return parts.join(' ');
}

/** Moves a start back, or an end forward, to the edge of the word it falls in (a fragment matches whole words). */
function toWordEdge(text: string, offset: number, side: 'start' | 'end'): number {
  for (const [from, to] of wordSpans(text)) {
    if (from < offset && offset < to) return side === 'start' ? from : to;
  }
  return offset;
}

/**
 * The selection without the spaces at its ends, its ends widened to the edges
 * of the words they fall in (a text fragment matches whole words only), or
 * undefined when it holds no visible character.
 */
export function widenToWords(
  blocks: readonly string[],
  start: TextPoint,
  end: TextPoint,
): { start: TextPoint; end: TextPoint } | undefined {
  const trimmed = trimSelection(blocks, start, end);
  if (!trimmed) return undefined;
  return {
    start: {
      block: trimmed.start.block,
      offset: toWordEdge(blocks[trimmed.start.block]!, trimmed.start.offset, 'start'),
    },
    end: { block: trimmed.end.block, offset: toWordEdge(blocks[trimmed.end.block]!, trimmed.end.offset, 'end') },
  };
}

/**
 * The words a citation quotes: those of its text directive, the selection
 * widened to whole words ({@link widenToWords}), as the reader sees them
 * ({@link selectedText}). Quote and link always say the same words.
 */
export function quotedText(blocks: readonly string[], start: TextPoint, end: TextPoint): string {
  const widened = widenToWords(blocks, start, end);
  return widened ? selectedText(blocks, widened.start, widened.end) : '';
}

/** The first `count` words of `text` from `from` (exclusive of anything past `limit`). */
function leadingTerm(text: string, from: number, limit: number, count: number): string | undefined {
  const words = wordSpans(text).filter(([a, b]) => a >= from && b <= limit);
  if (words.length < count) return undefined;
  return collapse(text.slice(from, words[count - 1]![1]));
}

/** The last `count` words of `text` before `to` (none before `limit`). */
function trailingTerm(text: string, limit: number, to: number, count: number): string | undefined {
  const words = wordSpans(text).filter(([a, b]) => a >= limit && b <= to);
  if (words.length < count) return undefined;
  return collapse(text.slice(words[words.length - count]![0], to));
}

/** Up to `count` words before `offset` in a block, as a prefix, or undefined when there are not that many. */
function prefixOf(text: string, offset: number, count: number): string | undefined {
  const words = wordSpans(text).filter(([, b]) => b <= offset);
  if (words.length < count) return undefined;
  const prefix = collapse(text.slice(words[words.length - count]![0], offset)).trim();
  return prefix || undefined;
}

/** Up to `count` words after `offset` in a block, as a suffix. */
function suffixOf(text: string, offset: number, count: number): string | undefined {
  const words = wordSpans(text).filter(([a]) => a >= offset);
  if (words.length < count) return undefined;
  const suffix = collapse(text.slice(offset, words[count - 1]![1])).trim();
  return suffix || undefined;
}

/**
 * Builds the text directive that opens a page on a selection, or undefined
 * when the selection holds no visible character. The selection's ends are
 * widened to whole words (browsers match whole words only); a selection in
 * one block of at most {@link EXACT_TEXT_LIMIT} characters is written out
 * whole, a longer one or one across blocks as its first and last words; words
 * before (prefix) or after (suffix) are added until the first match in the
 * page is the selection itself.
 */
export function buildTextDirective(
  blocks: readonly string[],
  start: TextPoint,
  end: TextPoint,
): TextDirective | undefined {
  const widened = widenToWords(blocks, start, end);
  if (!widened) return undefined;
  const { start: from, end: to } = widened;
  const first = blocks[from.block]!;
  const last = blocks[to.block]!;
  const page = new FoldedPage(blocks);
  const target: [number, number] = [page.indexOf(from), page.skipSpaceBackward(page.indexOf(to))];
  const opensOnSelection = (directive: TextDirective) => {
    const found = matchIn(page, directive);
    return found !== undefined && found[0] === target[0] && found[1] === target[1];
  };
  const withContext = (base: TextDirective): TextDirective | undefined => {
    if (opensOnSelection(base)) return base;
    const prefixes = Array.from({ length: MAX_CONTEXT_WORDS }, (_, i) => prefixOf(first, from.offset, i + 1));
    const suffixes = Array.from({ length: MAX_CONTEXT_WORDS }, (_, i) => suffixOf(last, to.offset, i + 1));
    for (const prefix of prefixes) {
      if (prefix !== undefined && opensOnSelection({ ...base, prefix })) return { ...base, prefix };
    }
    for (const suffix of suffixes) {
      if (suffix !== undefined && opensOnSelection({ ...base, suffix })) return { ...base, suffix };
    }
    const prefix = prefixes.findLast((p) => p !== undefined);
    for (const suffix of suffixes) {
      const directive = { ...base, prefix, suffix };
      if (suffix !== undefined && prefix !== undefined && opensOnSelection(directive)) return directive;
    }
    return undefined;
  };

  const sameBlock = from.block === to.block;
  const exact = sameBlock ? collapse(first.slice(from.offset, to.offset)) : undefined;
  if (exact !== undefined && exact.length <= EXACT_TEXT_LIMIT) {
    return withContext({ textStart: exact }) ?? { textStart: exact };
  }
  // A long selection, or one across blocks: its first and last words, as few as make them unique.
  const startLimit = sameBlock ? to.offset : first.length;
  const endLimit = sameBlock ? from.offset : 0;
  const startTerm = (count: number) =>
    leadingTerm(first, from.offset, startLimit, count) ?? collapse(first.slice(from.offset, startLimit)).trim();
  const endTerm = (count: number) =>
    trailingTerm(last, endLimit, to.offset, count) ?? collapse(last.slice(endLimit, to.offset)).trim();
  let textStart = startTerm(MIN_RANGE_WORDS);
  for (let count = MIN_RANGE_WORDS; count <= MAX_RANGE_WORDS; count++) {
    const found = matchIn(page, { textStart: startTerm(count) });
    if (found?.[0] === target[0]) {
      textStart = startTerm(count);
      break;
    }
  }
  // The end is the first match of the last words after the first words.
  const afterStart = target[0] + foldTerm(textStart).length;
  let textEnd = endTerm(MIN_RANGE_WORDS);
  for (let count = MIN_RANGE_WORDS; count <= MAX_RANGE_WORDS; count++) {
    const folded = foldTerm(endTerm(count));
    if (page.text.indexOf(folded, afterStart) + folded.length === target[1]) {
      textEnd = endTerm(count);
      break;
    }
  }
  if (!textStart || !textEnd) return { textStart: exact ?? collapse(first.slice(from.offset)).trim() };
  const base = { textStart, textEnd };
  return withContext(base) ?? base;
}
