import { describe, expect, it } from 'vitest';
import { foldTypography, NBSP, NNBSP, typographize, typographizeSegments } from '../../src/lib/typography';

describe('typographize', () => {
  it.each([
    ["l'UIT", 'l’UIT'],
    ['examinés lors de ces deux réunions:', `examinés lors de ces deux réunions${NBSP}:`],
    ['Site web du GTC-SMSI/ODD; Résolutions', `Site web du GTC-SMSI/ODD${NNBSP}; Résolutions`],
    ['Vraiment? Oui!', `Vraiment${NNBSP}? Oui${NNBSP}!`],
    ['avant : après', `avant${NBSP}: après`],
    [
      'intitulé "Bâtir un avenir numérique pour tous";',
      `intitulé «${NNBSP}Bâtir un avenir numérique pour tous${NNBSP}»${NNBSP};`,
    ],
    ['l\'Initiative "Alertes précoces pour tous" et', `l’Initiative «${NNBSP}Alertes précoces pour tous${NNBSP}» et`],
    ['« déjà »', `«${NNBSP}déjà${NNBSP}»`],
    ['«serré»', `«${NNBSP}serré${NNBSP}»`],
  ])('%s', (input, expected) => {
    expect(typographize(input)).toBe(expected);
  });

  it.each([
    'https://www.itu.int/',
    'à 10:30',
    'R&amp; D',
    'x &#8239; y',
    'A/RES/80/173',
    '2005‑2014',
    'SMSI+20',
    'Rév. Bucarest, 2022',
  ])('leaves %s alone', (input) => {
    expect(typographize(input)).toBe(input);
  });

  it('keeps the source’s no-break spaces and no-break hyphens', () => {
    const source = 'Résolution\u00a0UIT-R\u00a061-3 et GTC\u2011SMSI/ODD';
    expect(typographize(source)).toBe(source);
  });

  it('reads context across segments (text split by a link) and writes each segment back', () => {
    expect(typographizeSegments(['voir la ', 'Résolution 140', ': elle'])).toEqual([
      'voir la ',
      'Résolution 140',
      `${NBSP}: elle`,
    ]);
    expect(typographizeSegments(['le "', 'Pacte', '" numérique'])).toEqual([
      `le «${NNBSP}`,
      'Pacte',
      `${NNBSP}» numérique`,
    ]);
  });
});

describe('foldTypography', () => {
  it('undoes typography so a page can be compared with its source', () => {
    const source = 'ces deux réunions: la "Défi"; l\'UIT  et GTC\u2011SMSI';
    expect(foldTypography(typographize(source))).toBe(foldTypography(source));
    expect(foldTypography(typographize(source))).toBe('ces deux réunions: la "Défi"; l\'UIT et GTC-SMSI');
  });
});
