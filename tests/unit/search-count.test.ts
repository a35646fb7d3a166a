import { describe, expect, it } from 'vitest';
import { newResults, resultCount } from '../../src/lib/search-count';

describe('the count of a search', () => {
  const pageOf = { fr_a: '/rapport/7/', fr_b: '/rapport/8/', fr_c: '/resolutions/pp-140/', constructor: '/x/' };
  const found = [{ id: 'fr_a' }, { id: 'fr_b' }, { id: 'fr_c' }, { id: 'fr_unknown' }];

  it('leaves out the full-text pages a leading hit already reaches, keeping Pagefind’s order', () => {
    const listed = ['/resolutions/pp-140/', '/rapport/7/'];
    expect(newResults(found, pageOf, '/', listed)).toEqual([{ id: 'fr_b' }, { id: 'fr_unknown' }]);
    expect(resultCount(listed.length + 3, newResults(found, pageOf, '/', listed).length)).toBe(7);
  });

  it('compares paths with the site’s base', () => {
    expect(newResults(found, pageOf, '/sous/', ['/sous/rapport/8/']).map((r) => r.id)).toEqual([
      'fr_a',
      'fr_c',
      'fr_unknown',
    ]);
  });

  it('keeps everything without leading hits, and reads only the map’s own ids', () => {
    expect(newResults(found, pageOf, '/', [])).toHaveLength(4);
    expect(newResults([{ id: 'toString' }, { id: '__proto__' }], pageOf, '/', ['/x/'])).toHaveLength(2);
    expect(resultCount(0, 0)).toBe(0);
  });
});
