import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkCitations from '../../src/plugins/remark-citations';
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
    expect(frontmatter.paragraphes).toEqual([
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
