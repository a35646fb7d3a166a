import { describe, expect, it } from 'vitest';
import { atomXml, reportDate, reportsFeed, siteTagDate, tagUri, textFeed } from '../../src/lib/atom-feeds';
import type { ReportInput } from '../../src/lib/open-data-json';
import { publishParagraph } from '../../src/lib/published-paragraph';
import { atomProblems } from '../helpers/atom';

/** The Atom feeds from plain inputs: RFC 4287's required elements, absolute IRIs, dates from the content only. */
const site = new URL('https://exemple.org');

const report = (id: string, chemin: string, meetings: [number, string, string][], date?: string): ReportInput => ({
  id,
  chemin,
  titre: 'Rapport d’essai',
  sousTitre: 'RAPPORT & ANNEXES <essai>',
  titreCourt: `Rapport d’essai (${meetings.map((m) => m[0]).join(' et ')})`,
  libelle: `Rapport ${meetings.map((m) => m[0]).join('–')}`,
  ...(date ? { date } : {}),
  reunions: meetings.map(([numero, debut, fin]) => ({ numero, dates: '', debut, fin })),
  presidence: { presidente: { nom: 'A', pays: 'B' }, vicePresidentes: [] },
  signature: { nom: 'A', fonction: 'B' },
  sections: [],
});

const older = report('essai-43-44', 'rapport', [
  [43, '2025-09-09', '2025-09-10'],
  [44, '2026-01-15', '2026-01-16'],
]);
const newer = report('essai-45-46', 'rapport-45-46', [[45, '2026-09-01', '2026-09-02']], '2026-10-01');
const paragraph = publishParagraph({ id: 'p1-2', texte: '', html: 'Vu la Résolution 140 & "la suite".' });

describe('Atom feeds', () => {
  it('lists the reports, the newest first, with dates and ids from the content', () => {
    const xml = reportsFeed(site, '/', [older, newer], 'GTE');
    expect(atomProblems(xml)).toEqual([]);
    expect([...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1])).toEqual([
      'tag:exemple.org,2025-09-09:rapports',
      'tag:exemple.org,2026-09-01:rapport/essai-45-46',
      'tag:exemple.org,2025-09-09:rapport/essai-43-44',
    ]);
    expect(xml).toContain('<updated>2026-10-01T00:00:00.000Z</updated>');
    expect(xml).toContain('<link rel="self" href="https://exemple.org/rapports.xml"/>');
    expect(reportsFeed(site, '/', [older, newer], 'GTE')).toBe(xml);
  });

  it('follows a text across reports: one entry per citing report, its passages as content', () => {
    const xml = textFeed(
      site,
      '/sous/',
      {
        slug: 'pp-140',
        nom: 'Résolution 140',
        citationComplete: 'Résolution 140 de la Conférence',
        nature: 'Résolution',
        organe: { id: 'pp', nom: 'Conférence', sigle: 'PP' },
        numero: '140',
        revisions: [],
        variantes: [],
      },
      [
        { report: newer, paragraphes: [{ numero: 1, paragraph }] },
        { report: older, paragraphes: [{ numero: 1, paragraph }] },
      ],
      { who: 'GTE', fallbackDate: reportDate(newer), tagDate: siteTagDate([older, newer]) },
    );
    expect(atomProblems(xml)).toEqual([]);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('https://exemple.org/sous/rapport-45-46/1/#p1-2');
    expect(xml).toContain('tag:exemple.org,2025-09-09:texte/pp-140');
  });

  it('refuses an entry without a date rather than dating it by the build', () => {
    const entry = { id: tagUri(site, '2026', 'x'), title: 'x', link: 'https://exemple.org/', summary: 'x' };
    const feed = { id: 'tag:exemple.org,2026:f', title: 'f', subtitle: 's', link: 'https://exemple.org/' };
    const input = { ...feed, self: 'https://exemple.org/f.xml', author: 'GTE', date: '2026-01-16' };
    expect(() => atomXml({ ...input, entries: [{ ...entry, date: '' }] })).toThrow(/date attendue/);
  });

  it('catches a feed entry without a date, a relative link and a date outside RFC 3339', () => {
    const xml = reportsFeed(site, '/', [older, newer], 'GTE');
    const [head, first, ...rest] = xml.split('<entry>');
    const undated = [head, first!.replace(/<updated>[^<]+<\/updated>/, ''), ...rest].join('<entry>');
    expect(atomProblems(undated)).toContain('entry 1 : 0 <updated> (un seul attendu)');
    expect(atomProblems(xml.replace('href="https://exemple.org/rapport/"', 'href="/rapport/"'))).toContain(
      'entry 2 : <link href> n’est pas absolu : « /rapport/ »',
    );
    expect(atomProblems(xml.replace('2026-10-01T00:00:00.000Z', '2026-10-01'))[0]).toMatch(/hors RFC 3339/);
  });
});
