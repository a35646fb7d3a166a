// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import pagefindIndex from './src/integrations/pagefind.ts';
import rehypeFrenchTypography from './src/plugins/rehype-french-typography.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeTableCellSpacing from './src/plugins/rehype-table-cell-spacing.ts';
import remarkCitations from './src/plugins/remark-citations.ts';
import { readCitableTexts } from './src/plugins/citable-texts.ts';
import remarkAbbr, { readGlossaryTerms } from './src/plugins/remark-abbr.ts';

const base = process.env.BASE_PATH || '/';
const contentDir = process.env.CONTENT_DIR || 'content';

// SITE_URL (https://host) and BASE_PATH (/sub/path/) are set by the deployment.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // French quotes and apostrophes come from rehype-french-typography, not smartypants (English quotes).
    smartypants: false,
    // remark-gfm is added explicitly so that the pinned version is the one in use.
    gfm: false,
    // Mentions of resolutions become links to their pages (src/lib/citations.ts recognizes them), then
    // the first occurrence of each glossary acronym (outside those links) becomes an <abbr title>.
    remarkPlugins: [
      remarkGfm,
      [remarkCitations, { base, known: () => readCitableTexts(`${contentDir}/resolutions`) }],
      [remarkAbbr, { terms: () => readGlossaryTerms(`${contentDir}/glossaire`) }],
    ],
    // Order matters: ids and paragraph texts are taken from the source text, before typography.
    rehypePlugins: [rehypeParagraphIds, rehypeTableCellSpacing, rehypeFrenchTypography],
  },
  integrations: [mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
