/**
 * The parts of the site every page reaches (header menu, footer site map, 404
 * page), and the short name of a report in breadcrumbs. Paths are site paths
 * (without base), labels French.
 */
import { completePath, reportPath } from './urls';

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

/** The site-wide parts, shared by every report. */
export const SITE_PARTS: readonly NavItem[] = [
  { path: 'resolutions/', label: 'Résolutions' },
  { path: 'reunions/', label: 'Réunions' },
  { path: 'smsi-20/', label: 'SMSI+20' },
  { path: 'chronologie/', label: 'Chronologie' },
  { path: 'glossaire/', label: 'Glossaire' },
  { path: 'recherche/', label: 'Rechercher' },
];

/** The eight parts of the site for the current report: Rapport … Rechercher. */
export function siteParts(chemin: string): NavItem[] {
  return [...reportParts(chemin), ...SITE_PARTS];
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
