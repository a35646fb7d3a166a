// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';
import siteUrlNotice from './src/integrations/site-url.ts';
import inlineStyleHashes from './src/integrations/inline-style-hashes.ts';
import lazyImports from './src/integrations/lazy-imports.ts';
import { pinRecorder, readPermalinks, readPins } from './src/integrations/paragraph-pins.ts';
import { config } from './src/config.ts';
import { markdownPlugins } from './src/plugins/markdown-pipeline.ts';
import contentLinks from './src/integrations/content-links.ts';
import contentSource from './src/integrations/content-source.ts';
import { contentData, readContentFile } from './src/loaders/reader.ts';
import { citableTexts, glossaryTerms } from './src/lib/content-data.ts';

// Every environment variable is read once, checked, in src/config.ts (docs/deploiement.md lists them).
// The public origin (SITE_URL, https://host) is set by the deployment. Without it, nothing absolute is emitted
// (canonical, Open Graph URLs, sitemap): copied links use the reader's address (see README, « Déploiement »).
const { site, base, contentDir, outDir, cacheDir, paragraphPins } = config;

// Published pages that moved get a static redirect (permalinks.json, "moved"; see README).
// Read by our code: a fault names permalinks.json, its line and column (src/lib/permalinks-file.ts).
const permalinks = readPermalinks();
// The internal links of each content file, recorded while MDX compiles, checked once the pages exist.
/** @type {Map<string, import('./src/lib/internal-links.ts').RecordedLink[]>} */
const recordedLinks = new Map();
const redirects = Object.fromEntries(Object.entries(permalinks.moved ?? {}).filter(([from]) => !from.includes('#')));

export default defineConfig({
  site,
  base,
  redirects,
  outDir,
  cacheDir,
  // The stylesheet is inlined: a page opened from an email renders from its first response (no render-blocking
  // request). The strict CSP allows it by hash (src/integrations/inline-style-hashes.ts).
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // French quotes and apostrophes come from src/middleware.ts (every page, once), not smartypants (English quotes).
    smartypants: false,
    // remark-gfm is added explicitly so that the pinned version is the one in use.
    gfm: false,
    // The remark and rehype plugins, one job each, in order (src/plugins/markdown-pipeline.ts): the content guard
    // first, … table cell spacing last.
    ...markdownPlugins({
      base,
      // What the plugins need of content/, read by the one reader (src/loaders/reader.ts), never by the plugins.
      known: () => citableTexts(contentData(`${contentDir}/resolutions`)),
      terms: () => glossaryTerms(contentData(`${contentDir}/glossaire`)),
      pins: () => readPins(),
      onLinks: (file, links) => recordedLinks.set(file, links),
      pinning: {
        accept: paragraphPins.accept,
        onPinned: paragraphPins.record ? pinRecorder(paragraphPins.record) : undefined,
      },
    }),
  },
  integrations: [
    // Before mdx(): the MDX compiler gets each content file's text from the one reader (BOM, CRLF, NFC).
    contentSource({ dir: contentDir, read: (path) => readContentFile(path).text }),
    mdx(),
    siteUrlNotice(site),
    // Only with a public origin (a sitemap lists absolute URLs). Redirect pages (/r/…, /s/…) are not content.
    ...(site ? [sitemap({ filter: (page) => !/\/(r|s)\/[^/]+\/$/.test(new URL(page).pathname) })] : []),
    // Before the index: ids unique on every page, internal links and fragments that lead somewhere.
    contentLinks({ links: () => [...recordedLinks.values()].flat(), moved: permalinks.moved ?? {} }),
    inlineStyleHashes(),
    // Lazy code (search, copy panel, «Citer ce passage») preloaded by a smaller helper than Vite's.
    lazyImports(),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  // Every script stays an external file (never inlined): the strict Content Security Policy hashes only the styles.
  vite: { build: { assetsInlineLimit: 0 } },
});
