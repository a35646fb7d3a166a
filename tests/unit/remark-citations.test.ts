import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Link, Paragraph, Root, Text } from 'mdast';
import remarkCitations, { linkCitations } from '../../src/plugins/remark-citations';
import rehypeParagraphExport from '../../src/plugins/rehype-paragraph-export';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids';

const known = () => [
  { body: 'pp' as const, number: '140' },
  { body: 'pp' as const, number: '214' },
  { body: 'conseil' as const, number: '1332' },
  { body: 'conseil' as const, number: '1334' },
];

async function render(
  markdown: string,
  frontmatter: Record<string, unknown> = { rapport: 'r', numero: 7 },
  base = '/',
) {
  const file = new VFile({ value: markdown, path: 'content/rapport/r/07.mdx', data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkCitations, { known, base })
    .use(remarkRehype)
    .use(rehypeParagraphIds)
    .use(rehypeParagraphExport)
    .use(rehypeStringify)
    .process(file);
  return { html: String(result), frontmatter };
}

describe('remark-citations', () => {
  it('links each mention, wrapping exactly the words, each number of a list to its own text', async () => {
    const { html } = await render(
      'les Résolutions 1332 et 1334 du Conseil et la Résolution 140 de la Conférence de plénipotentiaires.',
    );
    expect(html).toBe(
      '<p id="p7-1">les Résolutions ' +
        '<a href="/resolutions/conseil-1332/" class="citation" data-resolution="conseil-1332">1332</a> et ' +
        '<a href="/resolutions/conseil-1334/" class="citation" data-resolution="conseil-1334">1334</a> du Conseil et la ' +
        '<a href="/resolutions/pp-140/" class="citation" data-resolution="pp-140">Résolution 140</a> de la Conférence de plénipotentiaires.</p>',
    );
  });

  it('resolves a mention without body from the known texts, under the base path', async () => {
    const { html } = await render('avec la Résolution 214 dans les rapports', undefined, '/gtc-smsi-odd/');
    expect(html).toContain(
      '<a href="/gtc-smsi-odd/resolutions/pp-214/" class="citation" data-resolution="pp-214">Résolution 214</a>',
    );
  });

  it('exports each paragraph’s citations with their span in the paragraph text', async () => {
    const { frontmatter } = await render(
      'Vu la Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires.',
    );
    expect(frontmatter.paragraphes).toMatchObject([
      {
        id: 'p7-1',
        texte: 'Vu la Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires.',
        citations: [{ slug: 'pp-140', start: 6, end: 42 }],
      },
    ]);
  });

  it('leaves headings, and files that are not report sections, alone', async () => {
    expect((await render('## La Résolution 140 de la Conférence de plénipotentiaires')).html).not.toContain('<a');
    expect((await render('La Résolution 140 de la Conférence de plénipotentiaires', {})).html).not.toContain('<a');
  });

  it('stops on a citation of an unknown text, naming the file, line and words', async () => {
    await expect(render('Texte.\n\nVu la Résolution 999 de la CMDT.')).rejects.toThrow(
      /content\/rapport\/r\/07\.mdx[\s\S]*ligne 3[\s\S]*« Résolution 999 »[\s\S]*cmdt-999\.mdx/,
    );
  });
});

describe('linkCitations (the links, placed by mdast-util-find-and-replace)', () => {
  const citation = (start: number, text: string, number: string) => ({
    start,
    end: start + text.length,
    text,
    number,
    body: 'pp' as const,
    kind: 'resolution' as const,
    line: 3,
  });
  const paragraph = (...values: string[]): Root => ({
    type: 'root',
    children: values.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  });
  const textOf = (tree: Root, i: number) => (tree.children[i] as Paragraph).children[0] as Text;

  it('links a citation only where the recognizer placed it, not the same words elsewhere', () => {
    const tree = paragraph('140 et la Résolution 140', 'Résolution 140 (Rév. Bucarest, 2022)');
    const byNode = new Map([
      [textOf(tree, 0), [citation(10, 'Résolution 140', '140')]],
      [textOf(tree, 1), [citation(0, 'Résolution 140 (Rév. Bucarest, 2022)', '140')]],
    ]);
    linkCitations(tree, byNode, '/', new VFile({ path: 'content/rapport/r/07.mdx' }));
    const [first, second] = tree.children as Paragraph[];
    expect(first!.children.map((n) => n.type)).toEqual(['text', 'link']);
    expect((first!.children[0] as Text).value).toBe('140 et la ');
    expect(second!.children.map((n) => n.type)).toEqual(['link']);
    expect((second!.children[0] as Link).url).toBe('/resolutions/pp-140/');
  });

  it('keeps the rest of a longer match as text when the recognizer found the shorter citation', () => {
    const tree = paragraph('Résolution 140 (Rév. Bucarest, 2022', 'Résolution 140 (Rév. Bucarest, 2022)');
    const byNode = new Map([
      [textOf(tree, 0), [citation(0, 'Résolution 140 (Rév.', '140')]],
      [textOf(tree, 1), [citation(0, 'Résolution 140 (Rév. Bucarest, 2022)', '140')]],
    ]);
    linkCitations(tree, byNode, '/', new VFile({ path: 'content/rapport/r/07.mdx' }));
    const first = tree.children[0] as Paragraph;
    expect(first.children.map((n) => n.type)).toEqual(['link', 'text']);
    expect((first.children[1] as Text).value).toBe(' Bucarest, 2022');
  });

  it('stops the build, naming the file and line, rather than lose a citation hidden inside a longer match', () => {
    // « 214 » starts inside the longer cited words « 140 et 214 » written at the same place.
    const tree = paragraph('140 et 214', '140 et 214');
    const byNode = new Map([
      [textOf(tree, 0), [citation(0, '140', '140'), citation(7, '214', '214')]],
      [textOf(tree, 1), [citation(0, '140 et 214', '140')]],
    ]);
    expect(() => linkCitations(tree, byNode, '/', new VFile({ path: 'content/rapport/r/07.mdx' }))).toThrow(
      /content\/rapport\/r\/07\.mdx[^]*ligne 3[^]*« 214 » n’a pas pu recevoir son lien/,
    );
  });
});
