import { describe, expect, it } from 'vitest';
import rehypeFrenchTypography from '../../src/plugins/rehype-french-typography';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids';
import rehypeParagraphLinks from '../../src/plugins/rehype-paragraph-links';
import rehypeTableCellSpacing from '../../src/plugins/rehype-table-cell-spacing';
import { renderMarkdown } from '../helpers/markdown';

describe('rehype-paragraph-ids', () => {
  it('numbers paragraphs and list items in reading order and exports their text', async () => {
    const { html, frontmatter } = await renderMarkdown(
      'Premier: paragraphe.\n\n- un\n- deux\n\nDernier.',
      [rehypeParagraphIds],
      { rapport: 'r', numero: 2 },
    );
    expect(html).toBe(
      '<p id="p2-1">Premier: paragraphe.</p>\n<ul>\n<li id="p2-2">un</li>\n<li id="p2-3">deux</li>\n</ul>\n<p id="p2-4">Dernier.</p>',
    );
    expect(frontmatter.paragraphes).toEqual([
      { id: 'p2-1', texte: 'Premier: paragraphe.' },
      { id: 'p2-2', texte: 'un' },
      { id: 'p2-3', texte: 'deux' },
      { id: 'p2-4', texte: 'Dernier.' },
    ]);
  });

  it('counts a paragraph inside a loose list item once, as the item', async () => {
    const { html } = await renderMarkdown('- un\n\n- deux\n', [rehypeParagraphIds], { rapport: 'r', numero: 3 });
    expect(html).toContain('<li id="p3-1">\n<p>un</p>');
    expect(html).toContain('<li id="p3-2">\n<p>deux</p>');
  });

  it('gives preamble headings the ids of the `ancres` map and records the heading of each paragraph', async () => {
    const { html, frontmatter } = await renderMarkdown(
      '## Suite à donner par le Conseil\n\nLe Conseil est invité.',
      [rehypeParagraphIds],
      { rapport: 'r', numero: 0, ancres: { 'Suite à donner par le Conseil': 'suite-a-donner' } },
    );
    expect(html).toBe(
      '<h2 id="suite-a-donner">Suite à donner par le Conseil</h2>\n<p id="p0-1">Le Conseil est invité.</p>',
    );
    expect(frontmatter.paragraphes).toEqual([
      { id: 'p0-1', texte: 'Le Conseil est invité.', rubrique: 'suite-a-donner' },
    ]);
  });

  it('fails on a preamble heading without an anchor, naming the file, the line and the heading', async () => {
    await expect(
      renderMarkdown('\n## Inconnu\n', [rehypeParagraphIds], { rapport: 'r', numero: 0, ancres: {} }),
    ).rejects.toThrow(/content\/test\.mdx[\s\S]*ligne 2[\s\S]*« Inconnu »/);
  });

  it('gives sub-headings of a section an ASCII id without no-break characters', async () => {
    const { html } = await renderMarkdown('### Le GTC\u2011SMSI\u00a0et vous', [rehypeParagraphIds], {
      rapport: 'r',
      numero: 7,
    });
    expect(html).toBe('<h3 id="s7-le-gtc-smsi-et-vous">Le GTC\u2011SMSI\u00a0et vous</h3>');
  });

  it('leaves files that are not report sections alone', async () => {
    const { html } = await renderMarkdown('Note.', [rehypeParagraphIds], {});
    expect(html).toBe('<p>Note.</p>');
  });
});

describe('rehype-french-typography', () => {
  it('typesets text, across links, but not code', async () => {
    const { html } = await renderMarkdown('l\'UIT: voir [la note](/n/); puis "ceci" et `a:b; "c"`', [
      rehypeFrenchTypography,
    ]);
    expect(html).toBe(
      '<p>l’UIT\u00a0: voir <a href="/n/">la note</a>\u202f; puis «\u202fceci\u202f» et <code>a:b; "c"</code></p>',
    );
  });
});

describe('rehype-table-cell-spacing', () => {
  it('separates table cells so that their words are not glued together', async () => {
    const { html } = await renderMarkdown('| a | b |\n| - | - |\n| c | d |', [rehypeTableCellSpacing]);
    expect(html.replace(/\s+/g, ' ')).toContain('<th>a</th> <th>b</th>');
    expect(html.replace(/\s+/g, ' ')).toContain('<td>c</td> <td>d</td>');
  });
});

describe('rehype-paragraph-links', () => {
  it('prepends to each numbered paragraph an empty, labelled link to itself, ignored by search', async () => {
    const { html } = await renderMarkdown('Un.\n\n- deux', [rehypeParagraphIds, rehypeParagraphLinks], {
      rapport: 'r',
      numero: 7,
    });
    expect(html).toBe(
      '<p id="p7-1"><a class="ancre" href="#p7-1" aria-label="Lien vers le paragraphe 7.1" data-num="7.1" data-pagefind-ignore=""></a>Un.</p>\n' +
        '<ul>\n<li id="p7-2"><a class="ancre" href="#p7-2" aria-label="Lien vers le paragraphe 7.2" data-num="7.2" data-pagefind-ignore=""></a>deux</li>\n</ul>',
    );
  });

  it('leaves paragraphs without a report id alone', async () => {
    const { html } = await renderMarkdown('Note.', [rehypeParagraphLinks]);
    expect(html).toBe('<p>Note.</p>');
  });
});
