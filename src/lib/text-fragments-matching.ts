/**
 * Finding a text directive's words in a page, for browsers that do not do it
 * themselves, the way browsers do (URL Fragment Text Directives,
 * https://wicg.github.io/scroll-to-text-fragment/).
 *
 * A page is given as its blocks of text (paragraphs, list items, headings…),
 * in reading order, each as its DOM text (`textContent`); a position is a
 * block and an offset in that text. Like browsers, matching ignores case,
 * accents, the kind of space and of apostrophe, and never crosses a block.
 */
import type { TextDirective } from './text-fragments-syntax';

/** A position in a page: the block's index and an offset (UTF-16) in its text. */
export interface TextPoint {
  block: number;
  offset: number;
}

/** Characters already folded: a page repeats the same few accented letters and typographic signs. */
const foldedChars = new Map<string, string>();

/**
 * Folds one character the way browsers compare text when they look for a
 * fragment, a little more widely than any of them (so that a directive found
 * unique here is unique for them too): lower case, no accents, every space
 * one space, typographic apostrophes, quotes and hyphens plain.
 */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = /\s/.test(char)
      ? ' '
      : /[’‘ʼ]/.test(char)
        ? "'"
        : /[«»“”„]/.test(char)
          ? '"'
          : /[\u2010\u2011]/.test(char)
            ? '-'
            : char === '\u00ad' || char === '\u200b'
              ? ''
              : char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    foldedChars.set(char, folded);
  }
  return folded;
}
/** A folded text and, for each of its characters, the offset of the character it comes from. */
interface Folded {
  text: string;
  origins: number[];
}

/**
 * Folds a text (runs of spaces become one), remembering where each folded
 * character comes from. Linear in the text: plain ASCII takes a fast path, and
 * the folded text is joined once (the full report is folded on arrival).
 */
function foldWithOrigins(text: string): Folded {
  const parts: string[] = [];
  const origins: number[] = [];
  let afterSpace = false;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    let out: string;
    let width = 1;
    if (code < 0x80) {
      // ASCII: white space (as `\s` matches it) is a space, capitals are lowered.
      out =
        code === 32 || (code >= 9 && code <= 13)
          ? ' '
          : code >= 65 && code <= 90
            ? String.fromCharCode(code + 32)
            : text[i]!;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      width = char.length;
      out = foldChar(char);
    }
    if (!(out === ' ' && afterSpace)) {
      parts.push(out);
      for (let k = 0; k < out.length; k++) origins.push(i);
      if (out.length > 0) afterSpace = out.endsWith(' ');
    }
    i += width;
  }
  return { text: parts.join(''), origins };
}

/** A folded term, trimmed like the browser trims it. */
export function foldTerm(term: string): string {
  return foldWithOrigins(term).text.trim();
}

/** The whole page, folded, with a line break between blocks (no term contains one, so none matches across blocks). */
export class FoldedPage {
  readonly text: string;
  private readonly starts: number[] = [];
  private readonly folds: Folded[];

  constructor(private readonly blocks: readonly string[]) {
    this.folds = blocks.map(foldWithOrigins);
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
export function matchIn(page: FoldedPage, directive: TextDirective): [number, number] | undefined {
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

/** Where a directive's words are in a page: from the start of the first word to the end of the last. */
export interface TextMatch {
  start: TextPoint;
  end: TextPoint;
}

/**
 * Finds where each directive opens in a page: the first match, as the browser
 * finds it (its prefix, then its start, its end after the start, then its
 * suffix), or undefined when its words are no longer there. The page is folded
 * once for all of them.
 */
export function findTextDirectives(
  blocks: readonly string[],
  directives: readonly TextDirective[],
): (TextMatch | undefined)[] {
  const page = new FoldedPage(blocks);
  return directives.map((directive) => {
    const found = matchIn(page, directive);
    return found && { start: page.pointAt(found[0], false), end: page.pointAt(found[1], true) };
  });
}

/** Finds where one directive opens in a page (see {@link findTextDirectives}). */
export function findTextDirective(blocks: readonly string[], directive: TextDirective): TextMatch | undefined {
  return findTextDirectives(blocks, [directive])[0];
}
