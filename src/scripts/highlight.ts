/**
 * Landing on a search result: the words searched are marked, the paragraph
 * the result names is brought below the sticky header (`scroll-margin-top`)
 * and given focus, and a small bar counts the marks («1 sur 5») with
 * previous/next buttons and a way to clear them. Whole words only, matched as
 * search matches them (accents, case, plurals, elisions: `IA` marks
 * « l’IA »), French stop words left out unless nothing else was searched.
 *
 * Two ways in: `highlightFromAddress()` when a page is opened from a result
 * (`?surligner=…#p7-3`, called by the loader), and `landOn()` when the search
 * dialog opens a result on the page the reader is already on.
 */
import { highlightTerms, matchingRanges } from '../lib/french-words';
import { HIGHLIGHT_PARAM } from './highlight-param';

/** The marks and bar of the last landing, cleared by the next one. */
let clearLast: (() => void) | undefined;

/** A fragment as written, when its percent-encoding is malformed (`#%`): an address never makes the page throw. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The element an address's fragment names, if any (`#p7-3`). */
function targetOf(hash: string): HTMLElement | null {
  return hash.length > 1 ? document.getElementById(safeDecode(hash.slice(1))) : null;
}

/** The text nodes to search in: not inside links' numbers, scripts or existing marks. */
function textNodes(container: Element): Text[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, .ancre, [aria-hidden="true"]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps every word of `containers` that matches one of `terms` in a `<mark>`, in reading order. */
function markTerms(containers: readonly Element[], terms: readonly string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const container of containers) {
    for (const node of textNodes(container)) {
      const inNode: HTMLElement[] = [];
      // From the last range back, so that earlier offsets stay valid while the node is split.
      for (const { start, end } of matchingRanges(node.data, terms).reverse()) {
        const word = node.splitText(start);
        word.splitText(end - start);
        const mark = document.createElement('mark');
        mark.className = 'surlignage';
        word.replaceWith(mark);
        mark.append(word);
        inNode.unshift(mark);
      }
      marks.push(...inNode);
    }
  }
  return marks;
}

/** The heading right before a paragraph, whose words a search result may have matched. */
function headingBefore(target: Element): Element | null {
  const previous = target.previousElementSibling;
  return previous && /^H[1-6]$/.test(previous.tagName) ? previous : null;
}

/** The bar that counts the marks and moves between them; returns the function that removes marks and bar. */
function showBar(marks: HTMLElement[], first: number, scroll: boolean): () => void {
  let current = 0;
  const bar = document.createElement('div');
  bar.className = 'highlight-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Mots recherchés');
  const count = document.createElement('span');
  count.setAttribute('aria-live', 'polite');
  const button = (label: string, text: string, action: () => void) => {
    const node = document.createElement('button');
    node.type = 'button';
    node.textContent = text;
    node.setAttribute('aria-label', label);
    node.addEventListener('click', action);
    return node;
  };
  const show = (index: number, move = true) => {
    marks[current]?.classList.remove('surlignage--courant');
    current = (index + marks.length) % marks.length;
    const mark = marks[current]!;
    mark.classList.add('surlignage--courant');
    count.textContent = `${current + 1} sur ${marks.length}`;
    if (move) mark.scrollIntoView({ block: 'center' });
  };
  const clear = () => {
    for (const mark of marks) mark.replaceWith(...mark.childNodes);
    bar.remove();
  };
  bar.append(
    count,
    button('Occurrence précédente', '↑', () => show(current - 1)),
    button('Occurrence suivante', '↓', () => show(current + 1)),
    button('Effacer le surlignage', 'Effacer', () => {
      clear();
      clearLast = undefined;
      const url = new URL(location.href);
      url.searchParams.delete(HIGHLIGHT_PARAM);
      history.replaceState(history.state, '', url);
    }),
  );
  document.body.append(bar);
  show(first, scroll);
  return clear;
}

/**
 * Lands on `target` (a paragraph, or nothing for a whole page) with the words
 * searched (`words`, as typed or as the index matched them):
 * - with a target, its words (or, when it has none, those of the heading just
 *   before it) are marked, the marked block is scrolled so that its top sits
 *   below the header, and the target takes focus (`tabindex="-1"`), so that a
 *   screen reader reads it;
 * - without one, every match of the page's text is marked and the first is
 *   brought into view.
 * The marks of an earlier landing are removed first.
 */
export function landOn(target: HTMLElement | null, words: readonly string[]): void {
  clearLast?.();
  clearLast = undefined;
  const terms = highlightTerms(words);
  const root = document.querySelector('main article') ?? document.querySelector('main');
  let marks: HTMLElement[] = [];
  let scrollTo: Element | null = target;
  if (target && terms.length > 0) {
    marks = markTerms([target], terms);
    const heading = headingBefore(target);
    if (marks.length === 0 && heading) {
      marks = markTerms([heading], terms);
      if (marks.length > 0) scrollTo = heading;
    }
    // Words found elsewhere only: marked where they are, the paragraph keeps its place.
    if (marks.length === 0 && root) marks = markTerms([root], terms);
  } else if (root && terms.length > 0) {
    marks = markTerms([root], terms);
  }
  if (target) {
    scrollTo?.scrollIntoView({ block: 'start' });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
  if (marks.length > 0) clearLast = showBar(marks, 0, !target);
}

/** Lands as the address says: the words of `?surligner=…` and the paragraph of its fragment. */
export function highlightFromAddress(): void {
  landOn(targetOf(location.hash), new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM));
}

/**
 * Opens `href` (a search result on the current page) without reloading it: the
 * fragment becomes the address's (a history entry, so Back returns; `:target`
 * styles the paragraph), the searched words join the address, and the page
 * lands on the paragraph. With `replace`, the result takes the place of the
 * current entry (the one the open search added) instead of following it.
 */
export function openOnThisPage(href: string, replace = false): void {
  const url = new URL(href, location.href);
  if (url.hash && url.hash !== location.hash) {
    if (replace) location.replace(location.pathname + location.search + url.hash);
    else location.hash = url.hash;
  } else if (!replace) history.pushState(history.state, '', url.href);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  landOn(targetOf(url.hash), url.searchParams.getAll(HIGHLIGHT_PARAM));
}
