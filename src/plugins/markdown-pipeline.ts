import remarkGfm from 'remark-gfm';
import type { Plugin } from 'unified';
import type { CitableText } from '../lib/citations';
import type { ReportPins } from '../lib/paragraph-pins';
import rehypeHeadingIds from './rehype-heading-ids';
import rehypeParagraphExport from './rehype-paragraph-export';
import rehypeParagraphIds, { type RehypeParagraphIdsOptions } from './rehype-paragraph-ids';
import rehypeParagraphLinks from './rehype-paragraph-links';
import rehypeTableCellSpacing from './rehype-table-cell-spacing';
import remarkAbbr, { type RemarkAbbrOptions } from './remark-abbr';
import remarkCitations from './remark-citations';
import remarkContentGuard from './remark-content-guard';
import remarkInternalLinks, { type RemarkInternalLinksOptions } from './remark-internal-links';

// Remark and rehype plugins alike, as Astro and unified take them.
type AnyPlugin = Plugin<any[], any, any>;

/** A list of plugins, each alone or with its options: what Astro's `markdown` config and unified's `use` both take. */
export type PluginList = (AnyPlugin | [AnyPlugin, unknown])[];

export interface MarkdownPipelineOptions {
  /** The site's base path, for citation links. */
  base: string;
  /** The texts that have a page (the resolutions collection). */
  known: () => CitableText[];
  /** The glossary's terms. */
  terms: RemarkAbbrOptions['terms'];
  /** The published paragraph pins (`permalinks.json`), asked at each compilation. */
  pins: () => Record<string, ReportPins>;
  /** What `npm run permalinks` asks of the pins: accept a corrigendum, record each section's ids. */
  pinning?: Pick<RehypeParagraphIdsOptions, 'accept' | 'onPinned'>;
  /** Given each file's internal links, for the check once the pages exist (`src/integrations/content-links.ts`). */
  onLinks?: RemarkInternalLinksOptions['onLinks'];
}

/**
 * The remark and rehype plugins of every report page, in order; each does one
 * job and reads what the ones before it wrote (`astro.config.mjs` uses this
 * list, and so do the plugin fixture tests).
 *
 * - remark: the content guard first (MDX that is more than text stops the
 *   build), GFM, internal links recorded for the check after the build, mentions of resolutions → links, first glossary acronym → `<abbr>`;
 * - rehype: heading ids, paragraph ids (pinned to permalinks.json), the
 *   paragraphs' export into the front matter (ids, texts, headings, citation
 *   spans), each paragraph's link to itself, table cell spacing.
 *
 * No plugin applies French typography: `src/middleware.ts` typesets every
 * rendered page once, report text and interface alike, so ids and exported
 * texts are taken from the source text.
 */
export function markdownPlugins(options: MarkdownPipelineOptions): {
  remarkPlugins: PluginList;
  rehypePlugins: PluginList;
} {
  return {
    remarkPlugins: [
      remarkContentGuard,
      remarkGfm,
      [remarkInternalLinks, { base: options.base, onLinks: options.onLinks }],
      [remarkCitations, { base: options.base, known: options.known }],
      [remarkAbbr, { terms: options.terms }],
    ],
    rehypePlugins: [
      rehypeHeadingIds,
      [rehypeParagraphIds, { pins: options.pins, ...options.pinning }],
      rehypeParagraphExport,
      rehypeParagraphLinks,
      rehypeTableCellSpacing,
    ],
  };
}
