import { describe, expect, it } from 'vitest';
import { unbreakableParts } from '../../src/lib/unbreakable';

describe('unbreakableParts', () => {
  it('sets apart UN symbols, group names and sectors, and leaves the rest as it is', () => {
    expect(unbreakableParts('Résolution A/RES/80/173 (2025)')).toEqual([
      { text: 'Résolution ', keep: false },
      { text: 'A/RES/80/173', keep: true },
      { text: ' (2025)', keep: false },
    ]);
    expect(unbreakableParts('Rapport du GTC-SMSI/ODD et E/RES/2025/18, A/70/684, UIT-R').filter((p) => p.keep)).toEqual(
      [
        { text: 'GTC-SMSI/ODD', keep: true },
        { text: 'E/RES/2025/18', keep: true },
        { text: 'A/70/684', keep: true },
        { text: 'UIT-R', keep: true },
      ],
    );
  });

  it('keeps words, numbers and revisions whole, and an empty text empty', () => {
    expect(unbreakableParts('Résolution 140 (Rév. Bucarest, 2022)')).toEqual([
      { text: 'Résolution 140 (Rév. Bucarest, 2022)', keep: false },
    ]);
    expect(unbreakableParts('')).toEqual([]);
  });
});
