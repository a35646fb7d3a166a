/**
 * French typography for everything a page renders, not only the report's text:
 * one pass over a page's tree (hast) at build time applies the rules of
 * `typography.ts` to every text node (labels, lists, counts, footers, headings,
 * `<title>`) grouped by the block they are read in, to the attributes people
 * read or hear (`aria-label`, `title`, `alt`, meta descriptions, Open Graph
 * text, `data-titre-court` for the copied citation) and to the strings of
 * JSON-LD. Interface text also loses any space before a comma, and runs of
 * white space collapse to one space (as the browser shows them).
 *
 * `typographyFaults` is the independent check used by the tests: it names each
 * fault a reader could see (a breaking space before « ; : ! ? » or inside « »,
 * a space before a comma, a straight quote).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { typographizeSegments } from './typography';

/** Elements whose text is not prose: left exactly as written. */
const VERBATIM = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'template', 'svg', 'math']);

/** Elements read as part of the surrounding text: their text joins their parent's run. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'br',
]);

/**
 * Attributes whose text is read or heard, by their hast property names: hast
 * camel-cases the ARIA attributes it knows (`ariaLabel`) and `data-*`
 * (`dataTitreCourt`), and keeps the others as written (`aria-description`).
 */
export const READ_ATTRIBUTES = ['title', 'alt', 'ariaLabel', 'aria-description', 'placeholder', 'dataTitreCourt'];

/** `<meta>` whose `content` is read in previews and results (by `name` or `property`). */
export const READ_META = new Set([
  'description',
  'og:title',
  'og:description',
  'og:site_name',
  'og:image:alt',
  'twitter:title',
  'twitter:description',
]);

const SPACES_BEFORE_COMMA = /[\s\u00a0\u202f]+$/;

/**
 * Typography for a run of text split into segments (the text nodes of one
 * block): French rules, white space collapsed, no space before a comma. Each
 * segment keeps its own output so it can be written back to its node.
 */
export function typographizeInterfaceSegments(segments: readonly string[]): string[] {
  const collapsed = collapseSpaces(segments);
  const output = typographizeSegments(collapsed);
  // A comma takes no space before it, even across nodes (`</a> , <a>`).
  for (let i = 0; i < output.length; i++) {
    if (!output[i]!.startsWith(',') && !output[i]!.includes(',')) continue;
    output[i] = output[i]!.replace(/[ \u00a0\u202f]+,/g, ',');
    if (output[i]!.startsWith(',')) {
      for (let j = i - 1; j >= 0; j--) {
        output[j] = output[j]!.replace(SPACES_BEFORE_COMMA, '');
        if (output[j] !== '') break;
      }
    }
  }
  return output;
}

/** French typography for one interface string (an attribute, a JSON-LD value). */
export function typographizeInterface(text: string): string {
  return typographizeInterfaceSegments([text])[0]!;
}

/** Collapses runs of HTML white space (not no-break spaces) to one space, across segments. */
function collapseSpaces(segments: readonly string[]): string[] {
  let previousSpace = false;
  return segments.map((segment) => {
    let out = '';
    for (const char of segment) {
      const space = char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
      if (space && previousSpace) continue;
      out += space ? ' ' : char;
      previousSpace = space;
    }
    return out;
  });
}

function isElement(node: RootContent | ElementContent | Root): node is Element {
  return node.type === 'element';
}

/** The text nodes read as one run inside `parent`, stopping at nested blocks (returned for their own pass). */
function collectRun(parent: Element | Root, run: Text[], blocks: Element[]): void {
  for (const child of parent.children) {
    if (child.type === 'text') run.push(child);
    else if (isElement(child)) {
      if (VERBATIM.has(child.tagName)) continue;
      if (INLINE.has(child.tagName)) collectRun(child, run, blocks);
      else blocks.push(child);
    }
  }
}

