/**
 * Lists in French prose, joined as `Intl.ListFormat('fr')` joins them:
 * `§ 0.1, § 0.5 et § 7.4`. Views that render each item as markup (a link)
 * map the parts: items keep their value, separators are text.
 */

const conjunction = new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });

/** One part of a formatted list: an item, or the text between two items. */
export type ListPart<T> = { item: T; text?: undefined } | { text: string; item?: undefined };

/**
 * The items of a list with French separators between them:
 * `listParts(['a', 'b', 'c'])` → `a`, `, `, `b`, ` et `, `c` (as parts).
 */
export function listParts<T>(items: readonly T[]): ListPart<T>[] {
  // Formats placeholders, then puts the items back in their order.
  const parts = conjunction.formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? { item: items[Number(part.value)]! } : { text: part.value }));
}

/** A list of strings as French prose: `formatList(['A', 'B', 'C'])` → `A, B et C`. */
export function formatList(items: readonly string[]): string {
  return conjunction.format(items);
}
