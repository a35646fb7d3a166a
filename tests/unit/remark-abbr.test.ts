import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import remarkAbbr from '../../src/plugins/remark-abbr';
import { glossaryTerms } from '../../src/lib/content-data';
import { contentData } from '../../src/loaders/reader';

const readGlossaryTerms = (dir: string) => glossaryTerms(contentData(dir));

const terms = () => [
  { sigle: 'SMSI', developpe: 'Sommet mondial sur la société de l’information' },
  { sigle: 'GTC-SMSI/ODD', developpe: "Groupe de travail du Conseil de l'UIT sur le SMSI et les ODD" },
  { sigle: 'UIT', developpe: 'Union internationale des télécommunications' },
  { sigle: 'S. E.', developpe: 'Son Excellence' },
];

async function render(markdown: string, frontmatter: Record<string, unknown> = { rapport: 'r', numero: 1 }) {
  const file = new VFile({ value: markdown, path: 'content/rapport/r/01.mdx', data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkAbbr, { terms })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

// The first occurrence, headings, links and code, and files that are not sections:
// tests/fixtures/plugins/remark-abbr/ (tests/unit/plugin-fixtures.test.ts).
describe('remark-abbr', () => {
  // The expansion is given as the glossary writes it: the page's typography (src/middleware.ts) makes « l’UIT ».
  it('keeps the source’s no-break hyphens and spaces inside the abbreviation', async () => {
    expect(await render('Le GTC\u2011SMSI/ODD et S.\u00a0E. Mme López')).toBe(
      '<p>Le <abbr title="Groupe de travail du Conseil de l&#x27;UIT sur le SMSI et les ODD" aria-description="Groupe de travail du Conseil de l&#x27;UIT sur le SMSI et les ODD">GTC\u2011SMSI/ODD</abbr> et ' +
        '<abbr title="Son Excellence" aria-description="Son Excellence">S.\u00a0E.</abbr> Mme López</p>',
    );
  });

  it('changes no character of the text', async () => {
    const markdown = 'Le GTC\u2011SMSI/ODD, l’UIT et le SMSI+20 : S.\u00a0E. et le SMSI.';
    const html = await render(markdown);
    expect(html).toContain('<abbr');
    expect(toString(fromHtml(html, { fragment: true }))).toBe(markdown);
  });
});

describe('glossaryTerms, read by the content reader', () => {
  const fixtures = 'tests/fixtures/unit/glossaire';

  it('reads every well-formed sigle and expansion of the glossary files, in file order, first one kept', () => {
    expect(readGlossaryTerms(fixtures)).toEqual([
      { sigle: 'UNGIS', developpe: "Groupe des Nations Unies sur la société de l'information" },
      { sigle: 'GTC\u2011SMSI/ODD', developpe: "Groupe de travail du Conseil de l'UIT sur le SMSI et les ODD" },
      { sigle: 'CSTD', developpe: 'Commission de la science et de la technique au service du développement' },
    ]);
  });

  it('reads nothing from a folder that does not exist', () => {
    expect(readGlossaryTerms(`${fixtures}/nulle-part`)).toEqual([]);
  });
});
