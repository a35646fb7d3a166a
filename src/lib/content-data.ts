/**
 * The few fields of `content/` that plugins need while MDX compiles, when they
 * cannot query collections: taken from the data the one reader read
 * (`src/loaders/reader.ts`, `contentData`), which `astro.config.mjs` passes in
 * as options. The collections' schemas still validate these files; entries
 * that are not well-formed are skipped here and reported by the loaders' audit.
 */
import { isBodyId } from './bodies';
import type { CitableText } from './citations';
import type { Term } from './glossary';
import { baseNumber } from './identifiers';

/**
 * The body and number of every cited text (the front matter of
 * `content/resolutions/*.mdx`), for the citation plugin: `{ organe: pp,
 * numero: "140" }` → `{ body: 'pp', number: '140' }`.
 */
export function citableTexts(entries: readonly unknown[]): CitableText[] {
  return entries.flatMap((entry) => {
    const data = (entry ?? {}) as Record<string, unknown>;
    const body = String(data.organe ?? '');
    if (!isBodyId(body) || data.numero === undefined) return [];
    return [{ body, number: baseNumber(body, String(data.numero)) }];
  });
}

/**
 * Every well-formed sigle and expansion of the glossary files
 * (`content/glossaire/*.yaml`), in file order, the first of a sigle kept, for
 * the abbreviation plugin.
 */
export function glossaryTerms(entries: readonly unknown[]): Term[] {
  const terms = new Map<string, Term>();
  for (const file of entries) {
    const data = file as { sigles?: unknown } | null;
    for (const entry of Array.isArray(data?.sigles) ? data.sigles : []) {
      const { sigle, developpe } = (entry ?? {}) as Partial<Term>;
      if (typeof sigle === 'string' && typeof developpe === 'string' && !terms.has(sigle)) {
        terms.set(sigle, { sigle, developpe });
      }
    }
  }
  return [...terms.values()];
}
