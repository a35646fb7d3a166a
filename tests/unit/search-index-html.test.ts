import { describe, expect, it } from 'vitest';
import { searchableHtml } from '../../src/lib/search-index-html';

describe('searchableHtml', () => {
  it('makes no-break hyphens and spaces plain for the indexer', () => {
    expect(searchableHtml('<p>GTC\u2011SMSI 7\u201111\u00a0avril 2025&#8239;; x&nbsp;y</p>')).toBe(
      '<p>GTC-SMSI 7-11 avril 2025 ; x y</p>',
    );
  });
});
