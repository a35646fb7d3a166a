import { describe, expect, it } from 'vitest';
import {
  checkAcrossCollections,
  checkMeetings,
  checkReports,
  checkResolutions,
  checkSections,
  neighbours,
  numberedSections,
  preambleOf,
  type ContentEntries,
} from '../../src/lib/report';

const section = (rapport: string, numero: number, file = `content/rapport/${rapport}/0${numero}.mdx`) => ({
  id: `${rapport}/${numero}`,
  filePath: file,
  data: { rapport, numero, titre: `Section ${numero}` },
});

describe('report structure', () => {
  const all = [section('a', 2), section('a', 0), section('b', 1), section('a', 1)];

  it('orders numbered sections and finds the preamble', () => {
    expect(numberedSections(all, 'a').map((s) => s.data.numero)).toEqual([1, 2]);
    expect(preambleOf(all, 'a')?.data.numero).toBe(0);
    expect(preambleOf(all, 'b')).toBeUndefined();
  });

  it('finds neighbours', () => {
    const ordered = numberedSections(all, 'a');
    expect(neighbours(ordered, 1).previous).toBeUndefined();
    expect(neighbours(ordered, 1).next?.data.numero).toBe(2);
    expect(neighbours(ordered, 2).next).toBeUndefined();
  });
});

describe('checks across entries', () => {
  it('reports a section number used twice in one report, naming both files and the field', () => {
    const errors = checkSections([section('a', 1), section('a', 1, 'content/rapport/a/01-bis.mdx'), section('b', 1)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('content/rapport/a/01.mdx');
    expect(errors[0]!.message).toContain('content/rapport/a/01-bis.mdx');
    expect(errors[0]!.message).toContain('« numero »');
  });

  it('reports a section filed under another report’s folder', () => {
    const errors = checkSections([section('a', 1, 'content/rapport/b/01.mdx')]);
    expect(errors[0]!.message).toMatch(/content\/rapport\/b\/01\.mdx[\s\S]*« rapport »/);
  });

  it('accepts a consistent collection', () => {
    expect(checkSections([section('a', 0), section('a', 1), section('b', 1)])).toEqual([]);
  });

  it('reports a meeting described twice', () => {
    const meeting = (file: string) => ({ id: file, filePath: file, data: { numero: 43 } });
    expect(checkMeetings([meeting('x/43.yaml'), meeting('y/43.yaml')])[0]!.message).toContain('y/43.yaml');
  });
});

describe('checks across the entries of one collection', () => {
  const entry = (filePath: string, data: Record<string, unknown>) => ({ id: filePath, filePath, data });

  it('reports a meeting filed under another report’s folder (the folder check meetings lacked)', () => {
    const errors = checkMeetings([entry('content/rapport/a/reunions/43.yaml', { rapport: 'b', numero: 43 })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('content/rapport/a/reunions/43.yaml');
    expect(errors[0]!.message).toContain('champ « rapport » : « b » ne correspond pas à son dossier (« a »)');
    expect(checkMeetings([entry('content/rapport/a/reunions/43.yaml', { rapport: 'a', numero: 43 })])).toEqual([]);
  });

  it('reports two reports with the same URL segment, on the later file', () => {
    const errors = checkReports([
      entry('content/rapport/b/rapport.yaml', { chemin: 'rapport' }),
      entry('content/rapport/a/rapport.yaml', { chemin: 'rapport' }),
      entry('content/rapport/c/rapport.yaml', { chemin: 'autre' }),
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe('content/rapport/b/rapport.yaml');
    expect(errors[0]!.message).toContain('« rapport » est déjà le chemin de content/rapport/a/rapport.yaml');
  });

  it('reports a text whose file name does not follow from its body and number', () => {
    const errors = checkResolutions([
      entry('content/resolutions/pp-172.mdx', { organe: 'pp', numero: '173' }),
      entry('content/resolutions/pp-140.mdx', { organe: 'pp', numero: '140' }),
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('champ « numero » : ce texte doit s’appeler pp-173.mdx (organe pp, numéro 173)'),
    ]);
  });
});

describe('checks across collections', () => {
  const content = (): ContentEntries => ({
    rapports: [{ id: 'r' }],
    sections: [{ id: 's', filePath: 'content/rapport/r/01.mdx', data: { rapport: 'r' } }],
    reunions: [{ id: 'm', filePath: 'content/rapport/r/reunions/43.yaml', data: { rapport: 'r', numero: 43 } }],
    reunionsEnsemble: [],
    chronologies: [],
    glossaires: [{ id: 'g', filePath: 'content/glossaire/r.yaml', data: { rapport: 'r' } }],
    pages: [
      {
        id: 'p',
        filePath: 'content/rapport/r/pages/suivi.yaml',
        data: { rapport: 'r', parties: [{ points: [{ resolutions: ['pp-140'], reunion: 43 }] }] },
      },
    ],
    resolutions: [{ id: 'pp-140', filePath: 'content/resolutions/pp-140.mdx' }],
  });

  it('accept consistent content', () => {
    expect(checkAcrossCollections(content())).toEqual([]);
  });

  it('report a file naming a report that has no rapport.yaml', () => {
    const broken = { ...content(), rapports: [{ id: 'autre' }] };
    const messages = checkAcrossCollections(broken).map((e) => e.message);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toContain('content/rapport/r/01.mdx');
    expect(messages[0]).toContain('champ « rapport » : aucun rapport « r » (attendu : autre)');
  });

  it('report an editorial page naming a text or a meeting that does not exist, each with its field', () => {
    const broken = content();
    broken.pages = [
      {
        id: 'p',
        filePath: 'content/rapport/r/pages/suivi.yaml',
        data: { rapport: 'r', parties: [{ points: [{ resolutions: [] }, { resolutions: ['pp-999'], reunion: 44 }] }] },
      },
    ];
    const [error, ...others] = checkAcrossCollections(broken);
    expect(others).toEqual([]);
    expect(error!.file).toBe('content/rapport/r/pages/suivi.yaml');
    expect(error!.problems).toEqual([
      { field: 'parties.0.points.1.resolutions.0', message: 'aucun texte « pp-999 » dans content/resolutions/' },
      { field: 'parties.0.points.1.reunion', message: 'le rapport ne décrit pas de réunion 44' },
    ]);
  });

  it('look for a page’s meeting in its own report only', () => {
    const other = content();
    other.reunions = [{ id: 'm', filePath: 'content/rapport/s/reunions/43.yaml', data: { rapport: 's', numero: 43 } }];
    other.rapports = [{ id: 'r' }, { id: 's' }];
    expect(checkAcrossCollections(other).map((e) => e.message)).toEqual([
      expect.stringContaining('le rapport ne décrit pas de réunion 43'),
    ]);
  });
});
