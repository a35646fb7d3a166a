import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { inject } from 'vitest';

/** The folder of the built site under test. */
export function siteDir(): string {
  return inject('siteDir');
}

/** Every HTML page of the built site, as site paths (`rapport/7/`, `404.html`). */
export function listPages(dir = siteDir()): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      else if (entry.name.endsWith('.html')) pages.push(relative(dir, path).replace(/(^|\/)index\.html$/, '$1'));
    }
  };
  walk(dir);
  return pages.sort();
}

/** The HTML of a built page, by site path (`rapport/7/`). */
export function readPage(path: string, dir = siteDir()): string {
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(dir, file), 'utf8');
}

/** A built page parsed into a hast tree. */
export function parsePage(path: string, dir = siteDir()): Root {
  return fromHtml(readPage(path, dir));
}

/** Text of the main content of a page, as a reader would copy it. */
export function mainText(tree: Root): string {
  const main = select('main', tree);
  if (!main) throw new Error('page without <main>');
  return toText(main);
}

/** Every `id` in a page. */
export function idsOf(tree: Root): string[] {
  return selectAll('[id]', tree).map((node) => String(node.properties.id));
}

export { select, selectAll, toText };
