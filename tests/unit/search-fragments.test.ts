import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pagesOfFragmentFile } from '../../src/lib/search-fragments';

const file = (value: unknown) => gzipSync(`pagefind_dcd${JSON.stringify(value)}`);

describe('pagesOfFragmentFile', () => {
  it('reads a single page, whose id is the file name', () => {
    expect(
      pagesOfFragmentFile('fragment/fr_1752a34.pf_fragment', file({ url: '/rapport/', content: 'Objet.' })),
    ).toEqual([{ id: 'fr_1752a34', url: '/rapport/', content: 'Objet.' }]);
  });

  it('reads a group of pages keyed by id', () => {
    const group = { fr_a: { url: '/a/', content: 'A' }, fr_b: { url: '/b/', content: 'B' } };
    expect(pagesOfFragmentFile('fr_group.pf_fragment', file(group))).toEqual([
      { id: 'fr_a', url: '/a/', content: 'A' },
      { id: 'fr_b', url: '/b/', content: 'B' },
    ]);
  });

  it('fails naming the file when it is not a Pagefind fragment', () => {
    expect(() => pagesOfFragmentFile('fr_x.pf_fragment', gzipSync('{}'))).toThrow(/fr_x\.pf_fragment/);
    expect(() => pagesOfFragmentFile('fr_y.pf_fragment', file({ fr_z: { url: 1 } }))).toThrow(/fr_y.*fr_z/);
  });
});
