/**
 * A paragraph of the report as the build exports it: the MDX compilation
 * (`src/plugins/rehype-paragraph-ids.ts`) writes one per paragraph into
 * `remarkPluginFrontmatter.paragraphes`; the pages read them (`src/data/`).
 */

/** One paragraph: `{ id: 'p7-4', texte: 'Le Groupe a procédé…', citations: [{ slug: 'pp-140', start: 120, end: 168 }] }`. */
export interface ExportedParagraph {
  id: string;
  /** Plain text of the paragraph as written in the source (before typography). */
  texte: string;
  /** Id of the heading the paragraph follows (`objet`), if any. */
  rubrique?: string;
  /** The citation links of the paragraph: the text's slug and the span of the words in `texte`. */
  citations?: { slug: string; start: number; end: number }[];
}
