import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pagesOfFragmentFile, type IndexedPage } from '../lib/search-fragments';
import { indexableHtml } from '../lib/search-index-html';
import { vocabularyOf } from '../lib/search-suggestions';

/** Every HTML file under a folder, except Pagefind's own. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(dir, path).startsWith('pagefind/'))
    .sort();
}

/** Every page of the written index, read back from its fragment files. */
async function indexedPages(pagefindDir: string): Promise<IndexedPage[]> {
  const dir = join(pagefindDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  const pages: IndexedPage[] = [];
  for (const name of names) pages.push(...pagesOfFragmentFile(name, await readFile(join(dir, name))));
  return pages;
}

/**
 * Builds the Pagefind search index at the end of every `astro build`, with
 * Pagefind's Node API, so that the index always matches the pages. Pages are
 * indexed in French, from HTML whose words are as search reads them: no-break
 * characters plain and elisions split (see `indexableHtml`). Beside it, from
 * the index as written: `/recherche/pages.json` (the page of each result id,
 * so that a page already listed is left out before its fragment is fetched)
 * and `/recherche/vocabulaire.json` (the words of typo suggestions).
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
        if (!index) throw new Error(`Pagefind could not create its index: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of await htmlFiles(site)) {
          const content = indexableHtml(await readFile(file, 'utf8'));
          const added = await index.addHTMLFile({ sourcePath: relative(site, file), content });
          if (added.errors.length > 0) throw new Error(`Pagefind (${file}): ${added.errors.join('; ')}`);
          if (added.file) pages++;
        }
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        const indexed = await indexedPages(join(site, 'pagefind'));
        const pageOf = Object.fromEntries(indexed.map((page) => [page.id, page.url]));
        await mkdir(join(site, 'recherche'), { recursive: true });
        await writeFile(join(site, 'recherche', 'pages.json'), JSON.stringify(pageOf));
        const vocabulary = vocabularyOf(indexed.map((page) => page.content));
        await writeFile(join(site, 'recherche', 'vocabulaire.json'), JSON.stringify(vocabulary));
        logger.info(`search index: ${pages} HTML files read, ${vocabulary.length} words for suggestions`);
        await pagefind.close();
      },
    },
  };
}
