import type { Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { typographizeSegments } from '../lib/typography';

/** Elements whose text is code or machine text, never typeset. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/**
 * Applies French typography (see `src/lib/typography.ts`) to every text node,
 * reading context across node boundaries (text split by links or emphasis) and
 * skipping code. Words, numbers and spelling are untouched.
 */
export default function rehypeFrenchTypography() {
  return (tree: Root) => {
    const nodes: Text[] = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      const verbatim = ancestors.some((a) => a.type === 'element' && VERBATIM.has(a.tagName));
      if (!verbatim) nodes.push(node);
    });
    const typeset = typographizeSegments(nodes.map((node) => node.value));
    nodes.forEach((node, i) => {
      node.value = typeset[i]!;
    });
  };
}
