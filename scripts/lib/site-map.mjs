// Reading a built site as a map of public URLs and anchor ids, for the permalink manifest
// (scripts/permalinks.mjs) and the link crawler (tests). Plain JavaScript with JSDoc types,
// so that both the npm scripts and the TypeScript tests use the same code.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/**
 * Every HTML page of a built site, as public URL paths under `base`
 * (`/rapport/7/`, `/404.html`), Pagefind's files excepted.
 * @param {string} dir
 * @param {string} [base]
 * @returns {string[]}
 */
export function pagePaths(dir, base = '/') {
  /** @type {string[]} */
  const pages = [];
  const walk = (/** @type {string} */ folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) {
        pages.push(base + relative(dir, path).replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/**
 * The open data files of a built site (see /donnees/), as public URL paths under `base`
 * (`/rapport/rapport.json`, `/rapport/rapport.akn.xml`, `/donnees/index.json`): every `.json` and
 * `.xml` file except Pagefind's, the bundles, the sitemap and the search's own map (`recherche/`).
 * Feeds (`/rapports.xml`…) are among them when the build has a public origin (`SITE_URL`).
 * @param {string} dir
 * @param {string} [base]
 * @returns {string[]}
 */
export function dataPaths(dir, base = '/') {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative(dir, path);
      if (entry.isDirectory()) {
        if (!['pagefind', '_astro', 'recherche'].includes(rel)) walk(path);
      } else if (/\.(json|xml)$/.test(entry.name) && !/^sitemap-.*\.xml$/.test(rel)) {
        files.push(base + rel);
      }
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * The file a URL path is served from on a plain static host: `/rapport/7/`,
 * `/rapport/7` and `/rapport/7/index.html` all map to `rapport/7/index.html`.
 * @param {string} dir
 * @param {string} path URL path under base, without query or fragment
 * @param {string} [base]
 * @returns {string | undefined}
 */
export function fileFor(dir, path, base = '/') {
  if (!path.startsWith(base)) return undefined;
  const rest = decodeURIComponent(path.slice(base.length));
  const candidates =
    rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`, `${rest}.html`];
  for (const candidate of candidates) {
    const file = join(dir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** @type {Map<string, { ids: Set<string>, links: string[] }>} */
const cache = new Map();

/**
 * The ids and the internal references (links, stylesheets, scripts, images, meta refresh)
 * of an HTML file.
 * @param {string} file
 */
export function readHtml(file) {
  const known = cache.get(file);
  if (known) return known;
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const ids = new Set(selectAll('[id]', tree).map((node) => String(node.properties.id)));
  const links = [
    ...selectAll('a[href], link[href]', tree)
      .filter((node) => !['canonical', 'alternate'].includes(String(node.properties.rel ?? '')))
      .map((node) => String(node.properties.href)),
    ...selectAll('script[src], img[src], source[src]', tree).map((node) => String(node.properties.src)),
    ...selectAll('meta[http-equiv="refresh"]', tree).map((node) =>
      String(node.properties.content).replace(/^\d+;\s*url=/i, ''),
    ),
  ];
  const read = { ids, links };
  cache.set(file, read);
  return read;
}

/**
 * The public URLs of a built site with their anchor ids, as stored in permalinks.json.
 * @param {string} dir
 * @param {string} [base]
 * @returns {Record<string, string[]>}
 */
export function siteAnchors(dir, base = '/') {
  /** @type {Record<string, string[]>} */
  const anchors = {};
  for (const page of pagePaths(dir, base)) {
    if (page.endsWith('/404.html')) continue;
    anchors[page] = [...readHtml(/** @type {string} */ (fileFor(dir, page, base))).ids].sort();
  }
  return anchors;
}

/**
 * Every internal reference of the site that does not resolve: a missing page or file, or a
 * `#fragment` that names no id on its target page. External (http:, mailto:) references are
 * left to other checks.
 * @param {string} dir
 * @param {string} [base]
 * @returns {string[]} problems, as « page → reference : what is wrong »
 */
export function brokenLinks(dir, base = '/') {
  /** @type {string[]} */
  const problems = [];
  for (const page of pagePaths(dir, base)) {
    const file = /** @type {string} */ (fileFor(dir, page, base));
    for (const link of readHtml(file).links) {
      if (/^(https?:|mailto:|tel:|data:)/i.test(link) || link.startsWith('//')) continue;
      const url = new URL(link, `http://site.invalid${page}`);
      const target = url.pathname === page ? file : fileFor(dir, url.pathname, base);
      if (!target) {
        problems.push(`${page} → ${link} : aucune page ni fichier`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !fragment.startsWith(':~:') && target.endsWith('.html') && !readHtml(target).ids.has(fragment)) {
        problems.push(`${page} → ${link} : aucun id « ${fragment} » dans la page`);
      }
    }
  }
  return problems;
}

/**
 * Compares the permalink manifest with a built site: every listed URL must still be served
 * and every listed id must still be on its page, unless `moved` maps it to a target that
 * exists (`"/ancien/": "/nouveau/"`, `"/rapport/7/#p7-9": "/rapport/7/#p7-4"`); every listed
 * data file (`donnees`) must still be served, unless `moved` maps it to one that is.
 * @param {{ pages: Record<string, string[]>, donnees?: string[], moved?: Record<string, string> }} manifest
 * @param {string} dir
 * @param {string} [base]
 * @returns {string[]} problems
 */
export function missingPermalinks(manifest, dir, base = '/') {
  /** @type {string[]} */
  const problems = [];
  const moved = manifest.moved ?? {};
  const resolves = (/** @type {string} */ address) => {
    const url = new URL(address, 'http://site.invalid');
    const file = fileFor(dir, base + url.pathname.slice(1), base);
    const id = decodeURIComponent(url.hash.slice(1));
    return Boolean(file) && (!id || readHtml(/** @type {string} */ (file)).ids.has(id));
  };
  for (const file of manifest.donnees ?? []) {
    if (fileFor(dir, base + file.slice(1), base)) continue;
    if (moved[file] && resolves(moved[file])) continue;
    problems.push(`${file} : ce fichier de données publié n’est plus servi (ajoutez une redirection dans « moved »)`);
  }
  for (const [page, ids] of Object.entries(manifest.pages)) {
    const file = fileFor(dir, base + page.slice(1), base);
    if (!file) {
      if (moved[page] && resolves(moved[page])) continue;
      problems.push(`${page} : cette adresse publiée n’est plus servie (ajoutez une redirection dans « moved »)`);
      continue;
    }
    const present = readHtml(file).ids;
    for (const id of ids) {
      if (present.has(id)) continue;
      const to = moved[`${page}#${id}`];
      if (to && resolves(to)) continue;
      problems.push(
        `${page}#${id} : cet id publié a disparu de la page (ajoutez-le à « moved » avec sa nouvelle cible)`,
      );
    }
  }
  return problems;
}
