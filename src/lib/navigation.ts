/**
 * The parts of the site every page reaches (header menu, footer site map, 404
 * page), and the short name of a report in breadcrumbs. Paths are site paths
 * (without base), labels French.
 */
import { completePath, PAGES, reportPath, sectionFragment, sectionPath } from './urls';

export interface NavItem {
  path: string;
  label: string;
}

/** The parts of one report: its landing page (preamble and contents) and the one-page text. */
export function reportParts(chemin: string): NavItem[] {
  return [
    { path: reportPath(chemin), label: 'Rapport' },
    { path: completePath(chemin), label: 'Texte complet' },
  ];
}

/** Where a page sits in its report, for its contents: the landing page, a numbered section, or the full text. */
export type ReportPlace = 'accueil' | 'complet' | number;

/** One line of a report's contents: a link, and its section number when it is a numbered section. */
export interface ContentsItem extends NavItem {
  numero?: number;
  /** `page` on the page being read (its own section, or the full text). */
  current?: 'page';
  /** On the full text, a section's heading in the page (`#s7`), instead of its own page. */
  fragment?: string;
}

/**
 * A report's contents, for the contents panel and the menu: its landing page
 * (« Préambule et sommaire », or « Sommaire » without a preamble), each
 * numbered section, then the full text. On the full text (`place` is
 * `'complet'`), sections link to their headings in the page (`#s7`).
 */
export function reportContents(
  chemin: string,
  sections: readonly { numero: number; titre: string }[],
  place: ReportPlace | undefined,
  hasPreamble: boolean,
): ContentsItem[] {
  const here = (match: boolean) => (match ? { current: 'page' as const } : {});
  return [
    {
      path: reportPath(chemin),
      label: hasPreamble ? 'Préambule et sommaire' : 'Sommaire',
      ...here(place === 'accueil'),
    },
    ...sections.map(({ numero, titre }) => ({
      path: sectionPath(chemin, numero),
      ...(place === 'complet' && { fragment: sectionFragment(numero) }),
      label: titre,
      numero,
      ...here(place === numero),
    })),
    { path: completePath(chemin), label: 'Texte complet', ...here(place === 'complet') },
  ];
}

/**
 * The site-wide parts, with the editorial pages of the current report
 * (`content/rapport/<id>/pages/`, such as `{ path: 'smsi-20/', label: 'SMSI+20' }`)
 * after the meetings: Résolutions, Réunions, …, Chronologie, Glossaire, Rechercher.
 */
export function sharedParts(editorialPages: readonly NavItem[] = []): NavItem[] {
  return [
    { path: PAGES.resolutions, label: 'Résolutions' },
    { path: PAGES.reunions, label: 'Réunions' },
    ...editorialPages,
    { path: PAGES.chronologie, label: 'Chronologie' },
    { path: PAGES.glossaire, label: 'Glossaire' },
    { path: PAGES.recherche, label: 'Rechercher' },
    { path: PAGES.rapports, label: 'Tous les rapports' },
  ];
}

/** The parts of the site for the current report: Rapport … Rechercher (eight with one editorial page). */
export function siteParts(chemin: string, editorialPages: readonly NavItem[] = []): NavItem[] {
  return [...reportParts(chemin), ...sharedParts(editorialPages)];
}

/**
 * Short name of a report from the meetings it covers, for breadcrumbs and
 * menus: `[43, 44]` → `Rapport 43–44`, `[45]` → `Rapport 45`.
 */
export function reportShortLabel(meetingNumbers: readonly number[]): string {
  const sorted = [...meetingNumbers].sort((a, b) => a - b);
  if (sorted.length === 0) return 'Rapport';
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  return first === last ? `Rapport ${first}` : `Rapport ${first}–${last}`;
}

/** `aria-current` for a navigation link: `page` on the page itself, `true` inside its part of the site. */
export function currentState(itemPath: string, current: string | undefined): 'page' | 'true' | undefined {
  if (current === undefined) return undefined;
  if (current === itemPath) return 'page';
  return itemPath !== '' && current.startsWith(itemPath) ? 'true' : undefined;
}

/** One step of a breadcrumb trail; the last one is the page itself and needs no path. */
export interface Crumb {
  label: string;
  path?: string;
}
