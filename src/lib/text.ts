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
