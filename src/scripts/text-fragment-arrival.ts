/**
 * Arriving on a link to cited words (`…/rapport/7/#p7-3:~:text=…`) in a
 * browser that does not open text fragments itself: shows the paragraph of the
 * fragment's element part as the target, then marks the words and brings them
 * into view. The loader loads this only in such browsers, when the address
 * carries a directive. When the words have changed since they were cited,
 * nothing is marked and the reader stays on the paragraph; nothing throws.
 */
import { findTextDirective } from '../lib/text-fragments-matching';
import { parseFragment } from '../lib/text-fragments-syntax';
import { piecesBetween, readPageText } from './page-text';

/** The fragment with its directive: browsers that do not support them may still strip it from `location`. */
function fragmentWithDirective(): string | undefined {
  const navigation = performance.getEntriesByType('navigation')[0]?.name ?? '';
  return [location.hash, navigation.slice(navigation.indexOf('#'))].find((hash) => hash.includes(':~:'));
}

/** Wraps the words between two page positions in <mark> elements; returns the first. */
function mark(text: ReturnType<typeof readPageText>, found: NonNullable<ReturnType<typeof findTextDirective>>) {
  let first: HTMLElement | undefined;
  // From the last part to the first, so that splitting a node never shifts the offsets still to use.
  for (const { node, from, to } of piecesBetween(text, found.start, found.end).reverse()) {
    const words = node.splitText(from);
    words.splitText(to - from);
    const highlight = document.createElement('mark');
    highlight.className = 'passage-citee';
    words.replaceWith(highlight);
    highlight.append(words);
    first = highlight;
  }
  return first;
}

function arrive() {
  const fragment = fragmentWithDirective();
  if (!fragment) return;
  const { elementId, directives } = parseFragment(fragment);
  const element = elementId ? document.getElementById(elementId) : null;
  if (element) {
    // The browser did not target the element when the directive was left in the address.
    if (location.hash !== `#${elementId}`) element.classList.add('passage-cible');
    element.scrollIntoView();
  }
  let first: HTMLElement | undefined;
  for (const directive of directives) {
    const text = readPageText();
    const found = findTextDirective(text.blocks, directive);
    if (found) first ??= mark(text, found);
  }
  first?.scrollIntoView({ block: 'center' });
}

try {
  arrive();
} catch {
  // A fragment this script cannot follow leaves the page as the browser showed it.
}
