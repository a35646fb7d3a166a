/**
 * French typography for text that is otherwise kept verbatim.
 *
 * The report is published word for word; only its typography improves, at build
 * time: straight apostrophes become ’, straight double quotes become « … » with
 * narrow no-break spaces inside, and the space before « : » (no-break space) and
 * before « ; ! ? » (narrow no-break space) is added or made unbreakable.
 * Punctuation followed by a letter or digit (`10:30`, `https://`) is left alone.
 */

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

const SPACE = /[ \t\u00a0\u202f]/;
const OPENING_CONTEXT = /[\s\u00a0\u202f([{\u2013\u2014'’«]/;
const BOUNDARY_AFTER = /[\s\u00a0\u202f)\]}»"’,.…]/;

function spaceBefore(mark: string): string {
  return mark === ':' ? NBSP : NNBSP;
}

/**
 * Applies French typography to a run of text split into segments (for example
 * the successive text nodes of a document, some inside links). Context is read
 * across segment boundaries, and every segment keeps its own output, so the
 * segments can be written back to their nodes.
 */
export function typographizeSegments(segments: readonly string[]): string[] {
  const text = segments.join('');
  const output = segments.map(() => '');
  let segment = 0;
  let segmentEnd = segments[0]?.length ?? 0;

  for (let i = 0; i < text.length; i++) {
    while (i >= segmentEnd && segment < segments.length - 1) {
      segment++;
      segmentEnd += segments[segment]!.length;
    }
    const char = text[i]!;
    const before = i > 0 ? text[i - 1]! : '';
    const after = i + 1 < text.length ? text[i + 1]! : '';
    let out = char;

    if (char === "'") {
      out = '’';
    } else if (char === '"') {
      out = isOpeningQuote(text, i) ? `«${NNBSP}` : `${NNBSP}»`;
    } else if (char === '«') {
      out = after !== '' && !SPACE.test(after) ? `«${NNBSP}` : '«';
    } else if (char === '»') {
      out = before !== '' && !SPACE.test(before) ? `${NNBSP}»` : '»';
    } else if (char === ':' || char === ';' || char === '!' || char === '?') {
      const endsClause = after === '' || BOUNDARY_AFTER.test(after);
      // `&amp;` or `&#8239;` written as text is a character reference, not a clause.
      const reference = char === ';' && /&#?[a-z0-9]+$/i.test(text.slice(Math.max(0, i - 10), i));
      if (endsClause && !reference && before !== '' && !SPACE.test(before)) {
        out = spaceBefore(char) + char;
      }
    } else if (char === ' ') {
      const next = after;
      if ((next === ':' || next === ';' || next === '!' || next === '?') && isClauseEnd(text, i + 2)) {
        out = spaceBefore(next);
      } else if (next === '»' || before === '«') {
        out = NNBSP;
      } else if (before === '"' && isOpeningQuote(text, i - 1)) {
        // The quote already carries its narrow no-break space.
        out = '';
      }
    }
    output[segment] += out;
  }
  return output;
}

function isOpeningQuote(text: string, index: number): boolean {
  return index === 0 || OPENING_CONTEXT.test(text[index - 1]!);
}

function isClauseEnd(text: string, index: number): boolean {
  return index >= text.length || BOUNDARY_AFTER.test(text[index]!);
}

/** French typography for a single string (titles, metadata). */
export function typographize(text: string): string {
  return typographizeSegments([text])[0]!;
}

/**
 * Undoes what {@link typographize} changes, so that a published text can be
 * compared with its source: apostrophes, quotes and no-break spaces are folded
 * to their plain forms and runs of spaces collapse.
 */
export function foldTypography(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/«[\s\u00a0\u202f]*/g, '"')
    .replace(/[\s\u00a0\u202f]*»/g, '"')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(/ ([:;!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
