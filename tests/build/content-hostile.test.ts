import { symlinkSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureSite, faultsOf, runAstroIn, type AstroRun } from '../helpers/project';

/**
 * Hostile content (issue 19) stops the build with every fault named at once:
 * one `astro sync` of the committed fixture tests/fixtures/sites/contenu-hostile
 * (see its README), to which the test adds a symbolic link leading outside
 * content/; then a second, quick `astro sync` of the same copy with an invalid
 * permalinks.json, which stops the configuration before any content is read.
 * Each fault is asserted with its file, its line (and column) and the rule, in French.
 */
const work = mkdtempSync(resolve('tmp/content-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = 'content/rapport/rapport-a';
let run: AstroRun;
let manifestRun: AstroRun;
beforeAll(async () => {
  const project = copyFixtureSite('contenu-hostile', join(work, 'project'));
  symlinkSync('/etc/hostname', join(project, REPORT, '10-lien.mdx'));
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

describe('hostile content, one astro sync', () => {
  it('stops', () => expect(run.code, run.output).not.toBe(0));

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
