import { describe, expect, it } from 'vitest';
import { recognizeCitations, resolveBodies, type Citation } from '../../src/lib/citations';

type Expected = Partial<Omit<Citation, 'start' | 'end'>>;

/** Only the fields a case names are compared; spans are checked against `text`. */
function check(input: string, expected: Expected[]) {
  const found = recognizeCitations(input);
  for (const citation of found) expect(input.slice(citation.start, citation.end)).toBe(citation.text);
  expect(
    found.map((c, i) => Object.fromEntries(Object.keys(expected[i] ?? {}).map((k) => [k, c[k as keyof Citation]]))),
  ).toEqual(expected);
}

const NB = '\u00a0';
const NNB = '\u202f';

describe('recognizeCitations: single citations', () => {
  it.each<[string, Expected[]]>([
    [
      'conformément à la Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires et',
      [
        {
          text: 'Résolution 140 (Rév. Bucarest, 2022)',
          body: 'pp',
          number: '140',
          revision: 'Rév. Bucarest, 2022',
          kind: 'resolution',
        },
      ],
    ],
    [
      'conformément à la Résolution 214 (Bucarest, 2022) de la Conférence de plénipotentiaires de l’UIT, soulignant',
      [{ text: 'Résolution 214 (Bucarest, 2022)', body: 'pp', number: '214', revision: 'Bucarest, 2022' }],
    ],
    ['Résolution 30 (Rév. Bakou, 2025) de la CMDT;', [{ body: 'cmdt', number: '30', revision: 'Rév. Bakou, 2025' }]],
    ["Résolution 75 (Rév. Genève, 2022) de l'AMNT;", [{ body: 'amnt', number: '75', revision: 'Rév. Genève, 2022' }]],
    [
      'Résolution UIT-R 61-3 (Rév. Dubaï, 2023);',
      [
        {
          text: 'Résolution UIT-R 61-3 (Rév. Dubaï, 2023)',
          body: 'uit-r',
          number: '61-3',
          revision: 'Rév. Dubaï, 2023',
        },
      ],
    ],
    [
      `Résolution${NB}UIT-R${NB}61-3${NB}(Rév.${NB}Dubaï,${NB}2023);`,
      [{ body: 'uit-r', number: '61-3', revision: 'Rév. Dubaï, 2023' }],
    ],
    [
      "Résolution E/RES/2025/18 du Conseil économique et social de l'ONU;",
      [{ text: 'Résolution E/RES/2025/18', body: 'ecosoc', number: 'E/RES/2025/18', kind: 'resolution' }],
    ],
    [
      'a pris note de la Résolution A/RES/80/173 de l’Assemblée générale des Nations Unies dans laquelle',
      [{ body: 'agnu', number: 'A/RES/80/173' }],
    ],
    [
      'sont fondés sur la Résolution 1332 (modifiée en 2023) et menés',
      [{ text: 'Résolution 1332 (modifiée en 2023)', body: undefined, number: '1332', revision: 'modifiée en 2023' }],
    ],
    ['avec la Résolution 214 dans les rapports', [{ text: 'Résolution 214', body: undefined, number: '214' }]],
    [
      'la résolution 140 (rév. bucarest 2022) de la conférence de plénipotentiaires',
      [{ body: 'pp', number: '140', revision: 'rév. bucarest 2022' }],
    ],
    [
      `RÉSOLUTION${NNB}1334${NNB}(MODIFIÉE${NB}EN${NB}2023) DU CONSEIL`,
      [{ body: 'conseil', number: '1334', revision: 'MODIFIÉE EN 2023' }],
    ],
  ])('%s', (input, expected) => check(input, expected));
});

