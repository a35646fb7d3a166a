/**
 * Site paths. Every internal link goes through these helpers so that the site
 * works under a sub-path (`base`) and keeps its public URLs in one place.
 */
import { sectionId } from './ids';

/** Joins a base path (`/`, `/gtc-smsi-odd/`) and a site path (`rapport/7/`). */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** A site path under the configured base (`import.meta.env.BASE_URL`). */
export function sitePath(path: string): string {
  return withBase(import.meta.env.BASE_URL ?? '/', path);
}

/** Path of a report's landing page: `rapport/`. */
export function reportPath(chemin: string): string {
  return `${chemin}/`;
}

/** Path of a numbered section: `rapport/7/`. */
export function sectionPath(chemin: string, numero: number): string {
  return numero === 0 ? reportPath(chemin) : `${chemin}/${numero}/`;
}

/** Path of the whole report on one page: `rapport/complet/`. */
export function completePath(chemin: string): string {
  return `${chemin}/complet/`;
}

/** Path of a paragraph inside its section's page: `rapport/7/#p7-4` (the preamble: `rapport/#p0-1`). */
export function paragraphPath(chemin: string, numero: number, id: string): string {
  return `${sectionPath(chemin, numero)}#${id}`;
}

/** Fragment of a section's heading on the one-page report: `#s7`. */
export function sectionFragment(numero: number): string {
  return `#${sectionId(numero)}`;
}

/** Path of a cited text's page: `resolutions/pp-140/`. */
export function resolutionPath(slug: string): string {
  return `${PAGES.resolutions}${slug}/`;
}

/** Path of a meeting's page: `reunions/44/`. */
export function meetingPath(numero: number): string {
  return `${PAGES.reunions}${numero}/`;
}

/** Path of a report's editorial page (`content/rapport/<id>/pages/<slug>.yaml`): `smsi-20/`. */
export function editorialPagePath(slug: string): string {
  return `${slug}/`;
}

/** Path of a report's data in JSON: `rapport/rapport.json`. */
export function reportDataPath(chemin: string): string {
  return `${chemin}/rapport.json`;
}

/** Path of a report in Akoma Ntoso: `rapport/rapport.akn.xml`. */
export function reportAknPath(chemin: string): string {
  return `${chemin}/rapport.akn.xml`;
}

/** Path of a cited text's data in JSON: `resolutions/pp-140.json`. */
export function resolutionDataPath(slug: string): string {
  return `${PAGES.resolutions}${slug}.json`;
}

/** Path of the Atom feed of the reports citing a text: `resolutions/pp-140/flux.xml`. */
export function resolutionFeedPath(slug: string): string {
  return `${resolutionPath(slug)}flux.xml`;
}

/** Paths of the open data that do not depend on a report or a text (see `/donnees/`). */
export const DATA_PATHS = {
  index: 'donnees/index.json',
  reportsFeed: 'rapports.xml',
  schemas: {
    rapport: 'donnees/rapport.schema.json',
    resolution: 'donnees/resolution.schema.json',
    index: 'donnees/index.schema.json',
  },
} as const;

/** Paths of the site's own pages, whatever the reports. */
export const PAGES = {
  accueil: '',
  rapports: 'rapports/',
  resolutions: 'resolutions/',
  reunions: 'reunions/',
  chronologie: 'chronologie/',
  glossaire: 'glossaire/',
  recherche: 'recherche/',
  donnees: 'donnees/',
  sitemap: 'sitemap-index.xml',
  favicon: 'favicon.svg',
  ogImage: 'og.png',
} as const;

/**
 * Top-level path segments that pages of the site own; a report cannot use one
 * as its `chemin`, or its pages would be shadowed.
 */
export const RESERVED_SEGMENTS = [
  '404',
  '_astro',
  'chronologie',
  'donnees',
  'glossaire',
  'og.png',
  'pagefind',
  'r',
  'rapports',
  'recherche',
  'resolutions',
  'reunions',
  's',
] as const;

/**
 * The public, absolute address of a site path, or `undefined` when the build
 * has no public origin (`SITE_URL`): an address that needs the origin is then
 * left out rather than pointing at the build machine.
 */
export function publicUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(sitePath(path), site).href : undefined;
}
