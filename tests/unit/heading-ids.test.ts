import { describe, expect, it } from 'vitest';
import { headingIdProblems } from '../../src/lib/heading-ids';
import { isLayoutId } from '../../src/lib/layout-ids';

const h = (text: string, line: number) => ({ text, line });

describe('headingIdProblems', () => {
  it('accepts distinct headings', () => {
    expect(headingIdProblems([h('Suivi', 3), h('Contexte', 5)], 8, {})).toEqual([]);
  });

  it('refuses a repeated id, naming both lines, with no suffix given', () => {
    expect(headingIdProblems([h('Suivi', 3), h('Suivi', 9)], 8, {})).toEqual([
      {
        field: '',
        line: 9,
        message:
          'l’intertitre « Suivi » aurait le même id « s8-suivi » que celui de la ligne 3 : les ids sont publics, écrivez un intertitre distinct',
      },
    ]);
    // Two texts, one slug.
    expect(headingIdProblems([h('Été', 3), h('ete', 4)], 8, {})).toHaveLength(1);
  });

  it('refuses a heading without letters or digits (an emoji)', () => {
    expect(headingIdProblems([h('🚀', 4)], 8, {})[0]!.message).toContain('n’a pas d’id possible');
  });

  it('refuses an anchor the layout already uses', () => {
    expect(headingIdProblems([h('Menu', 4)], 0, { Menu: 'menu-site' })[0]!.message).toContain(
      'aurait l’id « menu-site », déjà pris par la mise en page',
    );
    expect(headingIdProblems([h('Aller', 4)], 0, { Aller: 'contenu' })).toHaveLength(1);
  });

  it('leaves a preamble heading without anchor to rehype-heading-ids', () => {
    expect(headingIdProblems([h('Objet', 4)], 0, {})).toEqual([]);
  });
});

describe('isLayoutId', () => {
  it('knows the layout’s ids and the report’s numbering', () => {
    for (const id of ['contenu', 'menu-site', 'menu-rapport', 'recherche-champ', 's7', 'p7-3', 'p7-2a']) {
      expect(isLayoutId(id), id).toBe(true);
    }
    for (const id of ['objet', 'suite-a-donner', 'references', 's7-suivi']) expect(isLayoutId(id), id).toBe(false);
  });
});
