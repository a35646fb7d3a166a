/**
 * «Citer ce passage», loaded by the loader at the first selection in the
 * report's text. While the reader's selection lies in the report's numbered
 * paragraphs and list items, a small button sits just under it (further down
 * on touch screens, clear of the system's selection menu); Tab reaches it
 * right after a keyboard selection, Escape dismisses it. Activating it copies
 * the words in French quotes, the report's short title with the paragraph
 * number(s), and a link that opens on the words (`#p7-3:~:text=…`), as plain
 * text and HTML, and announces «Citation copiée».
 */
import { passageCitation, passageLink, type PassageCitation } from '../lib/passage-citation';
import { buildTextDirective, quotedText } from '../lib/text-fragments-selection';
import { readerAddress } from '../lib/reader-address';
import { copyToClipboard } from './clipboard';
// One id pattern for the site: lettered ids of inserted paragraphs (p7-2a) are citable too.
import { PARAGRAPH_ID } from '../lib/ids';
import { pointOf, readPageText } from './page-text';

/** The report's citable text: numbered paragraphs and list items of an article that names its report. */
const REPORT = '[data-titre-court]';

function elementOf(node: Node | null): Element | null {
  return node instanceof Element ? node : (node?.parentElement ?? null);
}

/** The numbered paragraph or list item around a node, if it is in the report's text. */
function paragraphOf(node: Node | null): HTMLElement | undefined {
  let element = elementOf(node);
  if (!element?.closest(REPORT)) return undefined;
  while (element) {
    if (PARAGRAPH_ID.test(element.id) && /^(P|LI)$/.test(element.tagName)) return element as HTMLElement;
    element = element.parentElement;
  }
  return undefined;
}

/** A selection the reader can cite: both its ends in numbered paragraphs of the same report. */
interface Citable {
  range: Range;
  first: HTMLElement;
  last: HTMLElement;
}

/** The first and last text nodes with visible selected characters (a triple click ends the range in the next paragraph). */
function visibleEnds(range: Range): [Text, Text] | undefined {
  const root = range.commonAncestorContainer;
  const nodes: Text[] = root instanceof Text ? [root] : [];
  if (!(root instanceof Text)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.intersectsNode(node) && !node.parentElement?.closest('.cite-control, .copy-panel'))
        nodes.push(node as Text);
    }
  }
  const visible = nodes.filter((node) => {
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    return /\S/.test(node.data.slice(from, to));
  });
  return visible.length > 0 ? [visible[0]!, visible[visible.length - 1]!] : undefined;
}

/**
 * The current selection as a citable passage, or undefined: collapsed, spaces
 * only, or beginning or ending outside the numbered paragraphs of one report.
 */
export function citableSelection(): Citable | undefined {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const ends = visibleEnds(range);
  if (!ends) return undefined;
  const first = paragraphOf(ends[0]);
  const last = paragraphOf(ends[1]);
  if (!first || !last || first.closest(REPORT) !== last.closest(REPORT)) return undefined;
  return { range: range.cloneRange(), first, last };
}

/** The citation of a passage, computed from the page as it is now (the directive must be unique in it). */
export function citationOf(passage: Citable): PassageCitation | undefined {
  const page = readPageText();
  const start = pointOf(page, passage.range.startContainer, passage.range.startOffset, 'start');
  const end = pointOf(page, passage.range.endContainer, passage.range.endOffset, 'end');
  if (!start || !end) return undefined;
  // The quote says the words the link opens on: the selection widened to whole words.
  const words = quotedText(page.blocks, start, end);
  if (!words) return undefined;
  const directive = buildTextDirective(page.blocks, start, end);
  const title = passage.first.closest<HTMLElement>(REPORT)?.dataset.titreCourt ?? document.title;
  return passageCitation({
    words,
    title,
    firstId: passage.first.id,
    lastId: passage.last.id,
    link: passageLink(readerAddress(location.href, passage.first.id), directive),
  });
}

