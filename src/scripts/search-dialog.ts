/**
 * The search dialog opened from the header (button, `/`, Ctrl/⌘+K): a modal
 * <dialog> with a search field, a polite live region that counts results, and
 * the results as links. ArrowDown moves from the field into the results,
 * ArrowUp/ArrowDown move between them, Escape closes and gives focus back.
 */
import { renderHits, countMessage } from './search-results';
import { search, warmUp } from './search-engine';

const BASE = import.meta.env.BASE_URL;
let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function build(): HTMLDialogElement {
  const node = document.createElement('dialog');
  node.className = 'search-dialog';
  node.setAttribute('aria-labelledby', 'recherche-titre');
  node.innerHTML = `
    <div class="search-dialog__bar">
      <h2 id="recherche-titre" class="search-dialog__title">Rechercher</h2>
      <button type="button" class="search-dialog__close" data-close>Fermer<span class="visually-hidden"> la recherche</span></button>
    </div>
    <form role="search" action="${BASE}recherche/" method="get">
      <label for="recherche-champ">Termes, ou numéro de résolution (140, A/RES/80/173…)</label>
      <input id="recherche-champ" name="q" type="search" autocomplete="off" spellcheck="false" />
    </form>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ol class="search-hits" id="recherche-resultats" aria-label="Résultats"></ol>
    <p class="search-dialog__all"><a data-all href="${BASE}recherche/">Page de recherche avec filtres</a></p>`;
  document.body.append(node);

  const input = node.querySelector<HTMLInputElement>('input')!;
  const status = node.querySelector<HTMLElement>('.search-status')!;
  const list = node.querySelector<HTMLOListElement>('ol')!;
  const all = node.querySelector<HTMLAnchorElement>('[data-all]')!;
  let latest = 0;

  input.addEventListener('input', async () => {
    const query = input.value;
    const ticket = ++latest;
    all.href = `${BASE}recherche/?q=${encodeURIComponent(query)}`;
    const hits = await search(query, {}, 8, (exact) => {
      if (ticket === latest) renderHits(list, exact);
    });
    if (ticket !== latest) return;
    renderHits(list, hits);
    status.textContent = countMessage(hits.length, query);
  });
  node.querySelector('form')!.addEventListener('submit', (event) => {
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (first) {
      event.preventDefault();
      first.click();
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
  node.addEventListener('close', () => opener?.focus());
  return node;
}

/** Opens the dialog, remembering what had focus to give it back on close. */
export function openSearchDialog(from: HTMLElement | null): void {
  warmUp();
  opener = from ?? (document.activeElement as HTMLElement | null);
  dialog ??= build();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  input.focus();
  input.select();
}