function typographizeBlock(block: Element | Root): void {
  const run: Text[] = [];
  const blocks: Element[] = [];
  collectRun(block, run, blocks);
  const output = typographizeInterfaceSegments(run.map((node) => node.value));
  run.forEach((node, i) => (node.value = output[i]!));
  for (const nested of blocks) typographizeBlock(nested);
}

function typographizeAttributes(node: Element | Root): void {
  if (!isElement(node)) {
    node.children.forEach((child) => isElement(child) && typographizeAttributes(child));
    return;
  }
  if (VERBATIM.has(node.tagName) && node.tagName !== 'script') return;
  const props = node.properties;
  for (const name of READ_ATTRIBUTES) {
    if (typeof props[name] === 'string') props[name] = typographizeInterface(props[name]);
  }
  const key = String(props.name ?? props.property ?? '');
  if (node.tagName === 'meta' && READ_META.has(key) && typeof props.content === 'string') {
    props.content = typographizeInterface(props.content);
  }
  if (node.tagName === 'script' && props.type === 'application/ld+json') typographizeJsonLd(node);
  node.children.forEach((child) => isElement(child) && typographizeAttributes(child));
}

/** Keys of JSON-LD whose values are identifiers, not text. */
const JSON_LD_VERBATIM_KEYS = new Set(['url', 'inLanguage', 'sameAs', 'identifier']);

function typographizeJsonValue(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    return key.startsWith('@') || JSON_LD_VERBATIM_KEYS.has(key) ? value : typographizeInterface(value);
  }
  if (Array.isArray(value)) return value.map((item) => typographizeJsonValue(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typographizeJsonValue(v, k)]));
  }
  return value;
}

function typographizeJsonLd(script: Element): void {
  const text = script.children.find((child): child is Text => child.type === 'text');
  if (!text) return;
  const data = typographizeJsonValue(JSON.parse(text.value));
  // `<` escaped: a title containing `</script>` must not end the block.
  text.value = JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Applies French typography to a whole page (see the module comment). The
 * tree is changed in place. `<noscript>` content, which HTML parsers keep as
 * raw text, is given by `parseFragment`/`serialize` so it gets the same pass.
 */
export function typographizeTree(
  tree: Root,
  raw?: { parseFragment: (html: string) => Root; serialize: (tree: Root) => string },
): void {
  if (raw) typographizeNoscript(tree, raw);
  typographizeBlock(tree);
  typographizeAttributes(tree);
}

function typographizeNoscript(
  node: Root | Element,
  raw: { parseFragment: (html: string) => Root; serialize: (tree: Root) => string },
): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'noscript' && child.children.length === 1 && child.children[0]!.type === 'text') {
      const fragment = raw.parseFragment((child.children[0] as Text).value);
      typographizeTree(fragment, raw);
      child.children = [{ type: 'raw', value: raw.serialize(fragment) } as unknown as ElementContent];
    } else typographizeNoscript(child, raw);
  }
}

/**
 * The typographic faults a reader could see in a text, each with a little
 * context: `espace sécable avant « : »`, `espace avant une virgule`,
 * `guillemet droit`, `espace sécable après « ou avant »`.
 */
export function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  const context = (index: number) => text.slice(Math.max(0, index - 20), index + 20).replace(/\s+/g, ' ');
  const check = (pattern: RegExp, what: (match: RegExpExecArray) => string) => {
    for (const match of text.matchAll(pattern)) faults.push(`${what(match)} : « ${context(match.index)} »`);
  };
  check(/[ \t\n\r]+([;:!?])(?=$|[\s\u00a0\u202f)\]}»,.…])/g, (m) => `espace sécable avant « ${m[1]} »`);
  check(/«[ \t\n\r]/g, () => 'espace sécable après «');
  check(/[ \t\n\r]»/g, () => 'espace sécable avant »');
  check(/[\s\u00a0\u202f]+,/g, () => 'espace avant une virgule');
  check(/["']/g, (m) => `guillemet droit ${m[0]}`);
  return faults;
}