/** Copies the citation of a passage; returns what to announce. */
export async function citePassage(passage: Citable): Promise<string> {
  try {
    const citation = citationOf(passage);
    if (!citation) return 'Rien à citer : sélectionnez des mots du rapport.';
    return (await copyToClipboard(citation.text, citation.html))
      ? 'Citation copiée'
      : `Copie impossible : ${citation.text}`;
  } catch {
    return 'Copie impossible.';
  }
}

let control: HTMLElement | undefined;
let button: HTMLButtonElement;
let status: HTMLElement;
let shown: Citable | undefined;
let dismissed: Range | undefined;
let pointerDown = false;
// Until a first pointer is seen (this code loads after the gesture that made the first selection).
let touch = matchMedia('(pointer: coarse)').matches;

function buildControl(): HTMLElement {
  const node = document.createElement('div');
  node.className = 'cite-control';
  button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Citer ce passage';
  // Pressing the button must not move or clear the selection it cites.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  button.addEventListener('click', async () => {
    // The selection as it is now: its last change may not have reached `update` yet (selectionchange is queued).
    const passage = citableSelection() ?? shown;
    if (!passage) return;
    status.textContent = '';
    status.textContent = await citePassage(passage);
  });
  status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  node.append(button, status);
  return node;
}

/** Where the control goes in reading order: after the passage's last paragraph (after its whole list). */
function hostOf(paragraph: HTMLElement): Element {
  let host: Element = paragraph;
  for (let list = paragraph.closest('ul, ol'); list; list = list.parentElement?.closest('ul, ol') ?? null) {
    if (!list.closest(REPORT)) break;
    host = list;
  }
  return host;
}

/** Puts the control under the selection's last line, inside the viewport's width. */
function place(range: Range) {
  const rects = range.getClientRects();
  const line = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const parent = (control!.offsetParent ?? document.documentElement).getBoundingClientRect();
  // Selection handles sit under the words on touch screens, the system menu above them.
  const gap = touch ? 36 : 6;
  const width = control!.offsetWidth;
  const left = Math.max(8, Math.min(line.right - width, document.documentElement.clientWidth - width - 8));
  control!.style.top = `${line.bottom - parent.top + gap}px`;
  control!.style.left = `${left - parent.left}px`;
}

function show(passage: Citable) {
  control ??= buildControl();
  const host = hostOf(passage.last);
  if (control.previousElementSibling !== host || !control.isConnected) host.after(control);
  if (!shown || shown.range.toString() !== passage.range.toString()) status.textContent = '';
  shown = passage;
  place(passage.range);
}

function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
}

function hide() {
  shown = undefined;
  control?.remove();
}

function update() {
  if (pointerDown) return;
  const passage = citableSelection();
  // Escape dismisses the control for this selection; a new selection brings it back.
  if (passage && dismissed && sameRange(passage.range, dismissed)) return;
  dismissed = undefined;
  if (passage) show(passage);
  // While the reader is on the control, the passage it cites stays.
  else if (!control?.contains(document.activeElement)) hide();
}

document.addEventListener('selectionchange', update);
document.addEventListener(
  'pointerdown',
  (event) => {
    touch = event.pointerType === 'touch';
    if (!control?.contains(event.target as Node)) pointerDown = true;
  },
  true,
);
for (const type of ['pointerup', 'pointercancel']) {
  document.addEventListener(type, () => {
    pointerDown = false;
    // After the browser has settled the selection of this gesture.
    requestAnimationFrame(update);
  });
}
document.addEventListener('keydown', (event) => {
  if (!shown || !control?.isConnected) return;
  if (event.key === 'Escape') {
    // Focus, if it was on the button, returns to the page where the control was: the reader's selection
    // stays, and selecting on from it (caret browsing) or Tab go on from there.
    dismissed = shown.range;
    hide();
  } else if (event.key === 'Tab' && !event.shiftKey && !control.contains(document.activeElement)) {
    // Right after a selection, Tab goes to the button first.
    event.preventDefault();
    button.focus();
  }
});
window.addEventListener('resize', () => shown && place(shown.range));

update();
