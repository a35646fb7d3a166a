import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { find, html } from 'property-information';
import { typographyFaults } from '../../src/lib/interface-typography';

/**
 * The attributes a reader sees or hears, as written in HTML: the scanner's own
 * list, independent of the one the typesetting code reads
 * (`src/lib/interface-typography.ts`), so that an attribute the code forgets
 * or misnames is still checked. Each is looked up under the property name hast
 * gives it (`aria-label` → `ariaLabel`, `aria-description` as written).
 */
export const SCANNED_ATTRIBUTES = [
  'title',
  'alt',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'data-titre-court',
].map((attribute) => ({ attribute, property: find(html, attribute).property }));

/** `<meta>` whose `content` is shown in previews and results, by `name` or `property`. */
const SCANNED_META = new Set([
  'description',
  'og:title',
  'og:description',
  'og:site_name',
  'og:image:alt',
  'twitter:title',
  'twitter:description',
  'twitter:image:alt',
]);

/** Elements whose text is not prose (code, keys, scripts): not scanned. */
const NOT_PROSE = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'template', 'svg']);

/**
 * Every typographic fault a reader could see or hear on a page: in its
 * rendered text (as `innerText` would give it), its `<title>`, the attributes
 * that are read (aria-label, title, alt, meta descriptions, Open Graph text…)
 * and the strings of its JSON-LD. Each fault names where it is.
 */
export function pageTypographyFaults(page: Root): string[] {
  const faults: string[] = [];
  const report = (where: string, text: string) => faults.push(...typographyFaults(text).map((f) => `${where} : ${f}`));

  for (const node of selectAll('script[type="application/ld+json"]', page)) {
    const strings: string[] = [];
    JSON.stringify(JSON.parse(toText(node)), (key, value) => {
      if (typeof value === 'string' && !key.startsWith('@') && key !== 'url') strings.push(value);
      return value;
    });
    strings.forEach((s) => report('JSON-LD', s));
  }
  for (const node of selectAll('*', page) as Element[]) {
    for (const { attribute, property } of SCANNED_ATTRIBUTES) {
      const value = node.properties[property];
      if (typeof value === 'string') report(`${node.tagName}[${attribute}]`, value);
    }
    const key = String(node.properties.name ?? node.properties.property ?? '');
    if (node.tagName === 'meta' && SCANNED_META.has(key)) report(`meta ${key}`, String(node.properties.content));
  }
  for (const title of selectAll('title', page)) report('<title>', toText(title));

  const body = structuredClone(selectAll('body', page)[0]!);
  const prune = (node: Element) => {
    node.children = node.children.filter((child) => child.type !== 'element' || !NOT_PROSE.has(child.tagName));
    node.children.forEach((child) => child.type === 'element' && prune(child));
  };
  prune(body);
  report('texte', toText(body));
  return faults;
}
