/**
 * The search dialog opened from the header (button, `/`, Ctrl/⌘+K): a modal
 * <dialog> (in the page's HTML, opened by the loader) with a search field, a polite live region that counts results, and
 * the results as links. ArrowDown moves from the field into the results,
 * ArrowUp/ArrowDown move between them, Escape closes and gives focus back.
 */
import { renderHits, countMessage, showSuggestion } from './search-results';
import { search, warmUp } from './search-engine';
import { searchHistory, type SearchHistory } from './search-history';
import { cleanQuery } from '../lib/search-query';

const BASE = import.meta.env.BASE_URL;
const wired = new WeakMap<HTMLDialogElement, SearchHistory>();
/** Results drawn in the dialog; the search page lists them all. */
const DIALOG_RESULTS = 8;
/**
 * The pause after a key before searching, as on `/recherche/`: a word typed fast (a key every 100 ms) runs one
 * search, not one per letter (at 90 ms, every key searched; see docs/mesures.md).
 */
const TYPING_PAUSE = 150;

/** The search page's address for a query (`/recherche/?q=…`). */
function searchPageUrl(query: string): string {
  return `${BASE}recherche/?q=${encodeURIComponent(cleanQuery(query))}`;
}

/** Whether a click on a result should be left to the browser (new tab, new window, download). */
function opensElsewhere(event: MouseEvent): boolean {
  return event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0;
}

/**
 * Gives the dialog rendered in the page (see `SearchDialog.astro`) its
 * behaviour, once; then searches for what the reader has already typed,
 * since the loader opened the dialog before this code arrived.
 */
export function wireSearchDialog(node: HTMLDialogElement, opener: HTMLElement | null): void {
  warmUp();
  const known = wired.get(node);
  if (known) return known.opened();
  const steps = searchHistory(node, () => node.close());
  wired.set(node, steps);
  steps.opened();
  const input = node.querySelector<HTMLInputElement>('input')!;
  const status = node.querySelector<HTMLElement>('.search-status')!;
  const list = node.querySelector<HTMLOListElement>('ol')!;
  const all = node.querySelector<HTMLAnchorElement>('[data-all]')!;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Set while a result of this page is opened: focus goes to its paragraph, not back to the opener. */
  let landing = false;

  async function run() {
    const query = input.value;
    const ticket = ++latest;
    all.href = searchPageUrl(query);
    const answer = await search(query, {}, (leading) => {
      if (ticket === latest) renderHits(list, leading);
    });
    // The dialog shows the first results only: fragments are fetched for those alone.
    // A newer key was typed meanwhile: its search follows, this one fetches no fragment.
    if (ticket !== latest) return;
    const more = await answer.more(Math.max(0, DIALOG_RESULTS - answer.leading.length));
    if (ticket !== latest) return;
    renderHits(list, [...answer.leading, ...more]);
    status.textContent = countMessage(answer.total(), query, answer.notice);
    list.removeAttribute('aria-busy');
    const suggestion = await answer.suggest(more);
    if (suggestion && ticket === latest) {
      showSuggestion(status, suggestion, searchPageUrl(suggestion), (corrected) => {
        input.value = corrected;
        input.focus();
        void run();
      });
    }
  }

  input.addEventListener('input', () => {
    list.setAttribute('aria-busy', 'true');
    // Stale answers are dropped by `latest`; the pause keeps searches off most keystrokes.
    latest++;
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE);
  });
  // A link followed from the search replaces its history entry: Back returns to the page as it was.
  // A result on the page being read: no reload; the search closes and the page lands on the paragraph.
  node.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href]');
    if (!link || event.defaultPrevented || opensElsewhere(event)) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin) return;
    const replace = steps.handOver();
    if (url.pathname !== location.pathname) {
      if (replace) {
        event.preventDefault();
        location.replace(url.href);
      }
      return;
    }
    event.preventDefault();
    landing = true;
    node.close();
    void import('./highlight').then(({ openOnThisPage }) => openOnThisPage(url.href, replace));
  });
  node.querySelector('form')!.addEventListener('submit', (event) => {
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (first) {
      event.preventDefault();
      first.click();
    } else if (steps.handOver()) {
      event.preventDefault();
      location.replace(searchPageUrl(input.value));
    }
  });
  node.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      (index === 0 ? input : links[index - 1]!).focus();
    }
  });
  node.querySelector('[data-close]')!.addEventListener('click', () => node.close());
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close();
  });
  node.addEventListener('close', () => {
    const landed = landing;
    landing = false;
    // A `close` that arrives after the search was opened again changes nothing.
    if (node.open) return;
    // The header's button is in view; without `preventScroll`, the page jumps to its top (scroll padding).
    if (!landed) opener?.focus({ preventScroll: true });
    steps.closed();
  });
  if (input.value.trim()) void run();
}
