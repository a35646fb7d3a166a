import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { contentProblems, type GuardNode } from '../../src/lib/content-guard';
import { isVisiblyEmpty, MAX_NESTING } from '../../src/lib/content-structure';
import { addressNameProblem } from '../../src/lib/file-names';
import { mdxSyntaxProblem } from '../../src/lib/mdx-errors';
import { sameTextKey } from '../../src/lib/report';

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const problems = (text: string) => contentProblems(mdx.parse(text) as unknown as GuardNode);
const messages = (text: string) => problems(text).map((p) => `${p.line}: ${p.message}`);

describe('paragraphs that show nothing', () => {
  it.each(['\u00a0', '\u200b', '\u2060 \u00ad', '\ufeff', '\u202f'])('%j is empty', (text) => {
    expect(isVisiblyEmpty(text)).toBe(true);
  });

  it('are refused, list items included; a paragraph with words is not', () => {
    expect(messages('Un texte.\n\n\u00a0\n\n-\n')).toEqual([
      expect.stringMatching(/^3: paragraphe vide/),
      expect.stringMatching(/^5: paragraphe vide/),
    ]);
  });
});

describe('nesting', () => {
  const list = (depth: number) =>
    Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n');

  it(`accepts ${MAX_NESTING} levels and refuses more, once, at the first level too deep`, () => {
    expect(problems(list(MAX_NESTING))).toEqual([]);
    expect(messages(list(MAX_NESTING + 1))).toEqual([
      `${MAX_NESTING + 1}: listes ou citations imbriquées sur plus de 10 niveaux : simplifiez la structure`,
    ]);
    expect(messages(`${'>'.repeat(500)} a`)).toHaveLength(1);
  });
});

describe('links and images in the guard', () => {
  it('refuses links, definitions and images by the link policy, and images without alternative text', () => {
    expect(messages('[a](javascript:x)\n\n![b][i]\n\n[i]: https://evil.example/t.png\n\n![](/a.png)')).toEqual([
      expect.stringMatching(/^1: protocole « javascript: » interdit/),
      expect.stringMatching(/^5: image hors du site/),
      expect.stringMatching(/^7: paragraphe vide/),
      expect.stringMatching(/^7: image sans texte de remplacement/),
    ]);
  });
});

describe('MDX syntax errors in French', () => {
  const errorOf = (text: string) => {
    try {
      mdx.parse(text);
    } catch (error) {
      return mdxSyntaxProblem(error as never);
    }
    throw new Error('no error');
  };

  it('gives a hint that fits', () => {
    expect(errorOf('taux <10 %')).toMatchObject({ line: 1, column: 7 });
    expect(errorOf('taux <10 %').message).toContain('écrivez &lt; ou mettez une espace après « < »');
    expect(errorOf('a <!-- b -->').message).toContain(
      'les commentaires ne sont pas permis dans le contenu, retirez-le',
    );
    expect(errorOf('a <!-- b -->').message).not.toContain('{/*');
    expect(errorOf('x {').message).toContain('accolade « { » sans sa fermante');
    expect(errorOf('<div').message).toContain('balise « < » jamais fermée');
  });
});

describe('file names that become addresses', () => {
  it('are lower-case ASCII letters and digits joined by single hyphens', () => {
    for (const name of ['smsi-20', 'pp-140', 'a-res-80-173']) expect(addressNameProblem(name), name).toBeUndefined();
    for (const name of ['Mon Essai', 'smsі-20', 'été', 'a--b', '-a', 'PP-140']) {
      expect(addressNameProblem(name), name).toContain('devient une adresse du site');
    }
  });
});

describe('sameTextKey', () => {
  it('compares numbers as search does, leading zeros dropped', () => {
    expect(sameTextKey('pp', '0140')).toBe(sameTextKey('pp', '140'));
    expect(sameTextKey('agnu', 'A/RES/70/1')).toBe('agnu a/res/70/1');
    expect(sameTextKey('uit-r', '61-3')).toBe(sameTextKey('uit-r', '61'));
    expect(sameTextKey('pp', '140')).not.toBe(sameTextKey('conseil', '140'));
  });
});
