/**
 * The one place where the build reads its environment: every variable below is
 * read once, here, checked with zod, and passed on as a typed value
 * (`astro.config.mjs`, the content collections, the pages). A wrong value stops
 * the build with a French message naming the variable. Each variable is
 * described in docs/deploiement.md (« Variables d'environnement »).
 */
import { z } from 'astro/zod';
import { parseWithFrenchErrors } from './lib/content-errors';

/** An unset variable and an empty one mean the same: the default. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const environment = z.object({
  SITE_URL: optional(
    z.string().refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), {
      message: 'adresse http:// ou https:// attendue, par exemple « https://exemple.org »',
    }),
  ),
  BASE_PATH: optional(
    z.string().refine((path) => path.startsWith('/'), 'chemin commençant par « / » attendu, par exemple « /gtc/ »'),
  ),
  CONTENT_DIR: optional(z.string()),
  OUT_DIR: optional(z.string()),
  CACHE_DIR: optional(z.string()),
  PARAGRAPH_PINS_ACCEPT: optional(z.enum(['0', '1'])),
  PARAGRAPH_PINS_RECORD: optional(z.string()),
});

/** What the build is told by its environment, with the defaults applied. */
export interface BuildConfig {
  /** The public origin (`SITE_URL`, https://host); without it nothing absolute is emitted. */
  site: string | undefined;
  /** The base path the site is served under (`BASE_PATH`, `/` by default). */
  base: string;
  /** Where the content lives (`CONTENT_DIR`, `content` by default). */
  contentDir: string;
  /** Where the built site goes (`OUT_DIR`, `./dist` by default). */
  outDir: string;
  /** Astro's cache (`CACHE_DIR`, `./node_modules/.astro` by default). */
  cacheDir: string;
  /** Set by `npm run permalinks`: record the paragraphs' pins, and with `--accepter` accept changed ones. */
  paragraphPins: { accept: boolean; record: string | undefined };
}

/**
 * Reads the build's configuration from an environment (`process.env` by
 * default), or throws one error naming every variable that is wrong.
 */
export function readConfig(env: Record<string, string | undefined> = process.env): BuildConfig {
  const parsed = parseWithFrenchErrors(environment, env);
  if (!parsed.ok) {
    const lines = parsed.problems.map((problem) => `  - ${problem.field} : ${problem.message}`);
    throw new Error(['Variables d’environnement invalides :', ...lines].join('\n'));
  }
  const vars = parsed.data;
  return {
    site: vars.SITE_URL,
    base: vars.BASE_PATH ?? '/',
    contentDir: vars.CONTENT_DIR ?? 'content',
    outDir: vars.OUT_DIR ?? './dist',
    cacheDir: vars.CACHE_DIR ?? './node_modules/.astro',
    paragraphPins: { accept: vars.PARAGRAPH_PINS_ACCEPT === '1', record: vars.PARAGRAPH_PINS_RECORD },
  };
}

/** This build's configuration. */
export const config: BuildConfig = readConfig();
