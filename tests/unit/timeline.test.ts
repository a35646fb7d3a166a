import { describe, expect, it } from 'vitest';
import { requirePartialDate } from '../../src/lib/partial-dates';
import { sortEvents } from '../../src/lib/timeline';
import { checkReportOf, fileStem, reportFolderOf } from '../../src/lib/report-files';

const event = (libelle: string, debut: string, fin?: string) => ({
  libelle,
  debut: requirePartialDate(debut),
  fin: fin ? requirePartialDate(fin) : undefined,
});

describe('sortEvents', () => {
  it('orders events by the last day they may cover, rough dates at the end of their period', () => {
    const events = [
      event('Session du Conseil', '2026'),
      event('44e réunion', '2026-01-15', '2026-01-16'),
      event('Échéances', '2026-03'),
      event('Forum politique 2025', '2025'),
      event('Assemblée générale', '2025-12'),
      event('Forum du SMSI', '2025-07-07', '2025-07-11'),
      event('CSTD', '2025-04-07', '2025-04-11'),
      event('Sommet de l’avenir', '2024'),
    ];
    expect(sortEvents(events).map((e) => e.libelle)).toEqual([
      'Sommet de l’avenir',
      'CSTD',
      'Forum du SMSI',
      'Assemblée générale',
      'Forum politique 2025',
      '44e réunion',
      'Échéances',
      'Session du Conseil',
    ]);
  });

  it('breaks ties by first day, then by label, and leaves its input alone', () => {
    const events = [event('B', '2026'), event('A', '2026'), event('long', '2026-12-01', '2026-12-31')];
    expect(sortEvents(events).map((e) => e.libelle)).toEqual(['long', 'A', 'B']);
    expect(events.map((e) => e.libelle)).toEqual(['B', 'A', 'long']);
  });
});

describe('checkReportOf', () => {
  it('reads the report from a folder or a file name', () => {
    expect(reportFolderOf('tmp/x/rapport/gtc-smsi-odd-43-44/reunions/ensemble.yaml')).toBe('gtc-smsi-odd-43-44');
    expect(fileStem('content/glossaire/gtc-smsi-odd-43-44.yaml')).toBe('gtc-smsi-odd-43-44');
  });

  it('reports an entry whose `rapport` disagrees with its path', () => {
    const check = checkReportOf(reportFolderOf, 'son dossier');
    const entry = (rapport: string) => ({
      id: 'x',
      filePath: 'content/rapport/r-1/chronologie.yaml',
      data: { rapport },
    });
    expect(check([entry('r-1')])).toEqual([]);
    const [error] = check([entry('r-2')]);
    expect(error?.message).toContain('content/rapport/r-1/chronologie.yaml');
    expect(error?.message).toContain('champ « rapport » : « r-2 » ne correspond pas à son dossier (« r-1 »)');
  });
});
