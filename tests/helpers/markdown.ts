import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { parseYaml, splitFrontmatter } from '../../src/lib/content-source';

export interface RenderOptions {
  /** Remark plugins, run after remark-parse and remark-gfm, before remark-rehype. */
  remarkPlugins?: PluggableList;
  /** The file's path, as error messages name it. */
  path?: string;
  /** remark-gfm after remark-parse (default); false when `remarkPlugins` bring it themselves, as the site's list does. */
  gfm?: boolean;
}

/**
 * Runs Markdown through remark → rehype with the given plugins, as Astro
 * does (remark-parse, remark-gfm, the remark plugins, remark-rehype, the
 * rehype plugins, rehype-stringify), with `frontmatter` attached where Astro
 * attaches it. Returns the HTML and the front matter as the plugins left it.
 */
export async function renderMarkdown(
  markdown: string,
  rehypePlugins: PluggableList,
  frontmatter: Record<string, unknown> = {},
  options: RenderOptions = {},
): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const file = new VFile({
    value: markdown,
    path: options.path ?? 'content/test.mdx',
    data: { astro: { frontmatter } },
  });
  const result = await unified()
    .use(remarkParse)
    .use(options.gfm === false ? [] : [remarkGfm])
    .use(options.remarkPlugins ?? [])
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify)
    .process(file);
  return { html: String(result), frontmatter };
}

/**
 * Renders a Markdown file that may start with YAML front matter, as Astro
 * compiles a section: the front matter becomes the file's front matter and its
 * lines stay (blank) in the body, so that lines in messages are the file's.
 */
export async function renderMarkdownFile(
  path: string,
  rehypePlugins: PluggableList,
  options: Omit<RenderOptions, 'path'> = {},
): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const { body } = splitFrontmatter(readFileSync(path, 'utf8'));
  return renderMarkdown(body, rehypePlugins, readFrontmatter(path), { ...options, path });
}

/** The YAML front matter of a Markdown file (YAML 1.2, as the content loader reads it); {} without one. */
export function readFrontmatter(path: string): Record<string, unknown> {
  const parsed = parseYaml(splitFrontmatter(readFileSync(path, 'utf8')).frontmatter, 1);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.problem.message}`);
  return parsed.data as Record<string, unknown>;
}

export type { Root };
