import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseParagraphId } from '../lib/ids';
import {
  citationSpans,
  textRuns,
  type ExportedParagraph,
  type Heading,
  type RetiredParagraph,
} from '../lib/paragraphs';
import { reportSectionOf } from './frontmatter';

const HEADING = /^h[1-6]$/;

/**
 * Exports the paragraphs of a report section into its front matter
 * (`paragraphes`, read by the pages as `remarkPluginFrontmatter`): for every
 * paragraph or list item with a paragraph id, its id, its text as written, the
 * id of the heading it follows (`rubrique`) and the spans of its citation
 * links, and its inner HTML (read by the open data, `src/lib/published-paragraph.ts`);
 * also the ids of retired paragraphs (`retires`: the notices that
 * `rehype-paragraph-ids` left where they stood) and the headings with an id
 * (`intertitres`: id and text). Reads what runs before it:
 * heading ids (`rehype-heading-ids`), paragraph ids (`rehype-paragraph-ids`)
 * and citation links (`remark-citations`).
 * Files that are not report sections are left alone.
 */
export default function rehypeParagraphExport() {
  return (tree: Root, file: VFile) => {
    const section = reportSectionOf(file);
    if (!section) return;
    const paragraphs: ExportedParagraph[] = [];
    const retired: RetiredParagraph[] = [];
    const headings: Heading[] = [];
    let rubrique: string | undefined;
    visit(tree, 'element', (node: Element) => {
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      if (HEADING.test(node.tagName)) {
        rubrique = id;
        if (id) headings.push({ id, texte: toString(node) });
        return;
      }
      const classes = node.properties.className;
      if (node.tagName === 'div' && id && Array.isArray(classes) && classes.includes('paragraphe-retire')) {
        retired.push({ id, avis: toString(node) });
        return;
      }
      if ((node.tagName !== 'p' && node.tagName !== 'li') || !id || !parseParagraphId(id)) return;
      const citations = citationSpans(textRuns(node));
      paragraphs.push({
        id,
        texte: toString(node),
        html: toHtml(node.children),
        ...(node.tagName === 'li' ? { liste: true } : {}),
        ...(rubrique ? { rubrique } : {}),
        ...(citations.length > 0 ? { citations } : {}),
      });
    });
    section.frontmatter.paragraphes = paragraphs;
    section.frontmatter.retires = retired;
    section.frontmatter.intertitres = headings;
  };
}
