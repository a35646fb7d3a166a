import type { Element, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { ContentError } from '../lib/content-errors';
import { paragraphLabel, sectionId, slugify } from '../lib/ids';
import type { ExportedParagraph } from '../lib/paragraphs';
import { pinSection } from './paragraph-pins';
import { displayPath, frontmatterOf } from './frontmatter';

export type { ExportedParagraph };

/** Finds the citation links (`a[data-resolution]`) of a paragraph and their spans in its plain text. */
function citationSpans(paragraph: Element): { slug: string; start: number; end: number }[] {
  const spans: { slug: string; start: number; end: number }[] = [];
  let offset = 0;
  visitParents(paragraph, 'text', (text: Text, ancestors) => {
    const link = ancestors.find(
      (a): a is Element => a.type === 'element' && a.tagName === 'a' && a.properties.dataResolution !== undefined,
    );
    const start = offset;
    offset += text.value.length;
    if (!link) return;
    const slug = String(link.properties.dataResolution);
    const last = spans.at(-1);
    if (last && last.slug === slug && last.end === start) last.end = offset;
    else spans.push({ slug, start, end: offset });
  });
  return spans;
}

const HEADING = /^h[1-6]$/;

type Located = { node: Element; ancestors: (Root | Element)[] };

/**
 * Keeps the id of a paragraph removed by an accepted corrigendum where it
 * stood, as a short notice shown only when a link targets it (`:target`), so
 * that a link already sent lands on its section and says what happened.
 */
function insertNotice(notice: { id: string; before: number }, nodes: readonly Located[]): void {
  const at = nodes[Math.min(notice.before, nodes.length - 1)];
  if (!at) return;
  // A list item's notice goes beside its list (a <div> cannot sit in a <ul>).
  const chain = [...at.ancestors, at.node];
  const blockIndex = chain.findIndex((n) => n.type === 'element' && (n.tagName === 'ul' || n.tagName === 'ol'));
  const block = (blockIndex > 0 ? chain[blockIndex] : at.node) as Element;
  const parent = (blockIndex > 0 ? chain[blockIndex - 1] : at.ancestors.at(-1)) as Root | Element;
  const index = parent.children.indexOf(block) + (notice.before >= nodes.length ? 1 : 0);
  parent.children.splice(index, 0, {
    type: 'element',
    tagName: 'div',
    properties: { id: notice.id, className: ['paragraphe-retire'], role: 'note', dataPagefindIgnore: '' },
    children: [
      {
        type: 'text',
        value: `Le paragraphe ${paragraphLabel(notice.id)} a été retiré du rapport par un corrigendum.`,
      },
    ],
  });
}

/**
 * Gives every paragraph and list item of a report section its public id,
 * `p{section}-{n}` in reading order (a paragraph inside a list item belongs to
 * the item), and every heading an id: the front matter's `ancres` map (heading
 * text → id) for the preamble, `s{section}-{slug}` for sub-headings of a
 * numbered section. Files without `rapport` and `numero` in their front matter
 * (not report sections) are left alone. The paragraphs are also exported, with their text,
 * as `paragraphes` in the entry's front matter.
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    const numero = frontmatter?.numero;
    if (!frontmatter || typeof numero !== 'number' || frontmatter.rapport === undefined) return;
    const anchors = (frontmatter.ancres ?? {}) as Record<string, string>;
    const paragraphs: ExportedParagraph[] = [];
    let rubrique: string | undefined;
    const nodes: Located[] = [];

    visitParents(tree, 'element', (node: Element, ancestors) => {
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
      const citations = citationSpans(node);
      // The id is given below, once every paragraph of the section is known (pinned ids).
      paragraphs.push({
        id: '',
        texte: toString(node),
        ...(rubrique ? { rubrique } : {}),
        ...(citations.length > 0 ? { citations } : {}),
      });
      nodes.push({ node, ancestors: [...ancestors] as (Root | Element)[] });
    });

    const pinned = pinSection(
      file,
      String(frontmatter.rapport),
      numero,
      paragraphs.map((p) => p.texte),
    );
    pinned.ids.forEach((id, i) => {
      paragraphs[i]!.id = id;
      nodes[i]!.node.properties.id = id;
    });
    for (const notice of pinned.notices) insertNotice(notice, nodes);
    frontmatter.paragraphes = paragraphs;
  };
}
