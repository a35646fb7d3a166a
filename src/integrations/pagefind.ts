import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexableHtml } from '../lib/search-index-html';

/** Every HTML file under a folder, except Pagefind's own. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(dir, path).startsWith('pagefind/'))
    .sort();
}

/**
 * Builds the Pagefind search index at the end of every `astro build`, with
 * Pagefind's Node API, so that the index always matches the pages. Pages are
 * indexed in French, from HTML whose words are as search reads them: no-break
 * characters plain and elisions split (see `indexableHtml`).
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
        logger.info(`search index: ${pages} HTML files read`);
        await pagefind.close();
      },
    },
  };
}
