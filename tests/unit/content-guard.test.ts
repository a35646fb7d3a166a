import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { contentProblems, type GuardNode } from '../../src/lib/content-guard';
import remarkContentGuard from '../../src/plugins/remark-content-guard';

/** Parses MDX as @astrojs/mdx does (remark-mdx + GFM) and returns the guard's problems. */
function problemsOf(mdx: string) {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx);
  return contentProblems(tree as unknown as GuardNode);
}

/** The one problem of a text (line and message). */
function only(mdx: string) {
  const problems = problemsOf(mdx);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  return problems[0]!;
}

describe('content guard: report text is text', () => {
  it('accepts the Markdown of the report: paragraphs, lists, tables, emphasis, links, escaped braces', () => {
    expect(
      problemsOf(
        '## Titre\n\nLe Groupe a **pris note** du *rapport*.\n\n- un\n- deux\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n' +
          '[lien](https://www.itu.int/) et \\{ accolades \\} et H<sub>2</sub>O, 1<sup>er</sup><br />\n',
      ),
    ).toEqual([]);
  });

  it('rejects <script> at the end of a section, with its line', () => {
    const problem = only('Premier.\n\nDernier.\n\n<script>alert(1)</script>\n');
    expect(problem.line).toBe(5);
    expect(problem.message).toMatch(/élément <script> interdit/);
  });

  it.each(['style', 'iframe', 'object', 'embed', 'form'])('rejects <%s>', (tag) => {
    expect(only(`Texte.\n\n<${tag}></${tag}>\n`).message).toContain(`<${tag}> interdit`);
  });

  it('rejects import and export (ESM), quoting the statement', () => {
    const problems = problemsOf(
      "Texte.\n\nimport { readFileSync } from 'node:fs'\n\nexport const secret = process.env\n\nSuite.\n",
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, "import/export interdit dans le contenu (« import { readFileSync } from 'node:fs' »)"],
      [5, 'import/export interdit dans le contenu (« export const secret = process.env »)'],
    ]);
  });

  it('rejects {…} expressions in flow and in text', () => {
    expect(only('Un calcul :\n\n{1 + 1}\n')).toMatchObject({ line: 3, message: expect.stringContaining('{1 + 1}') });
    expect(only("Le fichier {readFileSync('/etc/passwd', 'utf8')} ici.")).toMatchObject({
      line: 1,
      message: expect.stringContaining('interdite'),
    });
  });

  it('rejects event-handler and style attributes, and computed attributes', () => {
    expect(
      problemsOf('Un <sup onClick="alert(1)">1</sup> et <sub style="color:red">2</sub>.').map((p) => p.message),
    ).toEqual([
      '<sup> : attribut de gestionnaire d’événement « onClick » interdit',
      '<sub> : attribut « style » interdit',
    ]);
    expect(only('<br {...props} />').message).toContain('attribut calculé');
  });

  it('rejects any element outside the allow-list, naming it, and components', () => {
    expect(only('Texte <span>mis en forme</span>.').message).toMatch(/élément <span> non autorisé/);
    expect(only('<Composant />').message).toMatch(/élément <Composant> non autorisé/);
    expect(only('<>fragment</>').message).toMatch(/fragment/);
  });

  it('rejects an id written by hand in JSX (block and inline), with the id', () => {
    const problems = problemsOf('Premier.\n\n<p id="p7-3">Faux paragraphe.</p>\n\nTexte <sup id="x">1</sup>.\n');
    expect(problems).toContainEqual({
      field: '',
      line: 3,
      message: '<p> porte un id écrit à la main (« p7-3 ») : les ids sont attribués automatiquement',
    });
    expect(problems).toContainEqual(expect.objectContaining({ line: 5, message: expect.stringContaining('« x »') }));
  });

  it('rejects raw HTML (Markdown without MDX) but not a comment', () => {
    const tree = unified().use(remarkParse).parse('Texte.\n\n<div id="p1-1">x</div>\n\n<!-- note -->\n');
    const problems = contentProblems(tree as unknown as GuardNode);
    expect(problems).toEqual([{ field: '', line: 3, message: expect.stringContaining('HTML brut interdit') }]);
  });

  it('as a remark plugin, stops with the file name, every line and what was found', async () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkContentGuard);
    const file = new VFile({
      path: `${process.cwd()}/content/rapport/r/07-x.mdx`,
      value: 'A.\n\n{1 + 1}\n\n<script />\n',
    });
    await expect(processor.run(processor.parse(file), file)).rejects.toThrow(
      /Contenu invalide dans content\/rapport\/r\/07-x\.mdx :\n {2}- ligne 3, entrée : expression « \{1 \+ 1\} »[^\n]*\n {2}- ligne 5, entrée : élément <script> interdit/,
    );
  });
});
