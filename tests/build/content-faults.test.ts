import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runAstroIn } from '../helpers/project';
import type { AstroRun } from '../helpers/project';

/**
 * Content planted as an editor's mistake or a hostile pull request stops the
 * build, naming the file and the line or field of every fault. One `astro sync`
 * of a small committed fixture (tests/fixtures/sites/contenu-fautif) reports
 * them all at once: the content loader audits every collection (schemas,
 * checks across the entries of a collection and across collections, the
 * citations of each section against content/resolutions/) before any is
 * loaded. The test adds the byte-level faults to its copy.
 */
const work = mkdtempSync(resolve('tmp/content-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let run: AstroRun;
beforeAll(async () => {
  const project = copyProject(join(work, 'project'));
  const content = join(project, 'content');
  rmSync(content, { recursive: true, force: true });
  cpSync('tests/fixtures/sites/contenu-fautif', content, { recursive: true });
  // A second file for the same text, differing only in case.
  cpSync(join(content, 'resolutions/pp-140.mdx'), join(content, 'resolutions/PP-140.mdx'));
  // A Latin-1 byte in a section: « Secr\xE9tariat », byte 57 (after the 57 bytes of front matter and « Le Secr »).
  const section = join(content, 'rapport/mini/02-latin1.mdx');
  writeFileSync(
    section,
    Buffer.concat([
      Buffer.from('---\nrapport: mini\nnumero: 2\ntitre: "Latin-1"\n---\n\nLe Secr'),
      Buffer.from([0xe9]),
      Buffer.from('tariat a fait le point.\n'),
    ]),
  );
  run = await runAstroIn(project, 'sync');
}, 120_000);

/** The lines of the report about one file. */
function reportOf(file: string): string {
  const lines = run.output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`Contenu invalide dans ${file} :`));
  expect(start, `no report for ${file} in:\n${run.output}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('  - '));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

const SECTION = 'content/rapport/mini/01-texte.mdx';

describe('one build of planted faults', () => {
  it('stops', () => {
    expect(run.code, run.output).not.toBe(0);
  });

  it('a hand-written id in JSX, with its line', () => {
    expect(reportOf(SECTION)).toContain('ligne 9, entrée : <p> porte un id écrit à la main (« p1-3 »)');
  });

  it('ESM import, with its line', () => {
    expect(reportOf(SECTION)).toContain(
      "ligne 11, entrée : import/export interdit dans le contenu (« import { readFileSync } from 'node:fs' »)",
    );
  });

  it('expressions reading a file and the environment, and {1 + 1}, each named at its line', () => {
    const report = reportOf(SECTION);
    expect(report).toContain("ligne 13, entrée : expression « {readFileSync('/etc/passwd', 'utf8')} »");
    expect(report).toContain('ligne 13, entrée : expression « {process.env.HOME} »');
    expect(report).toContain('ligne 13, entrée : expression « {1 + 1} »');
  });

  it('an expression that would throw is reported against the source file and line, not a compiled chunk', () => {
    expect(reportOf(SECTION)).toContain("ligne 17, entrée : expression « {JSON.parse('pas du JSON')} »");
    expect(run.output).not.toMatch(/\.mjs/);
  });

  it('event handler and style attributes', () => {
    const report = reportOf(SECTION);
    expect(report).toContain('ligne 15, entrée : <sup> : attribut de gestionnaire d’événement « onClick » interdit');
    expect(report).toContain('ligne 15, entrée : élément <span> non autorisé');
    expect(report).toContain('ligne 15, entrée : <span> : attribut « style » interdit');
  });

  it('<iframe> and <script> at the end of a section', () => {
    expect(reportOf(SECTION)).toContain('ligne 19, entrée : élément <iframe> interdit');
    expect(reportOf(SECTION)).toContain('ligne 21, entrée : élément <script> interdit');
  });

  it('the same rules for the body of a resolution file', () => {
    expect(reportOf('content/resolutions/pp-172.mdx')).toContain('ligne 10, entrée : élément <object> interdit');
  });

  it('a javascript: link, a link with credentials, a link with a space', () => {
    expect(reportOf('content/resolutions/pp-140.mdx')).toContain(
      'champ « lienOfficiel » : seules les adresses https:// sont publiées (reçu : « javascript: »)',
    );
    expect(reportOf('content/resolutions/pp-172.mdx')).toContain(
      'champ « lienOfficiel » : adresse avec un identifiant ou un mot de passe',
    );
    expect(reportOf('content/resolutions/pp-71.mdx')).toContain('champ « lienOfficiel » : adresse avec une espace');
  });

  it('two files for the same text differing only in case, both named', () => {
    expect(reportOf('content/resolutions/PP-140.mdx, content/resolutions/pp-140.mdx')).toContain(
      'ne diffèrent que par la casse',
    );
  });

  it('a Latin-1 byte, with its byte offset and line', () => {
    expect(reportOf('content/rapport/mini/02-latin1.mdx')).toContain(
      'ligne 7, entrée : fichier qui n’est pas en UTF-8 : octet invalide à la position 57',
    );
  });

  it('an unquoted impossible date, with the reason, never read as another day', () => {
    expect(reportOf('content/rapport/mini/reunions/1.yaml')).toContain(
      'champ « debut » : le 30 février n’existe pas (« 2025-02-30 »)',
    );
  });

  it('a meeting that ends before it starts', () => {
    expect(reportOf('content/rapport/mini/reunions/2.yaml')).toContain(
      'champ « fin » : la date de fin précède la date de début',
    );
  });

  it('a month that does not exist, an event ending before it starts, a blank label', () => {
    const report = reportOf('content/rapport/mini/chronologie.yaml');
    expect(report).toContain('champ « evenements.0.debut » : le mois 13 n’existe pas');
    expect(report).toContain('champ « evenements.1.fin » : la date de fin précède la date de début');
    expect(report).toContain('champ « evenements.2.libelle » : texte vide ou fait seulement d’espaces');
  });

  it('a blank acronym, a lone punctuation mark, a blank expansion', () => {
    const report = reportOf('content/glossaire/mini.yaml');
    expect(report).toContain('champ « sigles.1.sigle » : sigle attendu');
    expect(report).toContain('champ « sigles.2.sigle » : sigle attendu');
    expect(report).toContain('champ « sigles.3.developpe » : texte vide');
  });

  it('French messages from the error map: a value outside its list, a number out of range', () => {
    expect(reportOf('content/glossaire/mini.yaml')).toContain(
      'champ « sigles.4.origine » : valeur attendue : « rapport » ou « usage » (reçu : « habitude »)',
    );
    expect(reportOf('content/rapport/mini/reunions/6.yaml')).toContain(
      'champ « numero » : nombre supérieur à 0 attendu (reçu : 0)',
    );
  });

  it('checks across the entries of a collection, in the same report: numbers used twice, a file in another report’s folder, a reused URL segment, a misnamed text', () => {
    expect(reportOf('content/rapport/mini/04-b.mdx')).toContain(
      'champ « numero » : numéro déjà utilisé dans le même rapport (mini § 3) par content/rapport/mini/03-a.mdx',
    );
    expect(reportOf('content/rapport/mini/reunions/4.yaml')).toContain(
      'champ « numero » : réunion 3 déjà décrite par content/rapport/mini/reunions/3.yaml',
    );
    expect(reportOf('content/rapport/mini/reunions/5.yaml')).toContain(
      'champ « rapport » : « autre » ne correspond pas à son dossier (« mini »)',
    );
    expect(reportOf('content/rapport/seconde/rapport.yaml')).toContain(
      'champ « chemin » : « mini » est déjà le chemin de content/rapport/mini/rapport.yaml',
    );
    expect(reportOf('content/resolutions/pp-1.mdx')).toContain('champ « numero » : ce texte doit s’appeler pp-2.mdx');
  });

  it('checks across collections: a report that does not exist, a text and a meeting an editorial page names', () => {
    expect(reportOf('content/rapport/mini/reunions/5.yaml')).toContain('champ « rapport » : aucun rapport « autre »');
    expect(reportOf('content/glossaire/inconnu.yaml')).toContain('champ « rapport » : aucun rapport « inconnu »');
    const page = reportOf('content/rapport/mini/pages/suivi.yaml');
    expect(page).toContain('champ « parties.0.points.0.resolutions.0 » : aucun texte « pp-999 »');
    expect(page).toContain('champ « parties.0.points.0.reunion » : le rapport ne décrit pas de réunion 99');
  });

  it('a citation of a text that has no entry in content/resolutions, with its line', () => {
    const report = reportOf('content/rapport/mini/05-citation.mdx');
    expect(report).toContain('ligne 7,');
    expect(report).toContain('« Résolution 999 (Rév. Kigali, 2022) »');
    expect(report).toContain('cmdt-999.mdx');
  });

  it('a missing site.yaml, with what it is for', () => {
    expect(reportOf('content/site.yaml')).toContain('entrée : fichier manquant : il décrit le site entier');
  });

  it('names no file that has no fault', () => {
    // The first report, a section and a meeting are clean; the clashes are reported on the later file.
    for (const clean of ['rapport/mini/rapport.yaml', 'rapport/mini/03-a.mdx', 'rapport/mini/reunions/3.yaml']) {
      expect(readFileSync(`tests/fixtures/sites/contenu-fautif/${clean}`, 'utf8')).toMatch(/\S/);
      expect(run.output).not.toContain(`Contenu invalide dans content/${clean}`);
    }
  });
});
