import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureSite, faultsOf, runAstroIn, type AstroRun } from '../helpers/project';

/**
 * Content planted as an editor's mistake or a hostile pull request (issue 19)
 * stops the build, naming the file and the line or field of every fault, in
 * French. One `astro sync` of a small committed fixture
 * (tests/fixtures/sites/contenu-fautif, see its README) reports them all at
 * once: the content loader audits every collection (bytes, MDX bodies,
 * schemas, checks across the entries of a collection and across collections,
 * the citations of each section against content/resolutions/) before any is
 * loaded. The test adds to its copy what the repository should not hold: a
 * Latin-1 byte, a file name differing only by case and a symbolic link leading
 * outside content/; then a second, quick `astro sync` of the same copy with an
 * invalid permalinks.json, which stops the configuration before any content
 * is read.
 */
const work = mkdtempSync(resolve('tmp/content-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let run: AstroRun;
let manifestRun: AstroRun;
beforeAll(async () => {
  const project = copyFixtureSite('contenu-fautif', join(work, 'project'));
  const content = join(project, 'content');
  // A second file for the same text, differing only in case.
  cpSync(join(content, 'resolutions/pp-141.mdx'), join(content, 'resolutions/PP-141.mdx'));
  // A Latin-1 byte in a section: « Secr\xE9tariat », byte 57 (after the 57 bytes of front matter and « Le Secr »).
  writeFileSync(
    join(content, 'rapport/mini/02-latin1.mdx'),
    Buffer.concat([
      Buffer.from('---\nrapport: mini\nnumero: 2\ntitre: "Latin-1"\n---\n\nLe Secr'),
      Buffer.from([0xe9]),
      Buffer.from('tariat a fait le point.\n'),
    ]),
  );
  symlinkSync('/etc/hostname', join(content, 'rapport/rapport-a/10-lien.mdx'));
  run = await runAstroIn(project, 'sync');
  writeFileSync(join(project, 'permalinks.json'), '{\n  "moved": {\n    "/a/": "/b/",\n  }\n}\n');
  manifestRun = await runAstroIn(project, 'sync');
}, 300_000);

/** The faults reported for one file, which must exist. */
function faults(file: string): string {
  const block = faultsOf(run, file);
  expect(block, `no fault named for ${file} in:\n${run.output}`).toBeDefined();
  return block!;
}

it('one astro sync stops on all of them', () => {
  expect(run.code, run.output).not.toBe(0);
});

const SECTION = 'content/rapport/mini/01-texte.mdx';

describe('an editor’s mistakes', () => {
  it('a hand-written id in JSX, with its line', () => {
    expect(faults(SECTION)).toContain('ligne 9, entrée : <p> porte un id écrit à la main (« p1-3 »)');
  });

  it('ESM import, with its line', () => {
    expect(faults(SECTION)).toContain(
      "ligne 11, entrée : import/export interdit dans le contenu (« import { readFileSync } from 'node:fs' »)",
    );
  });

  it('expressions reading a file and the environment, and {1 + 1}, each named at its line', () => {
    const report = faults(SECTION);
    expect(report).toContain("ligne 13, entrée : expression « {readFileSync('/etc/passwd', 'utf8')} »");
    expect(report).toContain('ligne 13, entrée : expression « {process.env.HOME} »');
    expect(report).toContain('ligne 13, entrée : expression « {1 + 1} »');
  });

  it('an expression that would throw is reported against the source file and line, not a compiled chunk', () => {
    expect(faults(SECTION)).toContain("ligne 17, entrée : expression « {JSON.parse('pas du JSON')} »");
    expect(run.output).not.toMatch(/\.mjs/);
  });

  it('event handler and style attributes', () => {
    const report = faults(SECTION);
    expect(report).toContain('ligne 15, entrée : <sup> : attribut de gestionnaire d’événement « onClick » interdit');
    expect(report).toContain('ligne 15, entrée : élément <span> non autorisé');
    expect(report).toContain('ligne 15, entrée : <span> : attribut « style » interdit');
  });

  it('<iframe> and <script> at the end of a section', () => {
    expect(faults(SECTION)).toContain('ligne 19, entrée : élément <iframe> interdit');
    expect(faults(SECTION)).toContain('ligne 21, entrée : élément <script> interdit');
  });

  it('the same rules for the body of a resolution file', () => {
    expect(faults('content/resolutions/pp-172.mdx')).toContain('ligne 10, entrée : élément <object> interdit');
  });

  it('a javascript: link, a link with credentials, a link with a space', () => {
    expect(faults('content/resolutions/pp-141.mdx')).toContain(
      'champ « lienOfficiel » : seules les adresses https:// sont publiées (reçu : « javascript: »)',
    );
    expect(faults('content/resolutions/pp-172.mdx')).toContain(
      'champ « lienOfficiel » : adresse avec un identifiant ou un mot de passe',
    );
    expect(faults('content/resolutions/pp-71.mdx')).toContain('champ « lienOfficiel » : adresse avec une espace');
  });

  it('two files for the same text differing only in case, both named', () => {
    expect(faults('content/resolutions/PP-141.mdx, content/resolutions/pp-141.mdx')).toContain(
      'ne diffèrent que par la casse',
    );
  });

  it('a Latin-1 byte, with its byte offset and line', () => {
    expect(faults('content/rapport/mini/02-latin1.mdx')).toContain(
      'ligne 7, entrée : fichier qui n’est pas en UTF-8 : octet invalide à la position 57',
    );
  });

  it('an unquoted impossible date, with the reason, never read as another day', () => {
    expect(faults('content/rapport/mini/reunions/1.yaml')).toContain(
      'champ « debut » : le 30 février n’existe pas (« 2025-02-30 »)',
    );
  });

  it('a meeting that ends before it starts', () => {
    expect(faults('content/rapport/mini/reunions/2.yaml')).toContain(
      'champ « fin » : la date de fin précède la date de début',
    );
  });

  it('a month that does not exist, an event ending before it starts, a blank label', () => {
    const report = faults('content/rapport/mini/chronologie.yaml');
    expect(report).toContain('champ « evenements.0.debut » : le mois 13 n’existe pas');
    expect(report).toContain('champ « evenements.1.fin » : la date de fin précède la date de début');
    expect(report).toContain('champ « evenements.2.libelle » : texte vide ou fait seulement d’espaces');
  });

  it('a blank acronym, a lone punctuation mark, a blank expansion', () => {
    const report = faults('content/glossaire/mini.yaml');
    expect(report).toContain('champ « sigles.1.sigle » : sigle attendu');
    expect(report).toContain('champ « sigles.2.sigle » : sigle attendu');
    expect(report).toContain('champ « sigles.3.developpe » : texte vide');
  });

  it('French messages from the error map: a value outside its list, a number out of range', () => {
    expect(faults('content/glossaire/mini.yaml')).toContain(
      'champ « sigles.4.origine » : valeur attendue : « rapport » ou « usage » (reçu : « habitude »)',
    );
    expect(faults('content/rapport/mini/reunions/6.yaml')).toContain(
      'champ « numero » : nombre supérieur à 0 attendu (reçu : 0)',
    );
  });

  it('checks across the entries of a collection, in the same report: numbers used twice, a file in another report’s folder, a reused URL segment, a misnamed text', () => {
    expect(faults('content/rapport/mini/04-b.mdx')).toContain(
      'champ « numero » : numéro déjà utilisé dans le même rapport (mini § 3) par content/rapport/mini/03-a.mdx',
    );
    expect(faults('content/rapport/mini/reunions/4.yaml')).toContain(
      'champ « numero » : réunion 3 déjà décrite par content/rapport/mini/reunions/3.yaml',
    );
    expect(faults('content/rapport/mini/reunions/5.yaml')).toContain(
      'champ « rapport » : « autre » ne correspond pas à son dossier (« mini »)',
    );
    expect(faults('content/rapport/seconde/rapport.yaml')).toContain(
      'champ « chemin » : « mini » est déjà le chemin de content/rapport/mini/rapport.yaml',
    );
    expect(faults('content/resolutions/pp-1.mdx')).toContain('champ « numero » : ce texte doit s’appeler pp-2.mdx');
  });

  it('checks across collections: a report that does not exist, a text and a meeting an editorial page names', () => {
    expect(faults('content/rapport/mini/reunions/5.yaml')).toContain('champ « rapport » : aucun rapport « autre »');
    expect(faults('content/glossaire/inconnu.yaml')).toContain('champ « rapport » : aucun rapport « inconnu »');
    const page = faults('content/rapport/mini/pages/suivi.yaml');
    expect(page).toContain('champ « parties.0.points.0.resolutions.0 » : aucun texte « pp-999 »');
    expect(page).toContain('champ « parties.0.points.0.reunion » : le rapport ne décrit pas de réunion 99');
  });

  it('a citation of a text that has no entry in content/resolutions, with its line', () => {
    const report = faults('content/rapport/mini/05-citation.mdx');
    expect(report).toContain('ligne 7,');
    expect(report).toContain('« Résolution 999 (Rév. Kigali, 2022) »');
    expect(report).toContain('cmdt-999.mdx');
  });

  it('a missing site.yaml, with what it is for', () => {
    expect(faults('content/site.yaml')).toContain('entrée : fichier manquant : il décrit le site entier');
  });

  it('names no file that has no fault', () => {
    // The first report, a section and a meeting are clean; the clashes are reported on the later file.
    for (const clean of ['rapport/mini/rapport.yaml', 'rapport/mini/03-a.mdx', 'rapport/mini/reunions/3.yaml']) {
      expect(readFileSync(`tests/fixtures/sites/contenu-fautif/content/${clean}`, 'utf8')).toMatch(/\S/);
      expect(run.output).not.toContain(`Contenu invalide dans content/${clean}`);
    }
  });
});

const REPORT = 'content/rapport/rapport-a';

describe('hostile content (issue 19)', () => {
  it.each([
    ['javascript:, in any case', 'ligne 7, entrée : protocole « javascript: » interdit'],
    ['javascript: written as a character reference', 'ligne 9, entrée : protocole « javascript: » interdit'],
    ['vbscript:', 'ligne 9, entrée : protocole « vbscript: » interdit'],
    ['file:', 'ligne 11, entrée : protocole « file: » interdit'],
    ['data:', 'ligne 11, entrée : protocole « data: » interdit'],
    ['credentials', 'ligne 13, entrée : adresse avec un identifiant ou un mot de passe'],
    ['an off-site image', 'ligne 15, entrée : image hors du site (« https://evil.example/t.png »)'],
    ['an image without alternative text', 'ligne 17, entrée : image sans texte de remplacement'],
    ['http:', 'ligne 19, entrée : protocole « http: » interdit'],
    ['a protocol-relative address', 'ligne 19, entrée : adresse sans protocole (« //evil.example/ »)'],
    ['whitespace', 'ligne 21, entrée : adresse avec une espace ou un caractère de contrôle'],
    ['a reference definition', 'ligne 23, entrée : protocole « javascript: » interdit'],
  ])('refuses a Markdown link or image: %s', (_, message) => {
    expect(faults(`${REPORT}/03-liens.mdx`)).toContain(message);
  });

  it('counts both javascript: links of line 7 and accepts https: and mailto:', () => {
    const block = faults(`${REPORT}/03-liens.mdx`);
    expect(block.match(/ligne 7, entrée : protocole « javascript: »/g)).toHaveLength(2);
    expect(block).not.toMatch(/ligne 21, entrée : (protocole|adresse électronique)/);
  });

  it('refuses paragraphs of a no-break space and of a zero-width space', () => {
    const block = faults(`${REPORT}/04-vides.mdx`);
    expect(block).toContain('ligne 11, entrée : paragraphe vide');
    expect(block).toContain('ligne 13, entrée : paragraphe vide');
    expect(block).not.toMatch(/ligne 9, entrée : paragraphe vide/);
  });

  it('refuses a repeated heading id naming both lines, an empty id and a layout id', () => {
    const block = faults(`${REPORT}/04-vides.mdx`);
    expect(block).toContain(
      'ligne 19, entrée : l’intertitre « Suivi » aurait le même id « s4-suivi » que celui de la ligne 15 : les ids sont publics, écrivez un intertitre distinct',
    );
    expect(block).toContain('ligne 23, entrée : l’intertitre « 🚀 » n’a pas d’id possible');
    expect(block).toContain(
      'ligne 25, entrée : l’intertitre « Menu » aurait l’id « menu-site », déjà pris par la mise en page',
    );
  });

  it('refuses bidi controls and look-alike letters with line and column, in MDX and YAML alike', () => {
    const block = faults(`${REPORT}/05-caracteres.mdx`);
    expect(block).toContain('ligne 7, colonne 10, entrée : caractère de contrôle bidirectionnel U+202E');
    expect(block).toContain('ligne 7, colonne 18, entrée : caractère de contrôle bidirectionnel U+202C');
    expect(block).toContain('ligne 9, colonne 4, entrée : mot qui mêle lettres latines et cyrilliques (« smsі »');
    expect(block).toContain('ligne 9, colonne 54, entrée : mot qui mêle lettres latines et grecques (« Οdd »');
    expect(faults(`${REPORT}/pages/suivi.yaml`)).toContain(
      'ligne 2, colonne 18, entrée : caractère de contrôle bidirectionnel U+202E',
    );
  });

  it('refuses lists nested deeper than ten levels, at the first level too deep', () => {
    expect(faults(`${REPORT}/06-profond.mdx`)).toContain(
      'ligne 17, entrée : listes ou citations imbriquées sur plus de 10 niveaux',
    );
  });

  it('says MDX syntax errors in French, with a hint that fits', () => {
    expect(faults(`${REPORT}/07-inferieur.mdx`)).toContain(
      'ligne 7, colonne 10, entrée : MDX illisible : « < » suivi de « 1 » est lu comme le début d’une balise : pour un signe inférieur, écrivez &lt; ou mettez une espace après « < »',
    );
    expect(faults(`${REPORT}/08-commentaire.mdx`)).toContain(
      'ligne 9, colonne 2, entrée : MDX illisible : commentaire HTML (<!-- … -->) : les commentaires ne sont pas permis dans le contenu, retirez-le',
    );
    expect(run.output).not.toMatch(/Unexpected character|\{\/\*/);
  });

  it('says that a front matter was never closed, not that its fields are missing', () => {
    const block = faults(`${REPORT}/09-ouvert.mdx`);
    expect(block).toContain('ligne 1, entrée : front matter jamais fermé');
    expect(block).not.toContain('champ obligatoire');
  });

  it('refuses a symbolic link leading outside content/', () => {
    expect(faults(`${REPORT}/10-lien.mdx`)).toContain(
      'entrée : lien symbolique vers « /etc/hostname », hors de content/',
    );
  });

  it('refuses file names that are not addresses: a space and uppercase, a Cyrillic letter', () => {
    expect(faults(`${REPORT}/pages/Mon Essai.yaml`)).toContain(
      'le nom du fichier « Mon Essai » devient une adresse du site : écrivez-le en lettres minuscules sans accents (a-z), chiffres et tirets simples, par exemple « mon-essai »',
    );
    expect(faults(`${REPORT}/pages/smsі-20.yaml`)).toContain(
      'le nom du fichier « smsі-20 » devient une adresse du site',
    );
  });

  it('refuses two files for the same text, naming both', () => {
    expect(faults('content/resolutions/pp-0140.mdx, content/resolutions/pp-140.mdx')).toContain(
      'champ « numero » : ces fichiers décrivent le même texte (pp 140) : gardez-en un seul',
    );
  });

  it('names no clean file', () => {
    for (const file of ['01-introduction.mdx', '02-reunions.mdx', 'rapport.yaml', 'chronologie.yaml']) {
      expect(faultsOf(run, `${REPORT}/${file}`), file).toBeUndefined();
    }
  });
});

describe('an invalid permalinks.json', () => {
  it('stops with a French error naming the file, its line and column', () => {
    expect(manifestRun.code, manifestRun.output).not.toBe(0);
    expect(manifestRun.output).toContain('permalinks.json illisible : JSON invalide ligne 4, colonne 3');
  });
});
