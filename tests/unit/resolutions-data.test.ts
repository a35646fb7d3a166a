import { describe, expect, it } from 'vitest';
import { compareResolutions, fullCitation, resolutionName, shortLinkKeys } from '../../src/lib/resolutions';
import { RESOLUTIONS } from '../fixtures/unit/resolutions';

// The real collection against the source: tests/build/site-content.test.ts.
const find = (slug: string) => RESOLUTIONS[slug]!;

describe('resolution data', () => {
  it('names texts and their full citations', () => {
    expect(resolutionName(find('uit-r-61'))).toBe('Résolution UIT-R 61-3');
    expect(resolutionName(find('a-70-684'))).toBe('Document A/70/684');
    expect(fullCitation(find('pp-140'))).toBe(
      'Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires de l’UIT',
    );
    expect(fullCitation(find('a-70-684'))).toBe('Document A/70/684 de l’Assemblée générale des Nations Unies');
    expect(shortLinkKeys('uit-r-61', find('uit-r-61'))).toEqual(['uit-r-61', '61', '61-3']);
    expect(shortLinkKeys('a-res-80-173', find('a-res-80-173'))).toEqual(['a-res-80-173']);
  });

  it('orders ITU texts before UN texts, numbers numerically', () => {
    const ordered = Object.entries(RESOLUTIONS)
      .sort(([, a], [, b]) => compareResolutions(a, b))
      .map(([slug]) => slug);
    expect(ordered.slice(0, 3)).toEqual(['pp-71', 'pp-140', 'pp-214']);
    expect(ordered.indexOf('conseil-1334')).toBeLessThan(ordered.indexOf('a-70-684'));
    expect(ordered.indexOf('a-res-70-1')).toBeLessThan(ordered.indexOf('a-res-70-125'));
    expect(ordered.at(-1)).toBe('e-res-2025-18');
  });
});
