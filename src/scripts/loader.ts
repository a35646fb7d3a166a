/**
 * The only script every page loads, kept tiny: it wires the search shortcuts
 * (`/`, Ctrl/⌘+K), the header search link and the paragraph links (copy on
 * click), and loads the rest on demand (the search dialog and the copy-link
 * panel on first use, «Citer ce passage» at the first selection in the
 * report's text, the highlighter when a search result was opened, the
 * text-fragment fallback when the browser does not open `#…:~:text=` itself).
 */
import { HIGHLIGHT_PARAM } from './highlight-param';

const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
const onSearchPage = document.querySelector('[data-search-page]') !== null;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Opens the search dialog at once (its markup is in the page), so that keys
 * typed right after the click or the shortcut land in its field; the code that
 * searches is loaded beside it and reads what was typed meanwhile.
 */
function openSearch() {
  if (onSearchPage) {
    document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]')?.focus();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  input.focus();
  input.select();
  void import('./search-dialog').then(({ wireSearchDialog }) => wireSearchDialog(dialog, trigger));
}

if (trigger) {
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    openSearch();
  });
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (slash || commandK) {
    event.preventDefault();
    openSearch();
  }
});

// The site menu (a <details>) closes on Escape (focus back on its summary), on a tap or click outside it,
// and once a link in it is chosen (a link to a heading of the same page leaves it open otherwise).
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
menu?.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && menu.open) {
    menu.open = false;
    menu.querySelector('summary')?.focus();
  }
});
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  if (menu?.open && (!menu.contains(target) || target.closest?.('a'))) menu.open = false;
});

// Printed without a public address (SITE_URL unset), the source line gives the reader's own.
addEventListener('beforeprint', () => {
  const address = document.querySelector('[data-adresse-imprimee]');
  if (address) address.textContent = location.origin + location.pathname;
});

// With this script, a paragraph's number copies its link (without it, the number is the paragraph's own link).
for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a.ancre')) {
  const num = anchor.dataset.num;
  anchor.setAttribute(
    'aria-label',
    `Copier le lien ${num === '§' ? `de la section ${anchor.hash.slice(2)}` : `du § ${num}`}`,
  );
  anchor.dataset.indice = 'Copier le lien';
}

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.ancre');
  if (!anchor || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  void import('./permalink').then(({ copyAnchor }) => copyAnchor(anchor));
});

function onSelection() {
  const selection = getSelection();
  const node = selection?.focusNode;
  if (
    !selection?.isCollapsed &&
    (node instanceof Element ? node : node?.parentElement)?.closest('[data-titre-court]')
  ) {
    document.removeEventListener('selectionchange', onSelection);
    void import('./cite-selection');
  }
}
document.addEventListener('selectionchange', onSelection);

if (onSearchPage) void import('./search-page');
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./highlight').then(({ highlightFromAddress }) => highlightFromAddress());
}
if (
  !('fragmentDirective' in document) &&
  (location.hash + (performance.getEntriesByType('navigation')[0]?.name ?? '')).includes(':~:')
) {
  void import('./text-fragment-arrival');
}
