import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureSite, editFile, runAstroIn, type AstroRun } from '../helpers/project';
import { idsOf, listPages, parsePage, select, selectAll, toText } from '../helpers/site';

/**
 * Published paragraph ids are pinned by fingerprint (permalinks.json), not by
 * position. The fixture site `tests/fixtures/sites/paragraphes-epingles/` has
 * its own permalinks.json, written by `npm run permalinks` for its content.
 * The test edits its copy as an editor would: paragraphs inserted in section 2
 * (before the first, and after p2-1), a typography-only edit in section 1, one
 * paragraph of the preamble changed and one removed. The build stops on the
 * change and the removal only; `npm run permalinks -- --accepter` records them;
 * the next build passes, with the inserted paragraphs lettered and the others
 * unchanged.
 */
const FIXTURE = 'tests/fixtures/sites/paragraphes-epingles';
const work = mkdtempSync(resolve('tmp/paragraph-pins-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = 'content/rapport/essai';
let project: string;
let refused: AstroRun;
let accepted: Pick<AstroRun, 'code' | 'output'>;
let rebuilt: AstroRun;

beforeAll(async () => {
  project = copyFixtureSite('paragraphes-epingles', join(work, 'project'));
  editFile(project, `${REPORT}/02-travaux.mdx`, /\nVingt-six/, '\nUn paragraphe ajouté en tête.\n\nVingt-six');
  editFile(
    project,
    `${REPORT}/02-travaux.mdx`,
    'la réunion.\n\n',
    'la réunion.\n\nUn paragraphe inséré après 2.1.\n\n',
  );
  editFile(project, `${REPORT}/01-introduction.mdx`, "L'UIT a contribué", 'L’UIT a contribué');
  editFile(project, `${REPORT}/00-preambule.mdx`, 'invité à prendre note du', 'invité à approuver le');
  editFile(
    project,
    `${REPORT}/00-preambule.mdx`,
    'Plates-formes fédératrices, partenariats et coopération internationale.\n',
    '',
  );
  refused = await runAstroIn(project, 'build');
  // The script builds in its own folders of the copy (tmp/), as a developer would run it; asynchronously,
  // so that the hook's timeout can fire, and killed if it hangs.
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [resolve('scripts/permalinks.mjs'), '--accepter'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 300_000,
    });
    accepted = { code: 0, output: stdout };
  } catch (error) {
    accepted = {
      code: 1,
      output: String((error as { stdout?: string }).stdout) + String((error as { stderr?: string }).stderr),
    };
  }
  rebuilt = await runAstroIn(project, 'build');
}, 600_000);

describe('a changed or removed published paragraph', () => {
  it('stops the build, naming the file and listing each id with its old and new first words', () => {
    expect(refused.code, refused.output).not.toBe(0);
    expect(refused.output).toContain(`Contenu invalide dans ${REPORT}/00-preambule.mdx`);
    expect(refused.output).toContain(
      'le paragraphe p0-2 a changé : « Le Conseil est invité à prendre note du… » devient « Le Conseil est invité à approuver le présent… »',
    );
    expect(refused.output).toContain(
      'le paragraphe p0-3 a disparu : « Plates-formes fédératrices, partenariats et coopération internationale. »',
    );
    expect(refused.output).toContain('npm run permalinks -- --accepter');
  });

  it('does not count an insertion or a typography change', () => {
    expect(refused.output).not.toMatch(/p[12]-\d+ a (changé|disparu)/);
  });

  it('is recorded by npm run permalinks -- --accepter, with the old fingerprint in the history', () => {
    expect(accepted.code, accepted.output).toBe(0);
    const manifest = JSON.parse(readFileSync(join(project, 'permalinks.json'), 'utf8'));
    const history = manifest.historique as {
      id: string;
      avant: { empreinte: string; debut: string };
      apres: unknown;
    }[];
    expect(history.map((h) => h.id)).toEqual(['p0-2', 'p0-3']);
    const before = JSON.parse(readFileSync(join(FIXTURE, 'permalinks.json'), 'utf8')).paragraphes.essai;
    expect(history[0]!.avant.empreinte).toBe(before['p0-2'].empreinte);
    expect(history[0]!.apres).toMatchObject({ debut: 'Le Conseil est invité à approuver le présent…' });
    expect(history[1]!.apres).toBeNull();
    const pins = manifest.paragraphes.essai;
    expect(pins['p0-3'].retire).toBe(true);
    expect(Object.keys(pins).filter((id) => id.startsWith('p2-'))).toEqual(['p2-0a', 'p2-1', 'p2-1a', 'p2-2', 'p2-3']);
  });

  it('builds after it is accepted', () => {
    expect(rebuilt.code, rebuilt.output).toBe(0);
  });

  it('leaves a removed paragraph’s link on its section, with a short notice', () => {
    const page = parsePage('rapport/', join(project, 'dist'));
    const notice = select('#p0-3', page)!;
    expect(notice.tagName).toBe('div');
    expect(notice.properties.className).toContain('paragraphe-retire');
    expect(toText(notice)).toBe('Le paragraphe 0.3 a été retiré du rapport par un corrigendum.');
    expect(toText(select('#p0-2', page)!)).toContain('Le Conseil est invité à approuver le présent document.');
    expect(idsOf(page).filter((id) => id.startsWith('p0-'))).toEqual(['p0-1', 'p0-2', 'p0-3', 'p0-4', 'p0-5']);
  });
});

describe('an inserted paragraph', () => {
  it('gets the id before it plus a letter, shown and linkable, the others unchanged', () => {
    const page = parsePage('rapport/2/', join(project, 'dist'));
    expect(idsOf(page).filter((id) => /^p2-/.test(id))).toEqual(['p2-0a', 'p2-1', 'p2-1a', 'p2-2', 'p2-3']);
    expect(toText(select('#p2-0a', page)!)).toContain('Un paragraphe ajouté en tête.');
    expect(toText(select('#p2-1', page)!)).toContain('Vingt-six (26) contributions');
    expect(toText(select('#p2-1a', page)!)).toContain('Un paragraphe inséré après 2.1.');
    const link = select('#p2-1a > a.ancre', page)!;
    expect(link.properties.href).toBe('#p2-1a');
    expect(link.properties.dataNum).toBe('2.1a');
    expect(listPages(join(project, 'dist'))).toContain('s/2.1a/');
    expect(listPages(join(project, 'dist'))).toContain('s/2.0a/');
  });

  it('keeps every id of a section whose only change is typography', () => {
    const page = parsePage('rapport/1/', join(project, 'dist'));
    expect(selectAll('[id^="p1-"]', page).map((n) => n.properties.id)).toEqual(['p1-1', 'p1-2']);
    expect(toText(select('#p1-2', page)!)).toContain('L’UIT a contribué');
  });
});
