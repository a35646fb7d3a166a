/**
 * The syntax of text directives (`#p7-3:~:text=…`), per the URL Fragment Text
 * Directives specification (https://wicg.github.io/scroll-to-text-fragment/):
 * writing a directive and reading a fragment back. Finding a directive's words
 * in a page is `text-fragments-matching.ts`; building one from a selection is
 * `text-fragments-selection.ts`.
 */

/** A text directive: `text=[prefix-,]textStart[,textEnd][,-suffix]`, with its terms decoded. */
export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

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
 * With `limit`, only the first `limit` well-formed directives are kept.
 */
export function parseFragment(fragment: string, limit = Infinity): { elementId: string; directives: TextDirective[] } {
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
          .filter((directive): directive is TextDirective => directive !== undefined)
          .slice(0, limit);
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
