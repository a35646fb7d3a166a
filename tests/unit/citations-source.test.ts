import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognizeCitations, resolveBodies } from '../../src/lib/citations';
import { slugFor } from '../../src/lib/identifiers';
import { CITED_SLUGS } from '../fixtures/cited-texts';

/** The recognizer over the whole source text: every citation found, none invented. */
const lines = readFileSync('tests/fixtures/rapport-gtc-smsi-odd-43-44.txt', 'utf8').split('\n');
const isHeading = (line: string) => /^\d\t/.test(line);
const bodyLines = lines.filter((line) => !isHeading(line));

describe('citations in the source report', () => {
  it('finds the 29 mentions outside headings', () => {
    const found = bodyLines.flatMap((line) => recognizeCitations(line));
    expect(found).toHaveLength(29);
    expect(found.filter((c) => c.body === undefined).map((c) => c.text)).toEqual([
      'Résolution 1332 (modifiée en 2023)',
      'Résolution 214',
    ]);
  });

  it('names 18 distinct texts, bodies left unsaid being given by earlier mentions', () => {
    const resolved = resolveBodies(
      bodyLines.flatMap((line) => recognizeCitations(line)),
      [],
    );
    const slugs = new Set(resolved.map((c) => slugFor(c.body!, c.number)));
    expect([...slugs].sort()).toEqual([...CITED_SLUGS].sort());
  });

  it('finds the mentions in the headings of sections 3 and 6', () => {
    const headings = lines.filter(isHeading).map((line) => recognizeCitations(line).map((c) => c.number));
    expect(headings).toEqual([[], [], ['140', '1332', '1334'], [], [], ['214'], [], []]);
  });
});
