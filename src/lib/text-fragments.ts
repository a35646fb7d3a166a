/**
 * Text fragments (`#p7-3:~:text=…`), per the URL Fragment Text Directives
 * specification (https://wicg.github.io/scroll-to-text-fragment/): building a
 * directive that opens exactly on a selection, reading one back, and finding
 * its words in a page, for browsers that do not do it themselves.
 *
 * A page is given as its blocks of text (paragraphs, list items, headings…),
 * in reading order, each as its DOM text (`textContent`); a position is a
 * block and an offset in that text. Like browsers, matching ignores case,
 * accents, the kind of space and of apostrophe, and never crosses a block.
 */

/** A position in a page: the block's index and an offset (UTF-16) in its text. */
export interface TextPoint {
  block: number;
  offset: number;
}

/** A text directive: `text=[prefix-,]textStart[,textEnd][,-suffix]`, with its terms decoded. */
export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

/** Above this many characters, a selection is cited by its first and last words (`textStart,textEnd`). */
export const EXACT_TEXT_LIMIT = 300;
/** Words of context (prefix or suffix) tried, at most, to make a directive unique in the page. */
const MAX_CONTEXT_WORDS = 5;
/** Words of a long selection's first and last terms, at least and at most. */
const MIN_RANGE_WORDS = 3;
const MAX_RANGE_WORDS = 10;

/**
 * Percent-encodes a directive term. On top of what `encodeURIComponent`
 * encodes (spaces, `&`, `,`, `#`, non-ASCII…), `-` must be encoded, since it
 * marks a prefix or suffix; so are the other characters it leaves alone that
 * some mail clients cut links on: `encodeTerm('7‑11 avril, A&B')` →
 * `7%E2%80%9111%20avril%2C%20A%26B`.
 */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Writes a directive: `text=prefix-,a%20renouvel%C3%A9,-et`. */
export function formatTextDirective(directive: TextDirective): string {
  const parts = [
    directive.prefix !== undefined ? `${encodeTerm(directive.prefix)}-` : undefined,
    encodeTerm(directive.textStart),
    directive.textEnd !== undefined ? encodeTerm(directive.textEnd) : undefined,
    directive.suffix !== undefined ? `-${encodeTerm(directive.suffix)}` : undefined,
  ];
  return `text=${parts.filter((part) => part !== undefined).join(',')}`;
}

/**
 * Reads a URL fragment (with or without `#`): its element id, the part before
 * `:~:`, and its well-formed text directives. Malformed directives are
 * skipped, never thrown on: `parseFragment('#p7-3:~:text=a-,b,c')` →
 * `{ elementId: 'p7-3', directives: [{ prefix: 'a', textStart: 'b', textEnd: 'c' }] }`.
 */
export function parseFragment(fragment: string): { elementId: string; directives: TextDirective[] } {
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const delimiter = hash.indexOf(':~:');
  const rawId = delimiter === -1 ? hash : hash.slice(0, delimiter);
  const directives =
    delimiter === -1
      ? []
      : hash
          .slice(delimiter + 3)
          .split('&')
          .filter((part) => part.startsWith('text='))
          .map((part) => parseTextDirective(part.slice(5)))
          .filter((directive): directive is TextDirective => directive !== undefined);
  return { elementId: safeDecode(rawId) ?? rawId, directives };
}

