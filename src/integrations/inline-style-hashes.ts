import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { sha256Source, withStyleHashes } from '../lib/csp';

/** Every HTML page of the build, except Pagefind's own files. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(dir, path).startsWith('pagefind/'));
}

function elements(tree: Root, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

const isPolicyMeta = (node: Element) =>
  node.tagName === 'meta' && String(node.properties.httpEquiv) === 'Content-Security-Policy';

/**
 * The stylesheet is inlined in every page (no render-blocking request); a
 * strict policy allows it by hash. After the build, this step hashes the exact
 * text of every `<style>` of every page, writes into each page's
 * `<meta http-equiv>` the policy with that page's own hashes, and into
 * `_headers` (one policy for every path) the same policy with all of them.
 * A test checks that the two agree (tests/build/security-headers.test.ts).
 */
export default function inlineStyleHashes(): AstroIntegration {
  return {
    name: 'inline-style-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(site)).map(async (file) => ({ file, tree: fromHtml(await readFile(file, 'utf8')) })),
        );
        // Each page's meta allows its own styles; _headers (one policy for every path) allows them all.
        const hashes = new Set<string>();
        for (const { file, tree } of pages) {
          const own = elements(tree, (node) => node.tagName === 'style').map((style) =>
            sha256Source(style.children.map((child) => ('value' in child ? child.value : '')).join('')),
          );
          own.forEach((hash) => hashes.add(hash));
          const metas = elements(tree, isPolicyMeta);
          if (metas.length === 0) continue;
          for (const meta of metas) meta.properties.content = withStyleHashes(String(meta.properties.content), own);
          await writeFile(
            file,
            toHtml(tree, { allowDangerousHtml: true, upperDoctype: true, allowDangerousCharacters: true }),
          );
        }
        const headersFile = join(site, '_headers');
        const headers = await readFile(headersFile, 'utf8');
        await writeFile(
          headersFile,
          headers.replace(
            /^(\s*Content-Security-Policy:\s*)(.+)$/gm,
            (_, name: string, policy: string) => name + withStyleHashes(policy, [...hashes]),
          ),
        );
        logger.info(`${hashes.size} inline style(s) allowed by hash in ${pages.length} pages and _headers`);
      },
    },
  };
}
