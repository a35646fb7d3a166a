import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { ContentError } from '../lib/content-errors';
import { paragraphId, sectionId, slugify } from '../lib/ids';
import { displayPath, frontmatterOf } from './frontmatter';

/** A paragraph as exported to pages through `remarkPluginFrontmatter.paragraphes`. */
export interface ExportedParagraph {
  id: string;
  /** Plain text of the paragraph as written in the source (before typography). */
  texte: string;
  /** Id of the heading the paragraph follows (`objet`), if any. */
  rubrique?: string;
}

const HEADING = /^h[1-6]$/;

/**
 * Gives every paragraph and list item of a report section its public id,
 * `p{section}-{n}` in reading order (a paragraph inside a list item belongs to
 * the item), and every heading an id: the front matter's `ancres` map (heading
 * text → id) for the preamble, `s{section}-{slug}` for sub-headings of a
 * numbered section. Files without a `numero` in their front matter (not report
 * sections) are left alone. The paragraphs are also exported, with their text,
 * as `paragraphes` in the entry's front matter.
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    const numero = frontmatter?.numero;
    if (!frontmatter || typeof numero !== 'number') return;
    const anchors = (frontmatter.ancres ?? {}) as Record<string, string>;
    const paragraphs: ExportedParagraph[] = [];
    let rubrique: string | undefined;

    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (node.properties.id !== undefined) {
        throw new ContentError(displayPath(file), [
          {
            field: '',
            line: node.position?.start.line,
            message: `l’élément <${node.tagName}> porte un id écrit à la main (« ${String(node.properties.id)} ») : les ids sont attribués automatiquement`,
          },
        ]);
      }
      if (HEADING.test(node.tagName)) {
        const text = toString(node).trim();
        const anchor = anchors[text];
        if (anchor) {
          node.properties.id = anchor;
        } else if (numero === 0) {
          throw new ContentError(displayPath(file), [
            {
              field: 'ancres',
              line: node.position?.start.line,
              message: `l’intertitre « ${text} » n’a pas d’ancre : ajoutez « ${text} » à « ancres » avec son id`,
            },
          ]);
        } else {
          node.properties.id = `${sectionId(numero)}-${slugify(text)}`;
        }
        rubrique = String(node.properties.id);
        return;
      }
      const isParagraph = node.tagName === 'li' || node.tagName === 'p';
      if (!isParagraph) return;
      if (node.tagName === 'p' && ancestors.some((a) => a.type === 'element' && a.tagName === 'li')) return;
      const id = paragraphId(numero, paragraphs.length + 1);
      node.properties.id = id;
      paragraphs.push({ id, texte: toString(node).trim(), ...(rubrique ? { rubrique } : {}) });
    });

    frontmatter.paragraphes = paragraphs;
  };
}
