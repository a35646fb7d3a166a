import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { copyProject, editFile, runAstroIn } from '../helpers/project';

/**
 * Broken content must stop the build with a message that names the file and
 * the field. Each case copies the project, breaks one thing in its content,
 * and runs Astro on the copy.
 */
// Each case is a whole Astro run; on a loaded 2-core machine one can take more than the default minute.
vi.setConfig({ testTimeout: 180_000 });
const work = mkdtempSync(resolve('tmp/content-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = 'rapport/gtc-smsi-odd-43-44';

/** A project copy whose content has been changed by `edit` (paths relative to content/). */
function brokenContent(name: string, edit: (content: string) => void): string {
  const project = copyProject(join(work, name));
  edit(join(project, 'content'));
  return project;
}

function replaceIn(content: string, file: string, from: string | RegExp, to: string) {
  editFile(content, file.startsWith('resolutions/') ? file : `${REPORT}/${file}`, from, to);
}

async function expectFailure(command: 'sync' | 'build', project: string, ...expected: (string | RegExp)[]) {
  const run = await runAstroIn(project, command);
  expect(run.code, run.output).not.toBe(0);
  for (const part of expected) {
    if (typeof part === 'string') expect(run.output).toContain(part);
    else expect(run.output).toMatch(part);
  }
}

describe('content errors stop the build and name the file and field', () => {
  it('missing numero', async () => {
    const dir = brokenContent('missing', (d) => replaceIn(d, '07-examen-smsi-20.mdx', /^numero: 7\n/m, ''));
    await expectFailure(
      'sync',
      dir,
      `${REPORT}/07-examen-smsi-20.mdx`,
      'champ « numero » : champ obligatoire manquant',
    );
  });

  it('wrong type', async () => {
    const dir = brokenContent('type', (d) => replaceIn(d, '03-activites-uit.mdx', 'numero: 3', 'numero: trois'));
    await expectFailure(
      'sync',
      dir,
      `${REPORT}/03-activites-uit.mdx`,
      'champ « numero » : type attendu : number, reçu : string',
    );
  });

  it('unknown field', async () => {
    const dir = brokenContent('unknown', (d) =>
      replaceIn(d, '05-resolutions-processus.mdx', 'numero: 5', 'numero: 5\nauteur: X'),
    );
    await expectFailure('sync', dir, `${REPORT}/05-resolutions-processus.mdx`, 'champ « auteur » : champ inconnu');
  });

  it('duplicate numero', async () => {
    const dir = brokenContent('duplicate', (d) => replaceIn(d, '06-resolution-214-ia.mdx', 'numero: 6', 'numero: 4'));
    await expectFailure(
      'sync',
      dir,
      `${REPORT}/06-resolution-214-ia.mdx`,
      `${REPORT}/04-smsi-20-manifestation.mdx`,
      /champ « numero » : numéro déjà utilisé/,
    );
  });

  it('meeting dates that do not match the report’s wording', async () => {
    const dir = brokenContent('dates', (d) =>
      replaceIn(d, 'reunions/43.yaml', 'fin: "2025-09-10"', 'fin: "2025-09-11"'),
    );
    await expectFailure('sync', dir, `${REPORT}/reunions/43.yaml`, 'champ « dates »');
  });

  it('a citation of a text that has no entry in content/resolutions', async () => {
    const dir = brokenContent('citation', (d) =>
      replaceIn(
        d,
        '04-smsi-20-manifestation.mdx',
        'Pour ce qui concerne 2026,',
        'Vu la Résolution 999 (Rév. Kigali, 2022) de la CMDT, pour ce qui concerne 2026,',
      ),
    );
    await expectFailure(
      'build',
      dir,
      `${REPORT}/04-smsi-20-manifestation.mdx`,
      'ligne 11,',
      '« Résolution 999 (Rév. Kigali, 2022) »',
      'cmdt-999.mdx',
    );
  });

  it('a resolutions entry whose file name does not follow from its body and number', async () => {
    const dir = brokenContent('slug', (d) => replaceIn(d, 'resolutions/pp-172.mdx', 'numero: "172"', 'numero: "173"'));
    await expectFailure('sync', dir, 'resolutions/pp-172.mdx', 'champ « numero » : ce texte doit s’appeler pp-173.mdx');
  });
});

// The warning about a cited-texts entry that nothing cites is shown by the fixture site (tests/build/deux-rapports.test.ts).
