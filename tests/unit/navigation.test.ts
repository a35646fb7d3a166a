import { describe, expect, it } from 'vitest';
import { currentState, reportContents, reportShortLabel, siteParts } from '../../src/lib/navigation';
import { readerAddress } from '../../src/lib/reader-address';

describe('site parts', () => {
  it('lists the nine parts of the site for a report, the list of reports last', () => {
    expect(
      siteParts('rapport', [{ path: 'smsi-20/', label: 'SMSI+20' }]).map((item) => `${item.label} /${item.path}`),
    ).toEqual([
      'Rapport /rapport/',
      'Texte complet /rapport/complet/',
      'Résolutions /resolutions/',
      'Réunions /reunions/',
      'SMSI+20 /smsi-20/',
      'Chronologie /chronologie/',
      'Glossaire /glossaire/',
      'Rechercher /recherche/',
      'Tous les rapports /rapports/',
    ]);
  });

  it('lists a report’s contents, the page being read marked, sections as headings on the full text', () => {
    const sections = [
      { numero: 1, titre: 'Introduction' },
      { numero: 2, titre: 'Aperçu' },
    ];
    expect(reportContents('rapport', sections, 2, true)).toEqual([
      { path: 'rapport/', label: 'Préambule et sommaire' },
      { path: 'rapport/1/', label: 'Introduction', numero: 1 },
      { path: 'rapport/2/', label: 'Aperçu', numero: 2, current: 'page' },
      { path: 'rapport/complet/', label: 'Texte complet' },
    ]);
    const complet = reportContents('rapport', sections, 'complet', false);
    expect(complet[0]).toEqual({ path: 'rapport/', label: 'Sommaire' });
    expect(complet[1]).toEqual({ path: 'rapport/1/', fragment: '#s1', label: 'Introduction', numero: 1 });
    expect(complet.at(-1)).toEqual({ path: 'rapport/complet/', label: 'Texte complet', current: 'page' });
  });

  it('names a report by its meetings', () => {
    expect(reportShortLabel([44, 43])).toBe('Rapport 43–44');
    expect(reportShortLabel([45])).toBe('Rapport 45');
    expect(reportShortLabel([])).toBe('Rapport');
  });

  it('marks the current page and the part of the site it belongs to', () => {
    expect(currentState('resolutions/', 'resolutions/')).toBe('page');
    expect(currentState('resolutions/', 'resolutions/pp-140/')).toBe('true');
    expect(currentState('glossaire/', 'resolutions/')).toBeUndefined();
    expect(currentState('', 'resolutions/')).toBeUndefined();
    expect(currentState('resolutions/', undefined)).toBeUndefined();
  });
});

describe('the reader’s address', () => {
  it('is the page the reader is on, without its query, with the cited fragment', () => {
    expect(readerAddress('https://exemple.org/rapport/7/?surligner=smsi#haut', 'p7-4')).toBe(
      'https://exemple.org/rapport/7/#p7-4',
    );
    expect(readerAddress('http://127.0.0.1:8080/sous/chemin/rapport/7/', '#p7-4')).toBe(
      'http://127.0.0.1:8080/sous/chemin/rapport/7/#p7-4',
    );
  });
});
