import { beforeAll, describe, expect, it } from 'vitest';
import { faultsOf, runFixtureSite, type AstroRun } from '../helpers/project';

/**
 * Internal links of the content must lead somewhere once the site is built:
 * one `astro build` of tests/fixtures/sites/liens-internes, whose section
 * `03-liens.mdx` links to pages, ids, a moved address and the page's own ids
 * (which hold) and to a section, a text and ids that do not exist (which stop
 * the build, all named at once with their file, line and column). The same
 * check refuses an id used twice on a built page; the real site passes it at
 * every build (tests/setup/build-and-serve.ts).
 */
const FILE = 'content/rapport/rapport-a/03-liens.mdx';

let run: AstroRun;
let faults = '';
beforeAll(async () => {
  run = await runFixtureSite('liens-internes', 'build');
  faults = faultsOf(run, FILE) ?? '';
});

describe('internal links checked against the built site', () => {
  it('stop the build', () => expect(run.code, run.output).not.toBe(0));

  it.each([
    [
      'a section that does not exist',
      'ligne 11, colonne 6, entrée : lien interne « /rapport/99/#p99-1 » : le site construit n’a pas de page /rapport/99/',
    ],
    [
      'a cited text that has no page',
      'ligne 13, colonne 6, entrée : lien interne « /resolutions/pp-999/ » : le site construit n’a pas de page /resolutions/pp-999/',
    ],
    [
      'an id missing from its page',
      'ligne 15, colonne 6, entrée : lien interne « /rapport/1/#absente » : la page /rapport/1/ n’a pas d’ancre « #absente »',
    ],
    [
      'an id of the page itself that no page has',
      'ligne 15, colonne 50, entrée : lien interne « #nulle-part » : aucune page du site n’a l’ancre « #nulle-part »',
    ],
  ])('name %s with its file, line and column', (_, message) => {
    expect(faults, run.output).toContain(message);
  });

  it('accept links to a page, an id, a moved address and the page’s own id', () => {
    expect(faults, run.output).not.toMatch(/ligne [79],/);
  });

  it('stop before the search index is built', () => {
    expect(run.output).not.toContain('[pagefind-index] search index');
  });
});
