/**
 * Atom feeds (RFC 4287) of the reports, written by the `feed` library: the
 * reports (`/rapports.xml`, one entry per report, the newest first) and, per
 * cited text, the reports that cite it (`/resolutions/pp-140/flux.xml`), so
 * that a delegation can follow « its » resolution across meetings.
 *
 * A feed needs absolute addresses: it is built only when the site knows its
 * public origin (`SITE_URL`). Every date comes from the content (a report's
 * date, else the last day of its last meeting): the library would otherwise
 * write the build's time. Ids are `tag:` URIs (RFC 4151) made of the site's
 * host, a date of the content and our stable ids, so they never change while
 * the host stays: `tag:exemple.org,2025-09-09:rapport/gtc-smsi-odd-43-44`.
 */
import { Feed } from 'feed';
import type { CitingReportInput, ReportInput, ResolutionInput } from './open-data-json';
import { paragraphLabel } from './ids';
import {
  DATA_PATHS,
  PAGES,
  paragraphPath,
  reportAknPath,
  reportDataPath,
  reportPath,
  resolutionDataPath,
  resolutionFeedPath,
  resolutionPath,
  withBase,
} from './urls';

/** An entry of a feed: every field required, the date an ISO day of the content. */
export interface FeedEntry {
  id: string;
  title: string;
  /** Absolute address of the entry's page. */
  link: string;
  /** ISO day (`2026-01-16`). */
  date: string;
  summary: string;
  /** HTML. */
  content?: string;
}

/** A feed: its id, title, pages, author, and its entries (the date of the feed is its newest entry's, or `date`). */
export interface FeedInput {
  id: string;
  title: string;
  subtitle: string;
  /** Absolute address of the page the feed follows, and of the feed itself. */
  link: string;
  self: string;
  author: string;
  entries: FeedEntry[];
  /** The feed's date when it has no entry (an ISO day of the content). */
  date: string;
}

/** The date of a report in the data: its own when the content gives one, else the last day of its last meeting. */
export function reportDate(report: Pick<ReportInput, 'id' | 'date' | 'reunions'>): string {
  const date = report.date ?? report.reunions.at(-1)?.fin;
  if (!date) throw new Error(`rapport ${report.id} : ni date ni réunion, le flux ne peut pas le dater`);
  return date;
}

/** A `tag:` URI (RFC 4151): `tag:exemple.org,2025-09-09:rapport/gtc-smsi-odd-43-44`. */
export function tagUri(site: URL, date: string, specific: string): string {
  return `tag:${site.hostname},${date}:${specific}`;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(date: string, what: string): Date {
  if (!ISO_DAY.test(date)) throw new Error(`${what} : date attendue AAAA-MM-JJ, reçu « ${date} »`);
  return new Date(`${date}T00:00:00Z`);
}

/** The Atom document of a feed; throws when an entry has no date (the library would write the build's time). */
export function atomXml(input: FeedInput): string {
  const dates = input.entries.map((entry) => day(entry.date, `entrée ${entry.id}`));
  const updated = dates.length > 0 ? new Date(Math.max(...dates.map(Number))) : day(input.date, input.id);
  const feed = new Feed({
    id: input.id,
    title: input.title,
    description: input.subtitle,
    link: input.link,
    feed: input.self,
    language: 'fr',
    updated,
    author: { name: input.author },
    generator: 'feed (https://github.com/jpmonette/feed)',
  });
  input.entries.forEach((entry, i) => {
    feed.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.link,
      date: dates[i]!,
      published: dates[i]!,
      description: entry.summary,
      ...(entry.content ? { content: entry.content } : {}),
    });
  });
  return `${feed.atom1()}\n`;
}

/** Absolute address of a site path under the base. */
function absolute(site: URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** The first meeting's day of a report: the date part of its `tag:` ids. */
function firstDay(report: Pick<ReportInput, 'id' | 'reunions'>): string {
  const first = report.reunions[0]?.debut;
  if (!first) throw new Error(`rapport ${report.id} : aucune réunion, pas d’identifiant de flux`);
  return first;
}

/**
 * The date part of the feeds' own `tag:` ids: the first meeting of the oldest
 * report, a date of the content that stays as reports are added.
 */
export function siteTagDate(reports: readonly Pick<ReportInput, 'id' | 'reunions'>[]): string {
  const oldest = reports[0];
  if (!oldest) throw new Error('aucun rapport : pas d’identifiant de flux');
  return firstDay(oldest);
}

/** `/rapports.xml`: one entry per report, the newest first (reports given oldest first, as `loadReports`). */
export function reportsFeed(site: URL, base: string, reports: readonly ReportInput[], who: string): string {
  const newestFirst = [...reports].reverse();
  const oldest = reports[0];
  if (!oldest) throw new Error('aucun rapport : pas de flux des rapports');
  return atomXml({
    id: tagUri(site, siteTagDate(reports), 'rapports'),
    title: `${who} : rapports`,
    subtitle: `Les rapports publiés sur ce site, le plus récent d’abord. Données : ${absolute(site, base, DATA_PATHS.index)}`,
    link: absolute(site, base, PAGES.rapports),
    self: absolute(site, base, DATA_PATHS.reportsFeed),
    author: who,
    date: reportDate(oldest),
    entries: newestFirst.map((report) => ({
      id: tagUri(site, firstDay(report), `rapport/${report.id}`),
      title: report.titreCourt,
      link: absolute(site, base, reportPath(report.chemin)),
      date: reportDate(report),
      summary: report.sousTitre,
      content:
        `<p>${escapeHtml(report.sousTitre)}</p>` +
        `<p>Données : <a href="${absolute(site, base, reportDataPath(report.chemin))}">JSON</a>, ` +
        `<a href="${absolute(site, base, reportAknPath(report.chemin))}">Akoma Ntoso</a></p>`,
    })),
  });
}

/**
 * `/resolutions/pp-140/flux.xml`: one entry per report citing the text (the
 * newest first), its passages as content. A text no report cites has an empty
 * feed dated by the newest report (`fallbackDate`).
 */
export function textFeed(
  site: URL,
  base: string,
  text: ResolutionInput,
  citing: readonly CitingReportInput[],
  context: { who: string; fallbackDate: string; tagDate: string },
): string {
  return atomXml({
    id: tagUri(site, context.tagDate, `texte/${text.slug}`),
    title: `${text.nom} : rapports qui la citent`,
    subtitle: `${text.citationComplete}. Données : ${absolute(site, base, resolutionDataPath(text.slug))}`,
    link: absolute(site, base, resolutionPath(text.slug)),
    self: absolute(site, base, resolutionFeedPath(text.slug)),
    author: context.who,
    date: context.fallbackDate,
    entries: citing.map(({ report, paragraphes }) => {
      const full = report;
      const count = paragraphes.length;
      return {
        id: tagUri(site, firstDay(full), `rapport/${report.id}/texte/${text.slug}`),
        title: `${report.titreCourt} : ${count} passage${count > 1 ? 's' : ''}`,
        link: absolute(site, base, `${resolutionPath(text.slug)}#passages`),
        date: reportDate(full),
        summary: paragraphes.map(({ paragraph }) => `§ ${paragraphLabel(paragraph.id)}`).join(', '),
        content: paragraphes
          .map(
            ({ numero, paragraph }) =>
              `<p><a href="${absolute(site, base, paragraphPath(report.chemin, numero, paragraph.id))}">§ ${paragraphLabel(paragraph.id)}</a> ${escapeHtml(paragraph.texte)}</p>`,
          )
          .join(''),
      };
    }),
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
