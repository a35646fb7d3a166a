import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { recognizeCitations, resolveBodies } from '../../src/lib/citations';
import { slugFor } from '../../src/lib/identifiers';
import {
  compareResolutions,
  fullCitation,
  resolutionName,
  shortLinkKeys,
  type ResolutionData,
} from '../../src/lib/resolutions';

/** The resolutions collection's data against what the recognizer reads in the source. */
const entries = readdirSync('content/resolutions').map((file) => {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/resolutions/${file}`, 'utf8'))![1]!;
  return { slug: file.replace(/\.mdx$/, ''), data: parse(front) as ResolutionData };
});
const source = readFileSync('tests/fixtures/rapport-gtc-smsi-odd-43-44.txt', 'utf8');
const cited = resolveBodies(
  source
    .split('\n')
    .filter((line) => !/^\d\t/.test(line))
    .flatMap((line) => recognizeCitations(line)),
  [],
);

describe('resolutions collection', () => {
  it('has one entry per text the source cites, and no other', () => {
    expect(entries.map((e) => e.slug).sort()).toEqual(
      [...new Set(cited.map((c) => slugFor(c.body!, c.number)))].sort(),
    );
  });

  it('records the revisions exactly as the source writes them', () => {
    for (const { slug, data } of entries) {
      const revisions = [
        ...new Set(cited.filter((c) => slugFor(c.body!, c.number) === slug && c.revision).map((c) => c.revision)),
      ];
      expect(data.revisions ?? [], slug).toEqual(revisions);
    }
  });

  it('names texts and their full citations', () => {
    const find = (slug: string) => entries.find((e) => e.slug === slug)!.data;
    expect(resolutionName(find('uit-r-61'))).toBe('Résolution UIT-R 61-3');
    expect(fullCitation(find('pp-140'))).toBe(
      'Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires de l’UIT',
    );
    expect(fullCitation(find('a-70-684'))).toBe('Document A/70/684 de l’Assemblée générale des Nations Unies');
    expect(shortLinkKeys('uit-r-61', find('uit-r-61'))).toEqual(['uit-r-61', '61', '61-3']);
    expect(shortLinkKeys('a-res-80-173', find('a-res-80-173'))).toEqual(['a-res-80-173']);
  });

  it('orders ITU texts before UN texts, numbers numerically', () => {
    const ordered = [...entries].sort((a, b) => compareResolutions(a.data, b.data)).map((e) => e.slug);
    expect(ordered.slice(0, 4)).toEqual(['pp-71', 'pp-140', 'pp-172', 'pp-214']);
    expect(ordered.indexOf('a-res-70-1')).toBeLessThan(ordered.indexOf('a-res-70-125'));
    expect(ordered.at(-1)).toBe('e-res-2025-18');
  });
});
