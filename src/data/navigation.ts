/**
 * The navigation of every page, from the content: the current report, its
 * parts and editorial pages, and the site-wide parts (`src/lib/navigation.ts`).
 */
import { buildOnce } from '../lib/build-once';
import { sharedParts, siteParts, type NavItem } from '../lib/navigation';
import { editorialPagePath } from '../lib/urls';
import { editorialPagesOf } from './editorial-pages';
import { currentReport, loadReports, type Report } from './reports';

export interface SiteNavigation {
  /** The report about the latest meetings. */
  report: Report;
  /** Every report, the newest first. */
  reports: Report[];
  /** The current report's editorial pages as menu items (`SMSI+20`). */
  editorialPages: NavItem[];
  /** Résolutions … Rechercher, the current report's editorial pages included. */
  shared: NavItem[];
  /** Rapport, Texte complet, then the shared parts. */
  all: NavItem[];
}

/** The navigation shared by every page; assembled once per build. */
export const loadNavigation = buildOnce(async (): Promise<SiteNavigation> => {
  const report = await currentReport();
  const editorialPages = (await editorialPagesOf(report)).map((page) => ({
    path: editorialPagePath(page.slug),
    label: page.menu,
  }));
  return {
    report,
    reports: (await loadReports()).toReversed(),
    editorialPages,
    shared: sharedParts(editorialPages),
    all: siteParts(report.data.chemin, editorialPages),
  };
});
