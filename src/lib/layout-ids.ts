/**
 * The ids the layout and the pages give their own elements (the skip link's
 * target `contenu`, the menus, the search dialog, the home page's parts…): a
 * heading of the content must never take one, or a link to it would land
 * elsewhere. Kept beside the views' ids by the build's check that no page uses
 * an id twice (`src/integrations/content-links.ts`).
 */
import { parseParagraphId } from './ids';

/** Ids written by the layout and the pages. */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  'contenu',
  'sommaire',
  'presidence',
  'reunions',
  'parcourir',
  'passages',
  'resultats',
  'q',
  'etat-recherche',
  'plus-de-resultats',
  'introuvable-recherche',
  'cites-avec',
]);

/** Prefixes of ids the layout and the pages compute (`menu-site`, `recherche-champ`, `sommaire-rapport`…). */
const LAYOUT_PREFIXES = ['menu-', 'recherche-', 'sommaire-', 'presidence-', 'ensemble-', 'passages-', 'rapport-'];

/**
 * Whether an id belongs to the layout or to the report's own numbering: a
 * layout id, a section id (`s7`) or a paragraph id (`p7-3`).
 */
export function isLayoutId(id: string): boolean {
  return (
    LAYOUT_IDS.has(id) ||
    LAYOUT_PREFIXES.some((prefix) => id.startsWith(prefix)) ||
    /^s\d+$/.test(id) ||
    parseParagraphId(id) !== undefined
  );
}
