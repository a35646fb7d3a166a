import { describe, expect, it } from 'vitest';
import { reportJsonLd, sectionJsonLd } from '../../src/lib/structured-data';

describe('structured data', () => {
  it('describes a report with its sections as parts', () => {
    expect(
      reportJsonLd({ name: 'Rapport', alternativeHeadline: 'Sous-titre', url: 'https://x/rapport/' }, [
        { name: '1. Introduction', url: 'https://x/rapport/1/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: 'Rapport',
      alternativeHeadline: 'Sous-titre',
      url: 'https://x/rapport/',
      inLanguage: 'fr',
      hasPart: [{ '@type': 'Report', name: '1. Introduction', url: 'https://x/rapport/1/' }],
    });
  });

  it('describes a section as part of its report', () => {
    expect(
      sectionJsonLd(
        { name: '7. Travaux', url: 'https://x/rapport/7/' },
        { name: 'Rapport', url: 'https://x/rapport/' },
      ),
    ).toMatchObject({
      '@type': 'Report',
      isPartOf: { '@type': 'Report', name: 'Rapport', url: 'https://x/rapport/' },
    });
  });
});
