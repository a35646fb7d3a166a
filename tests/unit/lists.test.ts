import { describe, expect, it } from 'vitest';
import { formatList, listParts } from '../../src/lib/lists';

describe('French lists', () => {
  it('joins items with commas and « et »', () => {
    expect(formatList(['§ 0.1', '§ 0.5', '§ 7.4'])).toBe('§ 0.1, § 0.5 et § 7.4');
    expect(formatList(['§ 0.1', '§ 0.5'])).toBe('§ 0.1 et § 0.5');
    expect(formatList(['§ 0.1'])).toBe('§ 0.1');
    expect(formatList([])).toBe('');
  });

  it('gives the items back in order between their separators, for views that render them as links', () => {
    const items = [{ id: 'p0-1' }, { id: 'p0-5' }, { id: 'p7-4' }];
    expect(listParts(items)).toEqual([
      { item: items[0] },
      { text: ', ' },
      { item: items[1] },
      { text: ' et ' },
      { item: items[2] },
    ]);
    expect(listParts([])).toEqual([]);
  });
});
