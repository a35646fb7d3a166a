/**
 * Internal links of the content, checked against the built site: every link
 * to `/…` must lead to a page or a file the build wrote, or to a published
 * address that moved (`permalinks.json`'s `moved`), and its fragment to an id
 * of the page it lands on. The positions are recorded while MDX compiles
 * (`remark-internal-links`); the check runs once the pages exist
 * (`src/integrations/content-links.ts`).
 */
import { ContentError, type ContentProblem } from './content-errors';

/** An internal link as the compiler saw it: its file, place, and where it leads (without the base path). */
export interface RecordedLink {
  file: string;
  line: number | undefined;
  column: number | undefined;
  /** The site path (`/rapport/7/`), or '' for a fragment of the page itself (`#p7-3`). */
  path: string;
  fragment: string | undefined;
  /** What the editor wrote. */
  url: string;
}

/** The built site as the check reads it. */
export interface BuiltSite {
  /** The ids of each built HTML page, by site path (`/rapport/7/`). */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every other file the build wrote, by site path (`/rapport/rapport.json`). */
  files: ReadonlySet<string>;
  /** Published addresses that moved, old → new (`permalinks.json`'s `moved`). */
  moved: Readonly<Record<string, string>>;
}

/** The site path of a page a link names: `/rapport/7` and `/rapport/7/index.html` are `/rapport/7/`. */
function pageKey(path: string): string {
  const page = path.replace(/\/index\.html$/, '/');
  return page.endsWith('/') || /\.[a-z0-9]+$/i.test(page) ? page : `${page}/`;
}

/** Why one link does not hold, or undefined when it does. */
export function linkProblem(link: RecordedLink, site: BuiltSite): string | undefined {
  const fragment = link.fragment ? `#${link.fragment}` : '';
  if (link.path === '') {
    const somewhere = [...site.pages.values()].some((ids) => ids.has(link.fragment ?? ''));
    return link.fragment === undefined || somewhere
      ? undefined
      : `lien interne « ${link.url} » : aucune page du site n’a l’ancre « ${fragment} »`;
  }
  if (Object.hasOwn(site.moved, `${link.path}${fragment}`)) return undefined;
  const key = pageKey(link.path);
  const movedTo = Object.hasOwn(site.moved, key) ? site.moved[key]! : undefined;
  const target = movedTo ? pageKey(movedTo.split('#')[0]!) : key;
  const ids = site.pages.get(target);
  if (!ids) {
    return site.files.has(link.path) && !link.fragment
      ? undefined
      : `lien interne « ${link.url} » : le site construit n’a pas de page ${key}`;
  }
  if (link.fragment && !ids.has(link.fragment)) {
    return `lien interne « ${link.url} » : la page ${target} n’a pas d’ancre « ${fragment} »`;
  }
  return undefined;
}

/** Every link that does not hold, as one error per file, each problem with its line. */
export function brokenLinks(links: readonly RecordedLink[], site: BuiltSite): ContentError[] {
  const byFile = new Map<string, ContentProblem[]>();
  for (const link of links) {
    const message = linkProblem(link, site);
    if (!message) continue;
    const problem: ContentProblem = {
      field: '',
      line: link.line,
      ...(link.column ? { column: link.column } : {}),
      message,
    };
    byFile.set(link.file, [...(byFile.get(link.file) ?? []), problem]);
  }
  return [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, problems]) => new ContentError(file, problems));
}

/**
 * The ids used more than once in a page, each once, in order:
 * `['a', 'b', 'a', 'a']` → `['a']`. Ids are anchors: a repeated one sends a
 * link to the first only.
 */
export function repeatedIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}