/** Decodes a percent-encoded term; null when it is not valid percent-encoding. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function parseTextDirective(value: string): TextDirective | undefined {
  const parts = value.split(',');
  const prefix = parts[0]!.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined;
  const suffix = parts.length > 0 && parts.at(-1)!.startsWith('-') ? parts.pop()!.slice(1) : undefined;
  if (parts.length < 1 || parts.length > 2) return undefined;
  const decode = (term: string | undefined) => (term === undefined ? undefined : safeDecode(term));
  const terms = [decode(prefix), decode(parts[0]), decode(parts[1]), decode(suffix)];
  // A term that is present must decode to some text.
  if (terms.some((term) => term === null || term === '')) return undefined;
  const [decodedPrefix, textStart, textEnd, decodedSuffix] = terms as (string | undefined)[];
  return {
    textStart: textStart!,
    ...(decodedPrefix !== undefined && { prefix: decodedPrefix }),
    ...(textEnd !== undefined && { textEnd }),
    ...(decodedSuffix !== undefined && { suffix: decodedSuffix }),
  };
}

/**
 * Folds one character the way browsers compare text when they look for a
 * fragment, a little more widely than any of them (so that a directive found
 * unique here is unique for them too): lower case, no accents, every space
 * one space, typographic apostrophes, quotes and hyphens plain.
 */
function foldChar(char: string): string {
  if (/\s/.test(char)) return ' ';
  if (/[’‘ʼ]/.test(char)) return "'";
  if (/[«»“”„]/.test(char)) return '"';
  if (/[\u2010\u2011]/.test(char)) return '-';
  if (char === '\u00ad' || char === '\u200b') return '';
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A folded text and, for each of its characters, the offset of the character it comes from. */
interface Folded {
  text: string;
  origins: number[];
}

/** Folds a text (runs of spaces become one), remembering where each folded character comes from. */
function fold(text: string): Folded {
  let folded = '';
  const origins: number[] = [];
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const out = foldChar(char);
    if (!(out === ' ' && folded.endsWith(' '))) {
      folded += out;
      for (let k = 0; k < out.length; k++) origins.push(i);
    }
    i += char.length;
  }
  return { text: folded, origins };
}

/** A folded term, trimmed like the browser trims it. */
function foldTerm(term: string): string {
  return fold(term).text.trim();
}

/** The whole page, folded, with a line break between blocks (no term contains one, so none matches across blocks). */
class FoldedPage {
  readonly text: string;
  private readonly starts: number[] = [];
  private readonly folds: Folded[];

  constructor(private readonly blocks: readonly string[]) {
    this.folds = blocks.map(fold);
    let text = '';
    for (const block of this.folds) {
      if (this.starts.length > 0) text += '\n';
      this.starts.push(text.length);
      text += block.text;
    }
    this.text = text;
  }

  /** Index in the folded page of a position in the page. */
  indexOf(point: TextPoint): number {
    const block = this.folds[point.block]!;
    const local = block.origins.findIndex((origin) => origin >= point.offset);
    return this.starts[point.block]! + (local === -1 ? block.text.length : local);
  }

  /** Position in the page of a start (`end` false) or end index in the folded page. */
  pointAt(index: number, end: boolean): TextPoint {
    let block = this.starts.length - 1;
    while (block > 0 && this.starts[block]! > (end ? index - 1 : index)) block--;
    const { origins } = this.folds[block]!;
    const raw = this.blocks[block]!;
    const local = index - this.starts[block]!;
    if (!end) return { block, offset: local < origins.length ? origins[local]! : raw.length };
    if (local <= 0) return { block, offset: 0 };
    // The end of the last character: one code point after where it starts.
    const origin = origins[local - 1]!;
    return { block, offset: origin + String.fromCodePoint(raw.codePointAt(origin)!).length };
  }

  /** Skips spaces and block breaks forward from `index`. */
  skipSpaceForward(index: number): number {
    while (index < this.text.length && /[ \n]/.test(this.text[index]!)) index++;
    return index;
  }

  /** Skips spaces and block breaks backward from `index` (exclusive). */
  skipSpaceBackward(index: number): number {
    while (index > 0 && /[ \n]/.test(this.text[index - 1]!)) index--;
    return index;
  }
}

