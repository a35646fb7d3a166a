/**
 * Copy-link for paragraphs and sections, loaded on the first click on an
 * `a.ancre`: copies the reader's own address with the paragraph's fragment
 * (`readerAddress`, so the link works wherever the site is served) and shows a
 * small panel, announced politely, that can also copy a ready-to-paste citation
 * (as plain text, and as rich text with the link where the Clipboard API
 * allows). Escape or « Fermer » closes it.
 * When words of the paragraph are selected, it also offers «Citer ce passage»
 * (see `cite-selection.ts`).
 */
import { readerAddress } from '../lib/reader-address';
import { escapeHtml } from '../lib/passage-citation';
import type { citableSelection } from './cite-selection';
import { copyToClipboard as copy } from './clipboard';

let panel: HTMLElement | undefined;
let status: HTMLElement;
let current = { url: '', citation: '', label: '' };
let origin: HTMLAnchorElement | undefined;
let citeButton: HTMLButtonElement;
let passage: ReturnType<typeof citableSelection>;

/** « § 7.4 » for a paragraph, « section 7 » for a section heading. */
function labelOf(anchor: HTMLAnchorElement): string {
  const num = anchor.dataset.num ?? '';
  return num === '§' ? `section ${anchor.hash.replace('#s', '')}` : `§ ${num}`;
}

function button(label: string, action: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.textContent = label;
  node.addEventListener('click', action);
  return node;
}

function buildPanel(): HTMLElement {
  const node = document.createElement('div');
  node.className = 'copy-panel';
  node.setAttribute('role', 'group');
  node.setAttribute('aria-label', 'Copier un lien');
  status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  node.append(
    status,
    button('Copier le lien', async () => {
      status.textContent = (await copy(current.url))
        ? `Lien vers le ${current.label} copié.`
        : `Copie impossible : ${current.url}`;
    }),
    button('Copier la citation', async () => {
      const [before, after] = current.citation.split(current.url);
      const html = `${escapeHtml(before ?? '')}<a href="${escapeHtml(current.url)}">${escapeHtml(current.url)}</a>${escapeHtml(after ?? '')}`;
      status.textContent = (await copy(current.citation, html))
        ? 'Citation copiée.'
        : `Copie impossible : ${current.citation}`;
    }),
    (citeButton = button('Citer ce passage', async () => {
      if (!passage) return;
      const { citePassage } = await import('./cite-selection');
      status.textContent = await citePassage(passage);
    })),
    button('Fermer', closePanel),
  );
  // Pressing it must not clear the selection it cites.
  citeButton.addEventListener('pointerdown', (event) => event.preventDefault());
  return node;
}

/** Removes the panel; focus goes back to the link it was opened from, not to the top of the page. */
function closePanel(): void {
  if (!panel?.isConnected) return;
  panel.remove();
  origin?.focus();
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && panel?.isConnected) closePanel();
});

/** Copies the address of an anchor's target and offers the citation. */
export async function copyAnchor(anchor: HTMLAnchorElement): Promise<void> {
  origin = anchor;
  const id = anchor.hash.slice(1);
  const title = document.querySelector<HTMLElement>('[data-titre-court]')?.dataset.titreCourt ?? document.title;
  const label = labelOf(anchor);
  current = { url: readerAddress(location.href, id), label, citation: '' };
  current.citation = `${title}, ${label} — ${current.url}`;
  if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
  panel ??= buildPanel();
  passage = undefined;
  citeButton.hidden = true;
  const selection = getSelection();
  if (selection && !selection.isCollapsed) {
    // The cite code is already loaded: the loader loads it at the first selection in the report.
    const { citableSelection } = await import('./cite-selection');
    passage = citableSelection();
    citeButton.hidden = !passage || !anchor.parentElement || !passage.range.intersectsNode(anchor.parentElement);
  }
  // Next to the paragraph in reading order, so the panel's buttons follow it for keyboard users.
  const block = anchor.closest('ul, ol, p, section') ?? anchor;
  if (panel.previousElementSibling !== block) block.after(panel);
  status.textContent = '';
  const copied = await copy(current.url);
  status.textContent = copied
    ? `Lien vers le ${label.startsWith('§') ? `paragraphe ${label.slice(2)}` : label} copié : ${current.url}`
    : `Copiez ce lien : ${current.url}`;
}
