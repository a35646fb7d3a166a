import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPages, mainText, parsePage } from '../helpers/site';

/**
 * Every sentence of the source must be on the site, verbatim: same words,
 * numbers and spelling. Only typography may differ, so both sides go through
 * this test's own normalization (not the project's typography code, which is
 * what is under test) before comparing.
 */
const source = readFileSync('tests/fixtures/rapport-gtc-smsi-odd-43-44.txt', 'utf8');

/**
 * What French typography may change, and nothing else: apostrophes (' ’),
 * quotation marks (" “ ” « ») and the spaces inside them, hyphens (- and the
 * no-break ‑), any kind or number of spaces (no-break, narrow, thin), and the
 * space before ; : ! ?. Letters, digits, case, accents and every other
 * punctuation mark stay as they are.
 */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[«“„]\s*/g, '"')
    .replace(/\s*[»”]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[;:!?])/g, '')
    .trim();
}

/** The source's text lines without layout marks (leading tabs, section numbers, list dashes). */
function sourceLines(): string[] {
  return source
    .split('\n')
    .map((line) => line.replace(/^\s*(\d+\t|–\t)?/, '').trim())
    .filter((line) => /\p{L}/u.test(line));
}

/** Splits a line into sentences, for readable failure messages. */
function sentences(line: string): string[] {
  return line.split(/(?<=[.!?:;])\s+(?=\p{Lu})/u).filter((s) => s.trim() !== '');
}

const sourceSentences = sourceLines().flatMap(sentences).map(normalize);

/** The source's sentences that a (normalized) published text does not hold verbatim. */
function missingFrom(published: string): string[] {
  return sourceSentences.filter((sentence) => !published.includes(sentence));
}

describe('the test’s own normalization', () => {
  it('folds typography: apostrophes, quotation marks, hyphens, spaces', () => {
    expect(normalize('L\u2019UIT dit «\u202fSMSI\u00a0»\u202f; GTC\u2011SMSI')).toBe(
      normalize('L\'UIT  dit "SMSI"; GTC-SMSI'),
    );
  });

  it('keeps words, digits, letters, case and accents apart', () => {
    for (const [a, b] of [
      ['une étape importante', 'une étape'],
      ['Bucarest, 2022', 'Bucarest, 2023'],
      ['Genève', 'Geneve'],
      ['examen d’ensemble', 'examen d’Ensemble'],
      ['Résolution 140.', 'Résolution 140'],
    ]) {
      expect(normalize(a!), a).not.toBe(normalize(b!));
    }
  });
});

describe('fidelity to the source', () => {
  it('reads a meaningful number of sentences from the fixture', () => {
    expect(sourceSentences.length).toBeGreaterThan(60);
  });

  it('publishes every sentence of the source on the report pages', () => {
    const readingPages = listPages().filter((p) => /^rapport\/(\d+\/)?$/.test(p));
    expect(readingPages).toHaveLength(9);
    const published = normalize(readingPages.map((p) => mainText(parsePage(p))).join('\n'));
    expect(missingFrom(published)).toEqual([]);
  });

  it('publishes every sentence of the source on the one-page report', () => {
    const published = normalize(mainText(parsePage('rapport/complet/')));
    expect(missingFrom(published)).toEqual([]);
  });

  it('catches a word dropped from a published sentence', () => {
    const published = normalize(mainText(parsePage('rapport/complet/')));
    const sentence = sourceSentences.find((s) => s.split(' ').length > 8 && published.split(s).length === 2)!;
    const words = sentence.split(' ');
    const damaged = published.replace(sentence, [...words.slice(0, 4), ...words.slice(5)].join(' '));
    expect(missingFrom(damaged)).toContain(sentence);
  });

  it('keeps whole paragraphs in the source’s order on the one-page report', () => {
    const published = normalize(mainText(parsePage('rapport/complet/')));
    let from = 0;
    for (const line of sourceLines().map(normalize)) {
      const at = published.indexOf(line, from);
      expect(at, `paragraph not found in order: ${line.slice(0, 80)}…`).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
  });
});
