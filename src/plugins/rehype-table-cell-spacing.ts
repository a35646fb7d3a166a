import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * MDX emits table rows and cells with no whitespace between them, so text
 * extractors (Pagefind, copy-paste, `textContent`) glue the last word of a cell
 * to the first word of the next. This inserts a line break between sibling
 * rows and cells. Rendering is unchanged.
 */
export default function rehypeTableCellSpacing() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!['table', 'thead', 'tbody', 'tfoot', 'tr'].includes(node.tagName)) return;
      const spaced: Element['children'] = [];
      node.children.forEach((child, i) => {
        if (i > 0 && child.type === 'element') spaced.push({ type: 'text', value: '\n' });
        spaced.push(child);
      });
      node.children = spaced;
    });
  };
}
