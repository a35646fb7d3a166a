/**
 * The page's text as browsers search it for a text fragment: its visible
 * text nodes grouped into blocks (paragraphs, list items, headings…), so that
 * `src/lib/text-fragments-matching.ts` and `-selection.ts` can work on plain strings, and the way back from
 * a position in those strings to the DOM.
 */
import type { TextPoint } from '../lib/text-fragments-matching';

/** Page furniture the directive must not count: this script's own controls, and what is never shown. */
const SKIPPED = 'script, style, noscript, template, head, .cite-control, .copy-panel';

interface Piece {
  node: Text;
  block: number;
  /** Offset of the node's text in its block's text. */
  start: number;
}

/** The page's blocks of text, and where each text node sits in them. */
export interface PageText {
  blocks: string[];
  pieces: Piece[];
}

function isInline(element: Element, cache: Map<Element, boolean>): boolean {
  let inline = cache.get(element);
  if (inline === undefined) {
    const display = getComputedStyle(element).display;
    inline = display === 'inline' || display === 'contents';
    cache.set(element, inline);
  }
  return inline;
}

function isShown(element: Element): boolean {
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility()
    : (element as HTMLElement).offsetParent !== null || getComputedStyle(element).position === 'fixed';
}

/** Reads the text of `root` (the whole page by default) as blocks. */
export function readPageText(root: Element = document.body): PageText {
  const blocks: string[] = [];
  const pieces: Piece[] = [];
  const inline = new Map<Element, boolean>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let currentBlock: Element | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIPPED) || !isShown(parent)) continue;
    let block: Element = parent;
    while (block !== root && block.parentElement && isInline(block, inline)) block = block.parentElement;
    // A new block each time the block changes, also when a nested block ends inside its parent.
    if (block !== currentBlock || blocks.length === 0) {
      currentBlock = block;
      blocks.push('');
    }
    const index = blocks.length - 1;
    pieces.push({ node, block: index, start: blocks[index]!.length });
    blocks[index] += node.data;
  }
  return { blocks, pieces };
}

/** The page position of a DOM boundary point (as in a Range), or undefined outside the page's text. */
export function pointOf(text: PageText, container: Node, offset: number, side: 'start' | 'end'): TextPoint | undefined {
  if (container.nodeType === Node.TEXT_NODE) {
    const piece = text.pieces.find((p) => p.node === container);
    if (piece) return { block: piece.block, offset: piece.start + offset };
  }
  // An element boundary, or a skipped node: the next text for a start, the previous one for an end.
  const probe = document.createRange();
  probe.setStart(container, offset);
  if (side === 'start') {
    const piece = text.pieces.find((p) => probe.comparePoint(p.node, 0) >= 0);
    return piece && { block: piece.block, offset: piece.start };
  }
  const piece = text.pieces.findLast((p) => probe.comparePoint(p.node, p.node.length) <= 0);
  return piece && { block: piece.block, offset: piece.start + piece.node.length };
}

/** The parts of text nodes between two page positions, in order. */
export function piecesBetween(
  text: PageText,
  start: TextPoint,
  end: TextPoint,
): { node: Text; from: number; to: number }[] {
  const parts: { node: Text; from: number; to: number }[] = [];
  for (const piece of text.pieces) {
    if (piece.block < start.block || piece.block > end.block) continue;
    const pieceEnd = piece.start + piece.node.length;
    const from = piece.block === start.block ? Math.max(piece.start, start.offset) : piece.start;
    const to = piece.block === end.block ? Math.min(pieceEnd, end.offset) : pieceEnd;
    if (from < to) parts.push({ node: piece.node, from: from - piece.start, to: to - piece.start });
  }
  return parts;
}
