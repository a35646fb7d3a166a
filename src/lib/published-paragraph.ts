/**
 * A paragraph as a reader sees it on its page, for the open data (JSON and
 * Akoma Ntoso). The build exports each paragraph's inner HTML before
 * typography (`rehype-paragraph-export`); the page is typeset afterwards, once,
 * by `typographizeTree` (`src/middleware.ts`). Giving the exported HTML the
 * same pass, one paragraph per block as on the page, yields the text, the
 * HTML and the citation offsets exactly as published, without a second
 * reading of the content.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { typographizeTree } from './interface-typography';
import { citationSpans, textRuns, type CitationSpan, type ExportedParagraph } from './paragraphs';

/** A paragraph as published: `{ id: 'p7-3', texte: 'Le Groupe a…', html: 'Le Groupe a…', citations: […] }`. */
export interface PublishedParagraph {
  id: string;
  /** Id of the heading the paragraph follows, if any. */
  rubrique?: string;
  /** A list item on the page (`<li>`), not a `<p>`. */
  liste?: true;
  /** The text as on the page: French typography applied, whitespace as the page renders it. */
  texte: string;
  /** The inner HTML as on the page (abbreviations, citation links, emphasis), without the paragraph's own link. */
  html: string;
  /** The citation links: the cited text's slug and the span of the words in `texte` (UTF-16 code units). */
  citations: CitationSpan[];
  /** The typeset paragraph as a tree (a `<div>` holding its content), for formats that map elements (Akoma Ntoso). */
  tree: Element;
}

/** Serialization of the page (`src/middleware.ts`): characters kept as they are, not as references. */
const serialize = (tree: Root | Element['children']) =>
  toHtml(tree, { allowDangerousHtml: true, allowDangerousCharacters: true });

/**
 * The published form of an exported paragraph. A paragraph exported without
 * HTML (an older build) is its plain text.
 */
export function publishParagraph(paragraph: ExportedParagraph): PublishedParagraph {
  // A block of its own, as the <p> or <li> is on the page (a list item may hold nested <p> blocks).
  const root = fromHtml(`<div>${paragraph.html ?? escapeText(paragraph.texte)}</div>`, { fragment: true });
  typographizeTree(root);
  const tree = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'div')!;
  return {
    id: paragraph.id,
    ...(paragraph.rubrique ? { rubrique: paragraph.rubrique } : {}),
    ...(paragraph.liste ? { liste: true as const } : {}),
    texte: toString(tree),
    html: serialize(tree.children),
    citations: citationSpans(textRuns(tree)),
    tree,
  };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
