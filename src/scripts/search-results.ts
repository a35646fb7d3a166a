/**
 * Draws search results as a list of links, with text nodes only: titles and
 * excerpts from the index are never inserted as HTML.
 */
import { cleanQuery } from '../lib/search-query';
import type { SearchHit } from './search-engine';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Replaces the children of a list with one item per hit (or adds them after the others with `append`). */
export function renderHits(list: HTMLElement, hits: readonly SearchHit[], append = false): void {
  const items = hits.map((hit) => {
    const item = element('li', hit.exact ? 'hit hit--exact' : hit.kind ? `hit hit--${hit.kind}` : 'hit');
    const title = element('a', 'hit__title', hit.title);
    title.href = hit.url;
    item.append(title);
    if (hit.exact) {
      item.append(element('span', 'hit__badge', ' — numéro exact'));
      item.append(element('p', 'hit__citation', hit.exact.citation));
    }
    if (hit.parts.length > 0) {
      const excerpt = element('p', 'hit__excerpt');
      for (const part of hit.parts) excerpt.append(part.marked ? element('mark', undefined, part.text) : part.text);
      item.append(excerpt);
    }
    if (hit.paragraphs) {
      // The paragraphs that hold the words, best first: « Aller au § 0.4 · § 0.3 ».
      const line = element('p', 'hit__paragraphs', 'Aller au ');
      hit.paragraphs.forEach((paragraph, index) => {
        if (index > 0) line.append(' · ');
        const deep = element('a', 'hit__paragraph', `§\u202f${paragraph.label}`);
        deep.href = paragraph.url;
        line.append(deep);
      });
      item.append(line);
    }
    return item;
  });
  if (append) list.append(...items);
  else list.replaceChildren(...items);
}

/**
 * « 3 résultats pour « Genève ». » for the live region, after a notice if there
 * is one. The query is echoed cleaned (`cleanQuery`): no direction control or
 * lone surrogate of what was typed is ever said back.
 */
export function countMessage(count: number, typed: string, notice = ''): string {
  const query = cleanQuery(typed);
  if (query === '') return notice;
  const shown = query.length > 60 ? `${query.slice(0, 59)}…` : query;
  const prefix = notice ? `${notice} ` : '';
  if (count === 0) return `${prefix}Aucun résultat pour «\u00a0${shown}\u00a0».`;
  return (
    prefix +
    (count === 1 ? `1 résultat pour «\u00a0${shown}\u00a0».` : `${count}\u00a0résultats pour «\u00a0${shown}\u00a0».`)
  );
}

/**
 * Adds « Vouliez-vous dire : télécommunications ? » to a status line, the
 * suggestion a link to its search (`href`) that `choose` runs in place when
 * clicked: one tap searches the corrected words.
 */
export function showSuggestion(
  status: HTMLElement,
  suggestion: string,
  href: string,
  choose: (query: string) => void,
): void {
  const link = element('a', 'search-suggestion', suggestion);
  link.href = href;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    choose(suggestion);
  });
  status.append(' Vouliez-vous dire\u00a0: ', link, '\u00a0?');
}
