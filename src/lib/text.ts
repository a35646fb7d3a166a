/** Small helpers on plain text, used for summaries and meta descriptions. */

/** The first sentence of a text (up to the first `.`, `!` or `?` followed by a space), or the whole text. */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/su.exec(text.trim());
  return (match ? match[0] : text).trim();
}

/**
 * Shortens a text to at most `max` characters on a word boundary, adding `…`
 * when something was cut. Never cuts a word in two.
 */
export function shortenOnWordBoundary(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.search(/\s\S*$/);
  const base = lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:–-]+$/u, '')}…`;
}

/** An excerpt of a text around a span: the words before, the span itself, the words after. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/**
 * Cuts an excerpt of `text` around `[start, end)`, keeping about `context`
 * characters on each side, cut on word boundaries, with `…` where text was
 * left out. Whitespace runs are folded to one space.
 */
export function excerptAround(text: string, start: number, end: number, context = 90): Excerpt {
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  let from = Math.max(0, start - context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : start;
  }
  let to = Math.min(text.length, end + context);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : end;
  }
  return {
    before: (from > 0 ? '…' : '') + fold(text.slice(from, start)).replace(/^ /, ''),
    match: fold(text.slice(start, end)),
    after: fold(text.slice(end, to)).replace(/ $/, '') + (to < text.length ? '…' : ''),
  };
}

/**
 * The sentence of `text` that holds `[start, end)`, as an excerpt around the
 * span; a sentence longer than about `2 × context` characters is cut around
 * the span with `…`. Sentences end at `.`, `!`, `?` followed by a space and a
 * capital letter (so `Rév. Bucarest` or `S. E. Mme` rarely cut one).
 */
export function sentenceAround(text: string, start: number, end: number, context = 120): Excerpt {
  const ends = [...text.matchAll(/[.!?](?=\s+[\p{Lu}«])/gu)].map((m) => m.index + 1);
  const from = Math.max(0, ...ends.filter((i) => i <= start));
  const after = ends.find((i) => i >= end);
  const to = after ?? text.length;
  const sentence = text.slice(from, to);
  const offset = from + (sentence.length - sentence.trimStart().length);
  const trimmed = sentence.trim();
  const excerpt = excerptAround(trimmed, start - offset, end - offset, context);
  return excerpt;
}
