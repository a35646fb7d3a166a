/**
 * The HTML given to the search indexer, made from a built page: the words as
 * search reads them (see `french-words.ts`), while the page itself keeps its
 * typography. Build-time only (it parses HTML); the browser never loads it.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { endsWithElision, splitElisions } from './french-words';

/**
 * Replaces the characters that make text unsearchable as typed: no-break
 * hyphens become hyphens and no-break spaces become spaces, so that
 * `GTC‑SMSI/ODD` (U+2011) or `7 avril` (U+00A0) are found as typed. Used on the
 * HTML given to the indexer only; pages keep their typography.
 */
export function searchableHtml(html: string): string {
  return html
    .replace(/\u2011|&#8209;|&#x2011;/gi, '-')
    .replace(/[\u00a0\u202f]|&nbsp;|&#160;|&#xa0;|&#8239;|&#x202f;/gi, ' ');
}

/**
 * A page's HTML for Pagefind: no-break characters made plain (`searchableHtml`)
 * and elisions split in every text, also when the elided word ends a text
 * before an inline element (`L’<abbr>UIT</abbr>` is indexed as `L’ UIT`).
 */
export function indexableHtml(html: string): string {
  const tree: Root = fromHtml(searchableHtml(html));
  visit(tree, 'text', (node, index, parent) => {
    node.value = splitElisions(node.value);
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    if (next?.type === 'element' && endsWithElision(node.value)) node.value += ' ';
  });
  return toHtml(tree);
}
