import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import {
  pinnedSection,
  pinParagraphIds,
  pinProblemsMessage,
  type PinnedSection,
  type ReportPins,
} from '../lib/paragraph-pins';
import { retiredParagraphNotice } from '../lib/paragraphs';
import { failOnContent } from './content-fail';
import { reportSectionOf } from './frontmatter';

export interface RehypeParagraphIdsOptions {
  /**
   * The published paragraphs of every report (`permalinks.json`'s
   * `paragraphes`), asked at each compilation so that `npm run dev` sees an
   * accepted change; none when not given.
   */
  pins?: () => Record<string, ReportPins>;
  /** Changed paragraphs keep their id, removed ones become notices (`npm run permalinks -- --accepter`). */
  accept?: boolean;
  /** Given each section's ids and fingerprints once pinned (`npm run permalinks` records them). */
  onPinned?: (section: PinnedSection) => void;
}

type Located = { node: Element; ancestors: (Root | Element)[] };

/** A paragraph of a section: a `<p>` or a list item; a `<p>` inside a list item belongs to the item. */
function isParagraph(node: Element, ancestors: readonly (Root | Element)[]): boolean {
  if (node.tagName === 'li') return true;
  return node.tagName === 'p' && !ancestors.some((a) => a.type === 'element' && a.tagName === 'li');
}

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
    children: [{ type: 'text', value: retiredParagraphNotice(notice.id) }],
  });
}

/**
 * Gives every paragraph and list item of a report section its public id. All
 * the section's paragraphs are collected first, then their ids are pinned to
 * the published ones by their words (`src/lib/paragraph-pins.ts`):
 * `p{section}-{n}` in reading order for a new section, a lettered id for an
 * inserted paragraph. A paragraph removed by an accepted corrigendum keeps its
 * id as a notice where it stood. A published paragraph that changed or
 * disappeared stops the build (`file.fail`, rule `published-paragraph-changed`),
 * listing the ids with their old and new first words. Files that are not
 * report sections are left alone. The plugin reads and writes no file: the
 * pins and the recorder are options (`src/integrations/paragraph-pins.ts`).
 */
export default function rehypeParagraphIds(options: RehypeParagraphIdsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const section = reportSectionOf(file);
    if (!section) return;
    const nodes: Located[] = [];
    visitParents(tree, 'element', (node: Element, ancestors) => {
      const chain = ancestors as (Root | Element)[];
      if (isParagraph(node, chain)) nodes.push({ node, ancestors: [...chain] });
    });
    const texts = nodes.map(({ node }) => toString(node));
    const pinned = pinParagraphIds(section.numero, texts, options.pins?.()[section.rapport], options.accept ?? false);
    if (pinned.problems.length > 0) {
      failOnContent(
        file,
        [
          ...pinProblemsMessage(pinned.problems).map((message) => ({ field: '', message })),
          {
            field: '',
            message:
              'un lien déjà publié (#id) montrerait un autre texte : rétablissez le texte, ou, si le changement est voulu (corrigendum), enregistrez-le avec « npm run permalinks -- --accepter »',
          },
        ],
        { ruleId: 'published-paragraph-changed', source: 'rehype-paragraph-ids' },
      );
    }
    options.onPinned?.(pinnedSection(section.rapport, section.numero, pinned.ids, texts));
    pinned.ids.forEach((id, i) => {
      nodes[i]!.node.properties.id = id;
    });
    for (const notice of pinned.notices) insertNotice(notice, nodes);
  };
}
