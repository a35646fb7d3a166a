import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import { brokenLinks, repeatedIds, type RecordedLink } from '../lib/internal-links';

export interface ContentLinksOptions {
  /** The internal links of the content, recorded while MDX compiled (`remark-internal-links`). */
  links: () => RecordedLink[];
  /** Published addresses that moved (`permalinks.json`'s `moved`): a link to one still holds. */
  moved: Record<string, string>;
}

/** Every id of a page, in document order. */
function idsOf(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.push(node.properties.id);
  });
  return ids;
}

/**
 * Checks the built site once its pages exist, before it is indexed: no page
 * uses an id twice (ids are public anchors; layout ids such as `contenu`
 * included), and every internal link of the content leads to a page (or a
 * moved address) and its fragment to an id of that page
 * (`src/lib/internal-links.ts`). Any fault stops the build, naming the page
 * and the id, or the content file, line and link.
 */
export default function contentLinks(options: ContentLinksOptions): AstroIntegration {
  return {
    name: 'content-links',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = new Map<string, Set<string>>();
        const files = new Set<string>();
        const repeated: string[] = [];
        for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const file = join(entry.parentPath, entry.name);
          const path = `/${relative(root, file).split(sep).join('/')}`;
          if (!path.endsWith('.html')) {
            files.add(path);
            continue;
          }
          const ids = idsOf(fromHtml(await readFile(file, 'utf8')));
          const page = path.replace(/(^|\/)index\.html$/, '$1');
          pages.set(page, new Set(ids));
          for (const id of repeatedIds(ids)) repeated.push(`  - ${page} : l’id « ${id} » y est plusieurs fois`);
        }
        const broken = brokenLinks(options.links(), { pages, files, moved: options.moved });
        if (repeated.length === 0 && broken.length === 0) return;
        throw new Error(
          [
            ...(repeated.length > 0
              ? ['Ids en double dans les pages construites (un lien #id n’atteindrait que le premier) :', ...repeated]
              : []),
            ...broken.map((error) => error.message),
          ].join('\n'),
        );
      },
    },
  };
}
