/**
 * A paragraph of the report as the build exports it: the MDX compilation
 * (`src/plugins/rehype-paragraph-export.ts`) writes one per paragraph into
 * `remarkPluginFrontmatter.paragraphes`; the pages read them (`src/data/`).
 */
import type { Element, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { paragraphLabel } from './ids';

/** The words of a citation link in a paragraph: the cited text's slug and their span in the paragraph's text. */
export interface CitationSpan {
  slug: string;
  start: number;
  end: number;
}

/** One paragraph: `{ id: 'p7-4', texte: 'Le Groupe a procédé…', citations: [{ slug: 'pp-140', start: 120, end: 168 }] }`. */
export interface ExportedParagraph {
  id: string;
  /** Plain text of the paragraph as written in the source (before typography). */
  texte: string;
  /** Id of the heading the paragraph follows (`objet`), if any. */
  rubrique?: string;
  /** The citation links of the paragraph: the text's slug and the span of the words in `texte`. */
  citations?: CitationSpan[];
  /** Inner HTML of the paragraph as compiled, before typography (abbreviations, citation links, emphasis). */
  html?: string;
  /** A list item (`<li>`), not a `<p>`. */
  liste?: true;
}

/** A heading of a section with its id: `{ id: 'objet', texte: 'Objet' }` (before typography). */
export interface Heading {
  id: string;
  texte: string;
}

/** A paragraph removed by an accepted corrigendum: its id and the notice its id shows on the page. */
export interface RetiredParagraph {
  id: string;
  avis: string;
}

/** A piece of a paragraph's text, in reading order, with the slug of the citation link it sits in, if any. */
export interface TextRun {
  text: string;
  slug?: string;
}

/** The text of a paragraph in pieces, each with the slug of the citation link (`a[data-resolution]`) it sits in. */
export function textRuns(paragraph: Element | Root): TextRun[] {
  const runs: TextRun[] = [];
  visitParents(paragraph, 'text', (text: Text, ancestors) => {
    const link = ancestors.find(
      (a): a is Element => a.type === 'element' && a.tagName === 'a' && a.properties.dataResolution !== undefined,
    );
    runs.push(link ? { text: text.value, slug: String(link.properties.dataResolution) } : { text: text.value });
  });
  return runs;
}

/**
 * The citation spans of a paragraph from its text runs: each run inside a
 * citation link gives a span of the paragraph's text (the runs joined), and
 * adjacent runs of the same link (text split by emphasis) make one span.
 */
export function citationSpans(runs: readonly TextRun[]): CitationSpan[] {
  const spans: CitationSpan[] = [];
  let offset = 0;
  for (const run of runs) {
    const start = offset;
    offset += run.text.length;
    if (run.slug === undefined) continue;
    const last = spans.at(-1);
    if (last && last.slug === run.slug && last.end === start) last.end = offset;
    else spans.push({ slug: run.slug, start, end: offset });
  }
  return spans;
}

/** What a retired paragraph's id shows when a link lands on it: the paragraph was removed by a corrigendum. */
export function retiredParagraphNotice(id: string): string {
  return `Le paragraphe ${paragraphLabel(id)} a été retiré du rapport par un corrigendum.`;
}
