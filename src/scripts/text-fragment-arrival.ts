/**
 * Arriving on a link to cited words (`…/rapport/7/#p7-3:~:text=…`) in a
 * browser that does not open text fragments itself: shows the paragraph of the
 * fragment's element part as the target, then marks the words and brings them
 * into view. The loader loads this only in such browsers, when the address
 * carries a directive. When the words have changed since they were cited,
 * nothing is marked and the reader stays on the paragraph; nothing throws.
 *
 * The work is bounded, whatever the link holds: at most
 * {@link MAX_TEXT_DIRECTIVES} directives are followed, and the page's text is
 * read and folded once for all of them (docs/mesures.md: 3,000 directives on
 * the full report).
 */
import { findTextDirectives, type TextMatch } from '../lib/text-fragments-matching';
import { parseFragment } from '../lib/text-fragments-syntax';
import { piecesBetween, readPageText, type PageText } from './page-text';

/**
 * Directives followed, at most, in one address. A citation copied from this
 * site holds one; the specification's examples use a handful. The rest are
 * ignored, so that no link can keep the page busy.
 */
export const MAX_TEXT_DIRECTIVES = 20;

/** The fragment with its directive: browsers that do not support them may still strip it from `location`. */
function fragmentWithDirective(): string | undefined {
  const navigation = performance.getEntriesByType('navigation')[0]?.name ?? '';
  return [location.hash, navigation.slice(navigation.indexOf('#'))].find((hash) => hash.includes(':~:'));
}

const before = (a: TextMatch['start'], b: TextMatch['start']) =>
  a.block < b.block || (a.block === b.block && a.offset < b.offset);

/**
 * Wraps the words of each match in <mark> elements (overlapping matches are
 * marked once); returns the first mark in reading order.
 */
function mark(text: PageText, matches: TextMatch[]): HTMLElement | undefined {
  const ordered = [...matches].sort((a, b) => (before(a.start, b.start) ? -1 : before(b.start, a.start) ? 1 : 0));
  const kept: TextMatch[] = [];
  for (const match of ordered) {
    const last = kept.at(-1);
    if (!last || !before(match.start, last.end)) kept.push(match);
  }
  let first: HTMLElement | undefined;
  // From the last part to the first, so that splitting a node never shifts the offsets still to use.
  const pieces = kept.flatMap((match) => piecesBetween(text, match.start, match.end));
  for (const { node, from, to } of pieces.reverse()) {
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

/** Lets the browser breathe between steps (input, rendering), so that no step holds the page for long. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs one step of the work, measured under `passage-cite:‹name›`. */
function step<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(`passage-cite:${name}`, { start });
  return result;
}

async function arrive() {
  const fragment = fragmentWithDirective();
  if (!fragment) return;
  const { elementId, directives } = parseFragment(fragment, MAX_TEXT_DIRECTIVES);
  const element = elementId ? document.getElementById(elementId) : null;
  if (element) {
    // The browser did not target the element when the directive was left in the address.
    if (location.hash !== `#${elementId}`) element.classList.add('passage-cible');
    element.scrollIntoView();
  }
  if (directives.length === 0) return;
  await nextTask();
  // Each step's time is measured (User Timing: `passage-cite:…`), for scripts/bench-text-fragments.mjs.
  const text = step('lire', () => readPageText());
  await nextTask();
  const matches = step('chercher', () => findTextDirectives(text.blocks, directives)).filter(
    (match) => match !== undefined,
  );
  await nextTask();
  const first = step('marquer', () => mark(text, matches));
  first?.scrollIntoView({ block: 'center' });
  // What became of the cited words, for whoever checks (the tests): marked, or no longer in the page.
  document.body.dataset.passageCite = first ? 'marque' : 'introuvable';
}

// A fragment this script cannot follow leaves the page as the browser showed it.
arrive().catch(() => {});
