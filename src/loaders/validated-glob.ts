/**
 * The Astro adapter of the content audit: one loader per collection, Astro's
 * `glob()` loader whose entries are what the audit read and validated
 * (`audit.ts`, through the one reader `reader.ts`), never Astro's own reading
 * (its YAML 1.1 turns `2025-02-30` into 2 March).
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ZodTypeAny } from 'astro/zod';
import { relative } from 'node:path';
import { ContentError } from '../lib/content-errors';
import {
  auditContent,
  auditReport,
  checkEntry,
  contentFingerprint,
  sourceList,
  type AuditOptions,
  type AuditedEntry,
  type CollectionSource,
  type CrossCheck,
  type Schemas,
  type SourcesOf,
} from './audit';
import { registerContentAudit } from './dev-status';

export type { AuditedEntry, CollectionSource, CrossCheck, EntriesOf, SourcesOf } from './audit';

/** An Astro loader that carries its collection's schema (the Content Loader API's `schema` property). */
export type LoaderWithSchema<S extends ZodTypeAny> = Omit<Loader, 'schema'> & { schema: S };

/**
 * One Astro loader per collection. Astro loads the collections side by side
 * and reports only the first failure, so every loader waits for one audit of
 * all the content ({@link auditContent}: schemas, checks across entries and
 * across collections) and stops with every fault at once. Each loader carries
 * its collection's schema (the Content Loader API's `schema` property), so the
 * schema is written once.
 */
export function auditedLoaders<T extends Schemas>(
  sources: SourcesOf<T>,
  across?: CrossCheck<NoInfer<T>>,
  options: AuditOptions = {},
): { [K in keyof T]: LoaderWithSchema<T[K]> } {
  /** The last audit and the parsed data of each file, by collection; kept while no content file changes. */
  let last: { key: string; errors: ContentError[]; data: Map<string, unknown> } | undefined;
  /** The audit of the content as it is now; throws every fault of the content at once. */
  const audit = () => {
    const key = contentFingerprint(sourceList(sources));
    if (last?.key !== key) {
      const { errors, entries } = auditContent(sources, across, options);
      const parsed = Object.entries<AuditedEntry[]>(entries).flatMap(([name, list]) =>
        list.map((entry) => [`${name}\n${entry.filePath}`, entry.data] as const),
      );
      last = { key, errors, data: new Map(parsed) };
    }
    if (last.errors.length > 0) throw new Error(auditReport(last.errors));
    return last.data;
  };
  // The dev server's middleware asks, at each request, whether the content on disk has faults (src/loaders/dev-status.ts).
  registerContentAudit(() => {
    try {
      audit();
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
  const loader = (name: string, source: CollectionSource): LoaderWithSchema<ZodTypeAny> => {
    const inner = glob({ pattern: source.pattern, base: source.base, generateId: source.generateId });
    return {
      name: 'validated-glob',
      schema: source.schema,
      load: async (context: LoaderContext) => {
        audit();
        // What Astro stores for a file is what the audit parsed (our reader, the schema once, the French error map),
        // not Astro's own reading. In `astro dev` the watcher reloads a changed file through this function alone: the
        // file changes the fingerprint, so the whole content is audited again, checks across files included.
        const parseData: LoaderContext['parseData'] = async (props) => {
          if (!props.filePath) return context.parseData(props);
          const file = relative(process.cwd(), props.filePath);
          const data = audit();
          if (data.has(`${name}\n${file}`)) return data.get(`${name}\n${file}`) as typeof props.data;
          // A file the audit did not see (added between the two): checked alone.
          const entry = checkEntry(file, source);
          if (entry.problems.length > 0) throw new ContentError(file, entry.problems);
          return entry.parsed as typeof props.data;
        };
        await inner.load({ ...context, parseData });
      },
    };
  };
  return Object.fromEntries(sourceList(sources).map(([name, source]) => [name, loader(name, source)])) as {
    [K in keyof T]: LoaderWithSchema<T[K]>;
  };
}
