import { describe, expect, it } from 'vitest';
import { officialLink } from '../../src/lib/official-links';

describe('official texts', () => {
  it('derives the UN document-symbol address of General Assembly and ECOSOC texts', () => {
    expect(officialLink({ organe: 'agnu', numero: 'A/RES/70/1' })).toEqual({
      url: 'https://undocs.org/fr/A/RES/70/1',
      label: 'Texte officiel (ONU)',
    });
    expect(officialLink({ organe: 'ecosoc', numero: 'E/RES/2025/18' })?.url).toBe(
      'https://undocs.org/fr/E/RES/2025/18',
    );
    expect(officialLink({ organe: 'agnu', numero: 'A/70/684' })?.url).toBe('https://undocs.org/fr/A/70/684');
  });

  it('prefers the entry’s own lienOfficiel', () => {
    expect(
      officialLink({ organe: 'agnu', numero: 'A/RES/70/1', lienOfficiel: 'https://exemple.org/a-res-70-1' })?.url,
    ).toBe('https://exemple.org/a-res-70-1');
    expect(officialLink({ organe: 'pp', numero: '140', lienOfficiel: 'https://exemple.org/pp-140' })).toEqual({
      url: 'https://exemple.org/pp-140',
      label: 'Texte officiel',
    });
  });

  it('invents no address for ITU texts', () => {
    expect(officialLink({ organe: 'pp', numero: '140' })).toBeUndefined();
    expect(officialLink({ organe: 'uit-r', numero: '61' })).toBeUndefined();
    expect(officialLink({ organe: 'conseil', numero: '1332' })).toBeUndefined();
  });
});
