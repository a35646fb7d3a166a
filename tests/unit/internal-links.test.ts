import { describe, expect, it } from 'vitest';
import { brokenLinks, linkProblem, repeatedIds, type BuiltSite, type RecordedLink } from '../../src/lib/internal-links';

const site: BuiltSite = {
  pages: new Map([
    ['/rapport/7/', new Set(['contenu', 'p7-3'])],
    ['/glossaire/', new Set(['smsi'])],
  ]),
  files: new Set(['/rapport/rapport.json']),
  moved: { '/ancienne/': '/rapport/7/', '/rapport/7/#p7-9': '/rapport/7/#p7-3' },
};
const link = (url: string, path: string, fragment?: string): RecordedLink => ({
  file: 'content/x.mdx',
  line: 3,
  column: 5,
  path,
  fragment,
  url,
});

describe('internal links against the built site', () => {
  it('hold when the page, the file, the id or a moved address exists', () => {
    expect(linkProblem(link('/rapport/7/#p7-3', '/rapport/7/', 'p7-3'), site)).toBeUndefined();
    expect(linkProblem(link('/rapport/7', '/rapport/7'), site)).toBeUndefined();
    expect(linkProblem(link('/rapport/rapport.json', '/rapport/rapport.json'), site)).toBeUndefined();
    expect(linkProblem(link('/ancienne/#p7-3', '/ancienne/', 'p7-3'), site)).toBeUndefined();
    expect(linkProblem(link('/rapport/7/#p7-9', '/rapport/7/', 'p7-9'), site)).toBeUndefined();
    expect(linkProblem(link('#smsi', '', 'smsi'), site)).toBeUndefined();
  });

  it('are refused, with file, line and column, when they lead nowhere', () => {
    const errors = brokenLinks(
      [link('/rapport/99/#p99-1', '/rapport/99/', 'p99-1'), link('/rapport/7/#absente', '/rapport/7/', 'absente')],
      site,
    );
    expect(errors.map((error) => error.message)).toEqual([
      'Contenu invalide dans content/x.mdx :\n' +
        '  - ligne 3, colonne 5, entrée : lien interne « /rapport/99/#p99-1 » : le site construit n’a pas de page /rapport/99/\n' +
        '  - ligne 3, colonne 5, entrée : lien interne « /rapport/7/#absente » : la page /rapport/7/ n’a pas d’ancre « #absente »',
    ]);
  });
});

describe('repeatedIds (the build refuses a page that uses an id twice)', () => {
  it('finds a planted duplicate, once', () => {
    expect(repeatedIds(['p7-3', 'p7-4', 'p7-3', 'p7-3'])).toEqual(['p7-3']);
    expect(repeatedIds(['contenu', 'menu-site'])).toEqual([]);
  });
});
