/**
 * Highlights, on a page opened from a search result, the words that were
 * searched (`?surligner=…`): whole words only, matched as search matches them
 * (accents, case, plurals, elisions: `IA` marks « l’IA »), French stop words
 * left out unless nothing else was searched. The first mark is scrolled into
 * view (below the sticky header, see `scroll-margin-top`) unless the address
 * names a paragraph, and a small bar counts the marks («1 sur 5») with
 * previous/next buttons and a way to clear them.
 */
import { highlightTerms, matchingRanges } from '../lib/french-words';
import { HIGHLIGHT_PARAM } from './highlight-param';

const terms = highlightTerms(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM));
const root = document.querySelector('main article') ?? document.querySelector('main');
const marks: HTMLElement[] = [];

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

if (root && terms.length > 0) {
  for (const node of textNodes(root)) {
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

if (marks.length > 0) {
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
  const show = (index: number, scroll = true) => {
    marks[current]?.classList.remove('surlignage--courant');
    current = (index + marks.length) % marks.length;
    const mark = marks[current]!;
    mark.classList.add('surlignage--courant');
    count.textContent = `${current + 1} sur ${marks.length}`;
    if (scroll) mark.scrollIntoView({ block: 'center' });
  };
  bar.append(
    count,
    button('Occurrence précédente', '↑', () => show(current - 1)),
    button('Occurrence suivante', '↓', () => show(current + 1)),
    button('Effacer le surlignage', 'Effacer', () => {
      for (const mark of marks) mark.replaceWith(...mark.childNodes);
      bar.remove();
      const url = new URL(location.href);
      url.searchParams.delete(HIGHLIGHT_PARAM);
      history.replaceState(history.state, '', url);
    }),
  );
  document.body.append(bar);
  // A paragraph named in the address keeps its place; otherwise the first mark comes into view.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const inTarget = target ? marks.findIndex((mark) => target.contains(mark)) : -1;
  show(Math.max(inTarget, 0), !target);
}