/** Where a directive matches in a folded page: start and end indexes, or undefined. */
function matchIn(page: FoldedPage, directive: TextDirective): [number, number] | undefined {
  const start = foldTerm(directive.textStart);
  const end = directive.textEnd === undefined ? undefined : foldTerm(directive.textEnd);
  const prefix = directive.prefix === undefined ? undefined : foldTerm(directive.prefix);
  const suffix = directive.suffix === undefined ? undefined : foldTerm(directive.suffix);
  if (!start || end === '') return undefined;
  const text = page.text;
  const suffixFollows = (index: number) =>
    suffix === undefined || text.startsWith(suffix, page.skipSpaceForward(index));
  for (let at = text.indexOf(start); at !== -1; at = text.indexOf(start, at + 1)) {
    if (prefix !== undefined) {
      const before = page.skipSpaceBackward(at);
      if (before < prefix.length || !text.startsWith(prefix, before - prefix.length)) continue;
    }
    const startEnd = at + start.length;
    if (end === undefined) {
      if (suffixFollows(startEnd)) return [at, startEnd];
      continue;
    }
    for (let e = text.indexOf(end, startEnd); e !== -1; e = text.indexOf(end, e + 1)) {
      if (suffixFollows(e + end.length)) return [at, e + end.length];
    }
    // No end after this start: none after a later start either.
    return undefined;
  }
  return undefined;
}

/**
 * Finds where a directive opens in a page: the first match, as the browser
 * finds it (its prefix, then its start, its end after the start, then its
 * suffix), or undefined when its words are no longer there.
 */
export function findTextDirective(
  blocks: readonly string[],
  directive: TextDirective,
): { start: TextPoint; end: TextPoint } | undefined {
  const page = new FoldedPage(blocks);
  const found = matchIn(page, directive);
  return found && { start: page.pointAt(found[0], false), end: page.pointAt(found[1], true) };
}

/**
 * The words of a text (not its spaces and punctuation), as [start, end)
 * offsets, by the same rules as the browser's (Unicode word boundaries:
 * `l’UIT` is one word).
 */
function wordsOf(text: string): [number, number][] {
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
  for (const [from, to] of wordsOf(text)) {
    if (from < offset && offset < to) return side === 'start' ? from : to;
  }
  return offset;
}

/** The first `count` words of `text` from `from` (exclusive of anything past `limit`). */
function firstWords(text: string, from: number, limit: number, count: number): string | undefined {
  const words = wordsOf(text).filter(([a, b]) => a >= from && b <= limit);
  if (words.length < count) return undefined;
  return collapse(text.slice(from, words[count - 1]![1]));
}

/** The last `count` words of `text` before `to` (none before `limit`). */
function lastWords(text: string, limit: number, to: number, count: number): string | undefined {
  const words = wordsOf(text).filter(([a, b]) => a >= limit && b <= to);
  if (words.length < count) return undefined;
  return collapse(text.slice(words[words.length - count]![0], to));
}

/** Up to `count` words before `offset` in a block, as a prefix, or undefined when there are not that many. */
function prefixOf(text: string, offset: number, count: number): string | undefined {
  const words = wordsOf(text).filter(([, b]) => b <= offset);
  if (words.length < count) return undefined;
  const prefix = collapse(text.slice(words[words.length - count]![0], offset)).trim();
  return prefix || undefined;
}

/** Up to `count` words after `offset` in a block, as a suffix. */
function suffixOf(text: string, offset: number, count: number): string | undefined {
  const words = wordsOf(text).filter(([a]) => a >= offset);
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
  const trimmed = trimSelection(blocks, start, end);
  if (!trimmed) return undefined;
  const first = blocks[trimmed.start.block]!;
  const last = blocks[trimmed.end.block]!;
  const from = { block: trimmed.start.block, offset: toWordEdge(first, trimmed.start.offset, 'start') };
  const to = { block: trimmed.end.block, offset: toWordEdge(last, trimmed.end.offset, 'end') };
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
    firstWords(first, from.offset, startLimit, count) ?? collapse(first.slice(from.offset, startLimit)).trim();
  const endTerm = (count: number) =>
    lastWords(last, endLimit, to.offset, count) ?? collapse(last.slice(endLimit, to.offset)).trim();
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
