import type { Element, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { parseParagraphId } from '../lib/ids';
import { citationSpans, type ExportedParagraph, type TextRun } from '../lib/paragraphs';
import { reportSectionOf } from './frontmatter';

const HEADING = /^h[1-6]$/;

/** The text of a paragraph in pieces, each with the slug of the citation link (`a[data-resolution]`) it sits in. */
function textRuns(paragraph: Element): TextRun[] {
  const runs: TextRun[] = [];
  visitParents(paragraph, 'text', (text: Text, ancestors) => {
    const link = ancestors.find(
      (a): a is Element => a.type === 'element' && a.tagName === 'a' && a.properties.dataResolution !== undefined,
    );
    runs.push(link ? { text: text.value, slug: String(link.properties.dataResolution) } : { text: text.value });
  });
  return runs;
}

/**
 * Exports the paragraphs of a report section into its front matter
 * (`paragraphes`, read by the pages as `remarkPluginFrontmatter`): for every
 * paragraph or list item with a paragraph id, its id, its text as written, the
 * id of the heading it follows (`rubrique`) and the spans of its citation
 * links. Reads what runs before it: heading ids (`rehype-heading-ids`),
 * paragraph ids (`rehype-paragraph-ids`) and citation links (`remark-citations`).
 * Files that are not report sections are left alone.
 */
export default function rehypeParagraphExport() {
  return (tree: Root, file: VFile) => {
    const section = reportSectionOf(file);
    if (!section) return;
    const paragraphs: ExportedParagraph[] = [];
    let rubrique: string | undefined;
    visit(tree, 'element', (node: Element) => {
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      if (HEADING.test(node.tagName)) {
        rubrique = id;
        return;
      }
      if ((node.tagName !== 'p' && node.tagName !== 'li') || !id || !parseParagraphId(id)) return;
      const citations = citationSpans(textRuns(node));
      paragraphs.push({
        id,
        texte: toString(node),
        ...(rubrique ? { rubrique } : {}),
        ...(citations.length > 0 ? { citations } : {}),
      });
    });
    section.frontmatter.paragraphes = paragraphs;
  };
}
