import { beforeAll, describe, expect, it, vi } from 'vitest';
import { faultsOf, runFixtureSite, type AstroRun } from '../helpers/project';

/**
 * Broken content must stop the build with a message that names the file and
 * the field. Each fault lives in a small committed fixture site
 * (tests/fixtures/sites/<name>/content/), run through Astro with the project's
 * code. Every fault that the content loader's audit finds (schemas and the
 * checks across entries) is reported at once, so they share one site and one
 * `astro sync`; a citation of an unknown text is found while MDX compiles,
 * which stops the build before anything else, so it has a site of its own.
 */
// Each run is a whole Astro process; on a loaded 2-core machine one can take more than the default minute.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const REPORT = 'content/rapport/essai';

/** Expects the run to have failed and to name `file` with every part of `expected` in its block. */
function expectFaults(run: AstroRun, file: string, ...expected: (string | RegExp)[]) {
  expect(run.code, run.output).not.toBe(0);
  const faults = faultsOf(run, file);
  expect(faults, `no fault named for ${file} in:\n${run.output}`).toBeDefined();
  for (const part of expected) {
    if (typeof part === 'string') expect(faults).toContain(part);
    else expect(faults).toMatch(part);
  }
}

describe('faults the loader reports all at once (one astro sync of contenu-refuse)', () => {
  let run: AstroRun;
  beforeAll(async () => {
    run = await runFixtureSite('contenu-refuse', 'sync');
  });

  it.each([
    ['missing numero', `${REPORT}/01-sans-numero.mdx`, 'champ « numero » : champ obligatoire manquant'],
    ['wrong type', `${REPORT}/02-numero-en-lettres.mdx`, 'champ « numero » : type attendu : nombre, reçu : texte'],
    ['unknown field', `${REPORT}/03-champ-inconnu.mdx`, 'champ « auteur » : champ inconnu'],
    [
      'meeting dates that do not match the report’s wording',
      `${REPORT}/reunions/43.yaml`,
      'champ « dates » : ne correspond pas à « debut » et « fin »',
    ],
    [
      'a timeline date more precise than a real date',
      `${REPORT}/chronologie.yaml`,
      'champ « evenements.0.debut » : le jour 32 n’existe pas (« 2025-12-32 »)',
    ],
    [
      'a glossary expansion marked as the report’s without its paragraph',
      'content/glossaire/essai.yaml',
      'champ « sigles.0.source » : origine « rapport »',
    ],
    [
      'a resolutions entry whose file name does not follow from its body and number',
      'content/resolutions/pp-172.mdx',
      'champ « numero » : ce texte doit s’appeler pp-173.mdx',
    ],
  ])('%s', (_, file, message) => expectFaults(run, file, message));

  it('duplicate numero, naming both files', () => {
    expectFaults(
      run,
      `${REPORT}/05-numero-un-repris.mdx`,
      /champ « numero » : numéro déjà utilisé/,
      `${REPORT}/04-numero-un.mdx`,
    );
  });

  it('names no file that has no fault', () => {
    expect(faultsOf(run, `${REPORT}/rapport.yaml`), run.output).toBeUndefined();
    expect(faultsOf(run, `${REPORT}/04-numero-un.mdx`), run.output).toBeUndefined();
    expect(faultsOf(run, 'content/resolutions/pp-140.mdx'), run.output).toBeUndefined();
  });
});

describe('a fault found while MDX compiles (one astro build of citation-inconnue)', () => {
  it('a citation of a text that has no entry in content/resolutions, with its line', async () => {
    const run = await runFixtureSite('citation-inconnue', 'build');
    expectFaults(
      run,
      `${REPORT}/01-citation.mdx`,
      'ligne 7,',
      '« Résolution 999 (Rév. Kigali, 2022) »',
      'cmdt-999.mdx',
    );
  });
});

// The warning about a cited-texts entry that nothing cites is shown by the fixture site (tests/build/deux-rapports.test.ts).
