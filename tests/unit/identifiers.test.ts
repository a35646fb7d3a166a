import { describe, expect, it } from 'vitest';
import { baseNumber, isResolutionSymbol, normalizeSymbol, slugFor, symbolBody } from '../../src/lib/identifiers';

describe('identifiers', () => {
  it.each([
    ['pp', '140', 'pp-140'],
    ['pp', '71', 'pp-71'],
    ['conseil', '1332', 'conseil-1332'],
    ['cmdt', '30', 'cmdt-30'],
    ['amnt', '75', 'amnt-75'],
    ['uit-r', '61-3', 'uit-r-61'],
    ['agnu', 'A/RES/80/173', 'a-res-80-173'],
    ['agnu', 'a/res/70/1', 'a-res-70-1'],
    ['agnu', 'A/70/684', 'a-70-684'],
    ['ecosoc', 'E/RES/2025/18', 'e-res-2025-18'],
  ] as const)('%s %s → %s', (body, number, slug) => {
    expect(slugFor(body, number)).toBe(slug);
  });

  it('normalizes UN symbols and tells resolutions from documents', () => {
    expect(normalizeSymbol(' a/res/80/173 ')).toBe('A/RES/80/173');
    expect(symbolBody('E/RES/2025/18')).toBe('ecosoc');
    expect(symbolBody('A/70/684')).toBe('agnu');
    expect(isResolutionSymbol('A/70/684')).toBe(false);
    expect(isResolutionSymbol('a/res/70/1')).toBe(true);
  });

  it('files ITU-R revisions under their resolution', () => {
    expect(baseNumber('uit-r', '61-3')).toBe('61');
    expect(baseNumber('uit-r', '61\u20113')).toBe('61');
    expect(baseNumber('pp', '140')).toBe('140');
  });
});
