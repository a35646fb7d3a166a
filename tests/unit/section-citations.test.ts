import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { CitableText } from '../../src/lib/citations';
import { locateCitations, sectionCitationProblems, type CitationTree } from '../../src/lib/section-citations';

/** A section body parsed as the content loader's audit parses it (MDX and GFM). */
const tree = (markdown: string) =>
  unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as unknown as CitationTree;

const known: CitableText[] = [
  { body: 'pp', number: '140' },
  { body: 'pp', number: '214' },
  { body: 'conseil', number: '214' },
  { body: 'conseil', number: '1332' },
];

describe('locateCitations', () => {
  it('finds the citations of the text in reading order, each with its line, not in headings, links or code', () => {
    const runs = locateCitations(
      tree(
        [
          '## La Résolution 140 de la Conférence de plénipotentiaires',
          '',
          'Vu la Résolution 1332 du Conseil et [la Résolution 140](https://example.org/) et `Résolution 140`.',
          '',
          '> Rappelant',
          '> la Résolution 140 de la Conférence de plénipotentiaires.',
        ].join('\n'),
      ),
      known,
    );
    expect(
      runs.flatMap((run) => run.citations).map(({ text, body, number, line }) => ({ text, body, number, line })),
    ).toEqual([
      { text: 'Résolution 1332', body: 'conseil', number: '1332', line: 3 },
      { text: 'Résolution 140', body: 'pp', number: '140', line: 6 },
    ]);
  });

  it('gives a mention without its body the body of an earlier citation of the same number in the file', () => {
    const runs = locateCitations(tree('La Résolution 214 du Conseil.\n\nPuis la Résolution 214.'), known);
    expect(runs.map((run) => run.citations[0]!.body)).toEqual(['conseil', 'conseil']);
  });
});

describe('sectionCitationProblems', () => {
  it('names each citation of a text that has no file, with its line and the file it would need', () => {
    expect(
      sectionCitationProblems(
        tree(
          'Texte.\n\nVu la Résolution 999 (Rév. Kigali, 2022) de la CMDT et la Résolution 140 de la Conférence de plénipotentiaires.\n\nEt la Résolution 12 du Conseil.',
        ),
        known,
      ),
    ).toEqual([
      {
        field: '',
        line: 3,
        message:
          'la citation « Résolution 999 (Rév. Kigali, 2022) » ne correspond à aucun texte de content/resolutions/ (attendu : un fichier cmdt-999.mdx)',
      },
      {
        field: '',
        line: 5,
        message:
          'la citation « Résolution 12 » ne correspond à aucun texte de content/resolutions/ (attendu : un fichier conseil-12.mdx)',
      },
    ]);
  });

  it('names a mention without its body that several texts (or none) could be', () => {
    expect(sectionCitationProblems(tree('Vu la Résolution 214.'), known)).toEqual([
      {
        field: '',
        line: 1,
        message:
          'la citation « Résolution 214 » ne dit pas de quel organe elle relève et plusieurs textes (ou aucun) portent ce numéro',
      },
    ]);
  });

  it('accepts a section whose citations all have their text', () => {
    expect(sectionCitationProblems(tree('Vu la Résolution 140 de la Conférence de plénipotentiaires.'), known)).toEqual(
      [],
    );
  });
});
