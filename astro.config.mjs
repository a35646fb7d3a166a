// @ts-check
import { defineConfig } from 'astro/config';
import { existsSync, readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import pagefindIndex from './src/integrations/pagefind.ts';
import siteUrlNotice from './src/integrations/site-url.ts';
import inlineStyleHashes from './src/integrations/inline-style-hashes.ts';
import rehypeFrenchTypography from './src/plugins/rehype-french-typography.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeParagraphLinks from './src/plugins/rehype-paragraph-links.ts';
import rehypeTableCellSpacing from './src/plugins/rehype-table-cell-spacing.ts';
import remarkCitations from './src/plugins/remark-citations.ts';
import remarkContentGuard from './src/plugins/remark-content-guard.ts';
import { readCitableTexts } from './src/plugins/citable-texts.ts';
import remarkAbbr, { readGlossaryTerms } from './src/plugins/remark-abbr.ts';

const base = process.env.BASE_PATH || '/';
// The public origin (https://host), set by the deployment. Without it, nothing absolute is emitted
// (canonical, Open Graph URLs, sitemap): copied links use the reader's address (see README, « Déploiement »).
const site = process.env.SITE_URL || undefined;

// Published pages that moved get a static redirect (permalinks.json, "moved"; see README).
const permalinks = existsSync('permalinks.json') ? JSON.parse(readFileSync('permalinks.json', 'utf8')) : { moved: {} };
const redirects = Object.fromEntries(Object.entries(permalinks.moved ?? {}).filter(([from]) => !from.includes('#')));
const contentDir = process.env.CONTENT_DIR || 'content';

// SITE_URL (https://host) and BASE_PATH (/sub/path/) are set by the deployment.
export default defineConfig({
  site,
  base,
  redirects,
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  // The stylesheet is inlined: a page opened from an email renders from its first response (no render-blocking
  // request). The strict CSP allows it by hash (src/integrations/inline-style-hashes.ts).
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // French quotes and apostrophes come from rehype-french-typography, not smartypants (English quotes).
    smartypants: false,
    // remark-gfm is added explicitly so that the pinned version is the one in use.
    gfm: false,
    // Mentions of resolutions become links to their pages (src/lib/citations.ts recognizes them), then
    // the first occurrence of each glossary acronym (outside those links) becomes an <abbr title>.
    // The content guard runs first: MDX that is more than text (ESM, {…}, <script>, ids…) stops the build.
    remarkPlugins: [
      remarkContentGuard,
      remarkGfm,
      [remarkCitations, { base, known: () => readCitableTexts(`${contentDir}/resolutions`) }],
      [remarkAbbr, { terms: () => readGlossaryTerms(`${contentDir}/glossaire`) }],
    ],
    // Order matters: ids and paragraph texts are taken from the source text, before typography.
    rehypePlugins: [rehypeParagraphIds, rehypeParagraphLinks, rehypeTableCellSpacing, rehypeFrenchTypography],
  },
  integrations: [
    mdx(),
    siteUrlNotice(site),
    // Only with a public origin (a sitemap lists absolute URLs). Redirect pages (/r/…, /s/…) are not content.
    ...(site ? [sitemap({ filter: (page) => !/\/(r|s)\/[^/]+\/$/.test(new URL(page).pathname) })] : []),
    inlineStyleHashes(),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  // Every script stays an external file (never inlined): the strict Content Security Policy hashes only the styles.
  vite: { build: { assetsInlineLimit: 0 } },
});
