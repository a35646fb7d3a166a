import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { headingIdProblems } from '../lib/heading-ids';
import { headingId } from '../lib/ids';
import { failOnContent } from './content-fail';
import { reportSectionOf } from './frontmatter';

const HEADING = /^h[1-6]$/;

/**
 * Gives every heading of a report section its public id (`headingId` in
 * `src/lib/ids.ts`): the front matter's `ancres` map (heading text → id), else
 * `s{section}-{slug}` under a numbered section. A preamble heading missing from
 * `ancres` stops the build, naming the file, the line and the heading; so does
 * an id that would be empty, repeated or the layout's (`src/lib/heading-ids.ts`,
 * which the content audit applies first). Files
 * that are not report sections are left alone.
 */
export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const section = reportSectionOf(file);
    if (!section) return;
    const anchors = (section.frontmatter.ancres ?? {}) as Record<string, string>;
    const headings: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (HEADING.test(node.tagName)) headings.push(node);
    });
    // Ids fit to be public: not empty, not repeated, not the layout's (src/lib/heading-ids.ts).
    const problems = headingIdProblems(
      headings.map((node) => ({ text: toString(node).trim(), line: node.position?.start.line })),
      section.numero,
      anchors,
    );
    if (problems.length > 0) {
      failOnContent(file, problems, { ruleId: 'heading-id', source: 'rehype-heading-ids' });
    }
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName)) return;
      const text = toString(node).trim();
      const id = headingId(text, section.numero, anchors);
      if (id === undefined) {
        failOnContent(
          file,
          [
            {
              field: 'ancres',
              line: node.position?.start.line,
              message: `l’intertitre « ${text} » n’a pas d’ancre : ajoutez « ${text} » à « ancres » avec son id`,
            },
          ],
          { ruleId: 'heading-without-anchor', source: 'rehype-heading-ids' },
          node.position,
        );
      }
      node.properties.id = id;
    });
  };
}
