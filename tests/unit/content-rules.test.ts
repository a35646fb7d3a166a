import { describe, expect, it } from 'vitest';
import { acronymProblem, blankProblem, publicUrlProblem } from '../../src/lib/content-rules';
import { partialDateProblem } from '../../src/lib/partial-dates';

describe('required texts', () => {
  it('refuse the empty string and whitespace only, no-break spaces included', () => {
    for (const blank of ['', ' ', '  \t', '\u00a0', '\n'])
      expect(blankProblem(blank), JSON.stringify(blank)).toMatch(/vide/);
    expect(blankProblem('Genève')).toBeUndefined();
  });
});

describe('acronyms', () => {
  it('accept the shapes of acronyms a report uses', () => {
    // Plain, with digits, mixed case, abbreviations with points and spaces, +, /, and the source's no-break hyphen.
    // The real glossary is checked by its collection's schema and by tests/build/site-content.test.ts.
    for (const good of [
      'UIT',
      'G20',
      'GenAI',
      'Mme',
      'M.',
      'Rév.',
      'S. E.',
      'SMSI+20',
      'GTC-SMSI/ODD',
      'UIT\u2011R',
      'Év.',
    ]) {
      expect(acronymProblem(good), good).toBeUndefined();
    }
  });

  it('refuse a blank, a lone punctuation mark, a leading digit or space, double spaces', () => {
    for (const bad of ['', ' ', '.', '-', '+20', '20SMSI', ' UIT', 'UIT ', 'S.  E.', 'UIT<script>', 'A\u00a0B']) {
      expect(acronymProblem(bad), JSON.stringify(bad)).toMatch(/sigle attendu/);
    }
  });
});

describe('published links', () => {
  it('accept https addresses', () => {
    expect(publicUrlProblem('https://www.itu.int/fr/council/Pages/default.aspx')).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', /https:\/\/ sont publiées \(reçu : « javascript: »\)/],
    ['data:text/html,<script>', /reçu : « data: »/],
    ['http://www.itu.int/', /reçu : « http: »/],
    ['https://moi:secret@www.itu.int/', /identifiant ou un mot de passe/],
    ['https://www.itu.int/a b', /espace/],
    [' https://www.itu.int/', /espace/],
    ['/resolutions/pp-140/', /adresse absolue/],
  ])('refuse %s', (url, reason) => {
    expect(publicUrlProblem(url)).toMatch(reason);
  });
});

describe('dates are text in three forms, checked by our code', () => {
  it('accept a day, a month and a year', () => {
    for (const good of ['2025-09-09', '2024-02-29', '2026-03', '2026'])
      expect(partialDateProblem(good), good).toBeUndefined();
    expect(partialDateProblem('2025-09-09', 'jour')).toBeUndefined();
  });

  it('say why an impossible date is refused', () => {
    expect(partialDateProblem('2025-02-30')).toBe('le 30 février n’existe pas (« 2025-02-30 »)');
    expect(partialDateProblem('2025-02-29')).toBe(
      'le 29 février 2025 n’existe pas (« 2025-02-29 » : 2025 n’est pas bissextile)',
    );
    expect(partialDateProblem('2025-04-31')).toBe('le 31 avril n’existe pas (« 2025-04-31 »)');
    expect(partialDateProblem('2025-13-01')).toMatch(/^le mois 13 n’existe pas/);
    expect(partialDateProblem('2025-00')).toMatch(/^le mois 00 n’existe pas/);
    expect(partialDateProblem('2025-01-32')).toMatch(/^le jour 32 n’existe pas/);
    expect(partialDateProblem('2025-01-00')).toMatch(/^le jour 00 n’existe pas/);
  });

  it('refuse other forms, and a month or a year where a day is required', () => {
    for (const bad of ['2025-9-9', '9 septembre 2025', '25', '2025/09/09', '']) {
      expect(partialDateProblem(bad), bad).toMatch(/date attendue/);
    }
    expect(partialDateProblem('2026-03', 'jour')).toMatch(/un jour précis est requis/);
  });
});
