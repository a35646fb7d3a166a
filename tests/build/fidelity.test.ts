import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldTypography } from '../../src/lib/typography';
import { listPages, mainText, parsePage } from '../helpers/site';

/**
 * Every sentence of the source must be on the site, verbatim: same words,
 * numbers and spelling. Only typography may differ, so both sides are folded
 * (apostrophes, quotes, no-break spaces) before comparing.
 */
const source = readFileSync('tests/fixtures/rapport-gtc-smsi-odd-43-44.txt', 'utf8');

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

const sourceSentences = sourceLines().flatMap(sentences).map(foldTypography);

describe('fidelity to the source', () => {
  it('reads a meaningful number of sentences from the fixture', () => {
    expect(sourceSentences.length).toBeGreaterThan(60);
  });

  it('publishes every sentence of the source on the report pages', () => {
    const readingPages = listPages().filter((p) => /^rapport\/(\d+\/)?$/.test(p));
    expect(readingPages).toHaveLength(9);
    const published = foldTypography(readingPages.map((p) => mainText(parsePage(p))).join('\n'));
    const missing = sourceSentences.filter((sentence) => !published.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('publishes every sentence of the source on the one-page report', () => {
    const published = foldTypography(mainText(parsePage('rapport/complet/')));
    const missing = sourceSentences.filter((sentence) => !published.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('keeps whole paragraphs in the source’s order on the one-page report', () => {
    const published = foldTypography(mainText(parsePage('rapport/complet/')));
    let from = 0;
    for (const line of sourceLines().map(foldTypography)) {
      const at = published.indexOf(line, from);
      expect(at, `paragraph not found in order: ${line.slice(0, 80)}…`).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
  });
});
