import { readFileSync } from 'node:fs';
import { createProcessor, nodeTypes } from '@mdx-js/mdx';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { parseYaml, splitFrontmatter } from '../../src/lib/content-source';

export interface RenderOptions {
  /** Remark plugins, run after the MDX parser and remark-gfm, before remark-rehype. */
  remarkPlugins?: PluggableList;
  /** The file's path, as error messages name it. */
  path?: string;
  /** remark-gfm first (default); false when `remarkPlugins` bring it themselves, as the site's list does. */
  gfm?: boolean;
}

/** An MDX node left in the tree by the MDX compiler (JSX, expressions, ESM), by its type. */
const MDX_NODE_TYPES = new Set<string>(nodeTypes);

type MdxJsxAttribute = { type: string; name?: string; value?: unknown };
type MdxNode = { type: string; name?: string | null; attributes?: MdxJsxAttribute[]; value?: string };

/**
 * The HTML of a hast tree as the page would show it: MDX's JSX elements
 * (`<sup>`, `<p id>` written in a section) become the elements they name, with
 * their literal attributes; expressions and ESM are written as they were.
 */
function toPageHtml(tree: Root): string {
  const convert = (node: RootContent | ElementContent): ElementContent[] => {
    if (!MDX_NODE_TYPES.has(node.type)) {
      if ('children' in node) (node as Element).children = (node as Element).children.flatMap(convert);
      return [node as ElementContent];
    }
    const mdx = node as unknown as MdxNode & { children?: ElementContent[] };
    if (mdx.type === 'mdxJsxFlowElement' || mdx.type === 'mdxJsxTextElement') {
      const properties = Object.fromEntries(
        (mdx.attributes ?? [])
          .filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name)
          .map((attribute) => [attribute.name!, typeof attribute.value === 'string' ? attribute.value : '']),
      );
      const children = (mdx.children ?? []).flatMap(convert);
      return mdx.name ? [{ type: 'element', tagName: mdx.name, properties, children }] : children;
    }
    return [{ type: 'text', value: mdx.type === 'mdxjsEsm' ? (mdx.value ?? '') : `{${mdx.value ?? ''}}` }];
  };
  const copy = structuredClone(tree);
  copy.children = copy.children.flatMap((child) => convert(child) as RootContent[]);
  return toHtml(copy);
}

/**
 * Runs a section's text through the site's MDX pipeline, as `@astrojs/mdx`
 * compiles it: the MDX parser (remark-parse with remark-mdx, so raw HTML is
 * JSX, as on the site), remark-gfm, the remark plugins, remark-rehype (MDX
 * nodes passed through), rehype-raw, then the rehype plugins, with
 * `frontmatter` attached where Astro attaches it. Returns the HTML of the tree
 * the rehype plugins leave and the front matter as the plugins left it; a
 * plugin's `file.fail` rejects with its message.
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
  let html = '';
  const capture = () => (tree: Root) => {
    html = toPageHtml(tree);
  };
  const processor = createProcessor({
    format: 'mdx',
    remarkPlugins: [...(options.gfm === false ? [] : [remarkGfm]), ...(options.remarkPlugins ?? [])],
    rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }], ...rehypePlugins, capture],
  });
  await processor.process(file);
  return { html, frontmatter };
}

/**
 * Renders an MDX file that may start with YAML front matter, as Astro
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