describe('recognizeCitations: lists with the body at the end', () => {
  it('PP resolutions, with and without the comma before the year', () => {
    check(
      'Résolutions 140 (Rév. Bucarest, 2022), 172 (Rév. Guadalajara, 2010), 71 (Rév. Bucarest 2022) de la Conférence de plénipotentiaires;',
      [
        { text: '140 (Rév. Bucarest, 2022)', body: 'pp', number: '140', revision: 'Rév. Bucarest, 2022' },
        { text: '172 (Rév. Guadalajara, 2010)', body: 'pp', number: '172', revision: 'Rév. Guadalajara, 2010' },
        { text: '71 (Rév. Bucarest 2022)', body: 'pp', number: '71', revision: 'Rév. Bucarest 2022' },
      ],
    );
  });

  it('Council resolutions joined by « et »', () => {
    check(`aux Résolutions 1332 (modifiée en 2024) et 1334 (modifiée en 2023) du${NB}Conseil de l'UIT.`, [
      { text: '1332 (modifiée en 2024)', body: 'conseil', number: '1332', revision: 'modifiée en 2024' },
      { text: '1334 (modifiée en 2023)', body: 'conseil', number: '1334', revision: 'modifiée en 2023' },
    ]);
  });

  it('General Assembly symbols, a document among them', () => {
    check(
      "Résolutions A/RES/70/125, A/RES/70/1, A/RES/77/150, A/RES/71/212, A/RES/70/299, A/70/684, A/RES/73/218 et A/RES/80/173 de l'AGNU;",
      [
        { number: 'A/RES/70/125', body: 'agnu', kind: 'resolution' },
        { number: 'A/RES/70/1', body: 'agnu', kind: 'resolution' },
        { number: 'A/RES/77/150', body: 'agnu' },
        { number: 'A/RES/71/212', body: 'agnu' },
        { number: 'A/RES/70/299', body: 'agnu' },
        { text: 'A/70/684', number: 'A/70/684', body: 'agnu', kind: 'document' },
        { number: 'A/RES/73/218', body: 'agnu' },
        { text: 'A/RES/80/173', number: 'A/RES/80/173', body: 'agnu' },
      ],
    );
  });

  it('two lists in one sentence, each with its own body', () => {
    check(
      'notamment les Résolutions 1332 et 1334 du Conseil et la Résolution 140 de la Conférence de plénipotentiaires, afin',
      [
        { text: '1332', body: 'conseil', number: '1332' },
        { text: '1334', body: 'conseil', number: '1334' },
        { text: 'Résolution 140', body: 'pp', number: '140' },
      ],
    );
  });
});

describe('recognizeCitations: bare symbols', () => {
  it('finds a UN symbol without the word « Résolution »', () => {
    check('Le document final adopté (A/RES/80/173) a renouvelé', [
      { text: 'A/RES/80/173', body: 'agnu', number: 'A/RES/80/173', kind: 'resolution' },
    ]);
    check('voir a/res/80/173.', [{ number: 'A/RES/80/173' }]);
  });
});

describe('recognizeCitations: what is not a citation', () => {
  it.each([
    'le Programme 2030, et a remercié',
    'Contribution de l’UIT sur dix ans (2005\u20112014);',
    'Vingt-six (26) contributions et six (6) documents',
    'Groupe de travail du G20 sur l’économie numérique',
    'du 7 au 11 juillet 2025 à Genève; la 44ème réunion s’est tenue les 15 et 16 janvier 2026',
    'la mise à jour des Résolutions pertinentes de l’UIT',
    'Informations actualisées sur la mise en œuvre et le suivi des Résolutions et des processus',
    'Dans les limites du budget alloué pour 2025-2026.',
    'avec plus de 300 participants',
  ])('%s', (input) => {
    expect(recognizeCitations(input)).toEqual([]);
  });
});

describe('resolveBodies', () => {
  const known = [
    { body: 'pp' as const, number: '214' },
    { body: 'conseil' as const, number: '1332' },
    { body: 'pp' as const, number: '30' },
    { body: 'cmdt' as const, number: '30' },
  ];

  it('takes the body from the only known text with that number', () => {
    const [citation] = resolveBodies(recognizeCitations('la Résolution 1332 (modifiée en 2023)'), known);
    expect(citation!.body).toBe('conseil');
  });

  it('takes the body from an earlier citation in the same document', () => {
    const citations = resolveBodies(
      recognizeCitations('la Résolution 30 (Rév. Bakou, 2025) de la CMDT, puis la Résolution 30 encore'),
      known,
    );
    expect(citations.map((c) => c.body)).toEqual(['cmdt', 'cmdt']);
  });

  it('leaves an ambiguous mention without a body', () => {
    const [citation] = resolveBodies(recognizeCitations('la Résolution 30 seule'), known);
    expect(citation!.body).toBeUndefined();
  });
});
