/**
 * The citation of a passage the reader selected: the words in French quotes,
 * exactly as on the page, the source (report short title and paragraph), and
 * the link that opens on those words, as plain text and as HTML.
 */
import { paragraphLabel } from './ids';
import { formatTextDirective, type TextDirective } from './text-fragments-syntax';
import { NNBSP } from './typography';

/** `§ 7.3` for one paragraph, `§ 7.3–7.4` for a passage across paragraphs (ids `p7-3`, `p7-4`). */
export function paragraphRangeLabel(firstId: string, lastId: string): string {
  const first = paragraphLabel(firstId);
  const last = paragraphLabel(lastId);
  return first === last ? `§ ${first}` : `§ ${first}–${last}`;
}

/**
 * The link to a passage: the paragraph's address (the reader's own, see
 * `readerAddress`) followed by its text directive, `…/rapport/7/#p7-3:~:text=…`;
 * without a directive, the paragraph's address alone.
 */
export function passageLink(paragraphAddress: string, directive: TextDirective | undefined): string {
  return directive ? `${paragraphAddress}:~:${formatTextDirective(directive)}` : paragraphAddress;
}

/** What «Citer ce passage» copies. */
export interface PassageCitation {
  /** «‹words›», with narrow no-break spaces inside the quotes as elsewhere on the site. */
  quote: string;
  /** `‹short title›, § 7.3`. */
  source: string;
  link: string;
  /** Quote, then source and link: `«…»\n‹title›, § 7.3 — ‹link›`. */
  text: string;
  /** The same as HTML, the source linked. */
  html: string;
}

/** Escapes text for HTML content and attribute values: `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * Builds the citation of the selected `words` (as the reader sees them) of
 * the report `title`, from paragraph `firstId` to `lastId`, opening at `link`:
 * `«␯a renouvelé et renforcé le mandat de l’UIT␯»` then
 * `Rapport de la Présidente du GTC-SMSI/ODD (43ème et 44ème réunions), § 7.3 — https://…/rapport/7/#p7-3:~:text=…`.
 */
export function passageCitation(options: {
  words: string;
  title: string;
  firstId: string;
  lastId: string;
  link: string;
}): PassageCitation {
  const quote = `«${NNBSP}${options.words}${NNBSP}»`;
  const source = `${options.title}, ${paragraphRangeLabel(options.firstId, options.lastId)}`;
  const text = `${quote}\n${source} — ${options.link}`;
  const html =
    `<p>${escapeHtml(quote)}<br>${escapeHtml(source)} — ` +
    `<a href="${escapeHtml(options.link)}">${escapeHtml(options.link)}</a></p>`;
  return { quote, source, link: options.link, text, html };
}
