import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Size in bytes once compressed with gzip at level 9, as a static host would serve it (and as `npm run bench` reports). */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** The budget of one page, in KB of gzip. */
export interface PageBudget {
  html: number;
  css: number;
  jsBeforeInteraction: number;
}

/** budgets.json: the one place where the size limits are written. */
export interface Budgets {
  page: PageBudget;
  pages: Record<string, Partial<PageBudget>>;
  search: {
    /** The search code and the first full-text query, from a page already loaded. */
    codeAndFirstQuery: number;
    /** `/recherche/?q=140` opened cold: the page and everything its search downloads. */
    numberQueryPage: number;
    /** What an identifier query downloads before its text and passages are drawn (no Pagefind file). */
    identifierAnswer: number;
    /** Result fragments fetched before the reader asks for more (a count, not KB). */
    fragmentsBeforeMore: number;
  };
  /**
   * A section opened from an email: all responses of a cold load, and how many may block rendering. `siteUrl`: what a
   * deployed build's public origin adds to it (canonical, Open Graph and JSON-LD URLs…), which the tests' build, made
   * without SITE_URL, lacks; `npm run bench` measures it.
   */
  emailLink: { url: string; total: number; siteUrl: number; renderBlockingRequests: number };
}

export function readBudgets(file = 'budgets.json'): Budgets {
  return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}

/** The budget of a page (site path such as `rapport/7/`): the common one, with the page's own exceptions. */
export function budgetFor(budgets: Budgets, page: string): PageBudget {
  return { ...budgets.page, ...budgets.pages[page] };
}

/** What the first visit of a page downloads before any interaction, in gzip bytes, and the files it takes. */
export interface PageWeight {
  html: number;
  css: number;
  jsBeforeInteraction: number;
  files: string[];
  /** Requests that block the first rendering: linked stylesheets and classic scripts without `defer`/`async`. */
  renderBlocking: string[];
}

/** Static `import … from "./x.js"` and `import "./x.js"` of a bundled module (not the dynamic `import()` calls). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1]!,
  );
}

/**
 * The weight of a built page as a first visit downloads it: its HTML, every
 * stylesheet it links, and the scripts it runs before any interaction (each
 * `<script src>` and, transitively, their static imports; code loaded by
 * `import()` on demand is not counted). `dir` is the built site, served at `/`.
 */
export function pageWeight(dir: string, page: string): PageWeight {
  const html = readFileSync(join(dir, page === '' || page.endsWith('/') ? `${page}index.html` : page), 'utf8');
  const stylesheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(
    (tag) => /\bhref="([^"]+)"/.exec(tag[0])![1]!,
  );
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  const blockingScripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/\btype="module"|\bdefer\b|\basync\b/.test(match[0]))
    .map((match) => match[1]!);
  const seen = new Set<string>();
  const queue = [...scripts];
  let js = 0;
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dir, url));
    js += gzipSize(code);
    for (const imported of staticImports(code.toString())) queue.push(posix.resolve(posix.dirname(url), imported));
  }
  return {
    html: gzipSize(html),
    css: stylesheets.reduce((sum, href) => sum + gzipSize(readFileSync(join(dir, href))), 0),
    jsBeforeInteraction: js,
    files: [`/${page}`, ...stylesheets, ...seen],
    renderBlocking: [...stylesheets, ...blockingScripts],
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** Where a page exceeds its budget, as readable lines; none when it fits. */
export function overBudget(page: string, weight: PageWeight, budget: PageBudget): string[] {
  return (['html', 'css', 'jsBeforeInteraction'] as const)
    .filter((kind) => weight[kind] > budget[kind] * 1024)
    .map((kind) => `/${page}: ${kind} ${kb(weight[kind])} > ${budget[kind]} KB`);
}
