import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';

/**
 * Runs Markdown through remark → rehype with the given rehype plugins, as Astro
 * does, with `frontmatter` attached where Astro attaches it. Returns the HTML
 * and the front matter as the plugins left it.
 */
export async function renderMarkdown(
  markdown: string,
  rehypePlugins: Pluggable[],
  frontmatter: Record<string, unknown> = {},
): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const file = new VFile({ value: markdown, path: 'content/test.mdx', data: { astro: { frontmatter } } });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
  for (const plugin of rehypePlugins) processor.use(...(Array.isArray(plugin) ? plugin : [plugin]));
  const result = await processor.use(rehypeStringify).process(file);
  return { html: String(result), frontmatter };
}

export type { Root };
