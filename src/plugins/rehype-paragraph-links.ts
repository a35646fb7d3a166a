import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { paragraphLabel, parseParagraphId } from '../lib/ids';

/**
 * Gives every numbered paragraph and list item a small link to itself
 * (`<a class="ancre" href="#p7-4" aria-label="Lien vers le paragraphe 7.4">`).
 * The link has no text of its own: its visible number comes from CSS
 * (`data-num`), so copying the prose never copies it, and search ignores it.
 * Without JavaScript it is a plain anchor; `src/scripts/permalink.ts` makes it
 * copy the address. Runs after `rehype-paragraph-ids`.
 */
export default function rehypeParagraphLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p' && node.tagName !== 'li') return;
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      if (!id || !parseParagraphId(id)) return;
      const label = paragraphLabel(id);
      node.children.unshift({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['ancre'],
          href: `#${id}`,
          ariaLabel: `Lien vers le paragraphe ${label}`,
          dataNum: label,
          dataPagefindIgnore: '',
        },
        children: [],
      });
    });
  };
}
