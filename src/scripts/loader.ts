/**
 * The only script every page loads, kept tiny: it wires the search shortcuts
 * (`/`, Ctrl/⌘+K), the header search link and the paragraph links (copy on
 * click), and loads the rest on demand (the search dialog and the copy-link
 * panel on first use, the highlighter when a search result was opened).
 */
import { HIGHLIGHT_PARAM } from './highlight-param';

const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
const onSearchPage = document.querySelector('[data-search-page]') !== null;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

async function openSearch() {
  if (onSearchPage) {
    document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]')?.focus();
    return;
  }
  const { openSearchDialog } = await import('./search-dialog');
  openSearchDialog(trigger);
}

if (trigger) {
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    void openSearch();
  });
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (slash || commandK) {
    event.preventDefault();
    void openSearch();
  }
});

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.ancre');
  if (!anchor || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  void import('./permalink').then(({ copyAnchor }) => copyAnchor(anchor));
});

if (onSearchPage) void import('./search-page');
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./highlight');
