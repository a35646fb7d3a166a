import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ZodTypeAny } from 'astro/zod';
import { ContentError, problemsFromZodIssues, type ContentProblem } from '../lib/content-errors';
import { relative } from 'node:path';

type StoredEntry = { id: string; data: Record<string, unknown>; filePath?: string };

interface ValidatedGlobOptions {
  pattern: string | string[];
  base: string;
  /** The collection's schema; validated here first so that errors name the file and field. */
  schema: ZodTypeAny;
  /** Checks across all entries of the collection (unique numbers…); returns errors to stop the build. */
  check?: (entries: StoredEntry[]) => ContentError[];
  /** Entry ids; by default the file path without extension. */
  generateId?: (options: { entry: string; data: Record<string, unknown> }) => string;
}

/**
 * Astro's `glob()` loader, with content errors that name the file and each
 * bad field, and with checks that need every entry at once (such as a
 * section number used twice in one report).
 */
export function validatedGlob(options: ValidatedGlobOptions): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base, generateId: options.generateId });
  return {
    name: 'validated-glob',
    load: async (context: LoaderContext) => {
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath ? relative(process.cwd(), props.filePath) : props.id;
        const result = options.schema.safeParse(props.data);
        if (!result.success) {
          throw new ContentError(file, problemsFromZodIssues(result.error.issues));
        }
        return context.parseData(props);
      };
      await inner.load({ ...context, parseData });
      const entries = [...context.store.values()] as StoredEntry[];
      const errors = options.check?.(entries) ?? [];
      if (errors.length > 0) {
        throw new Error(errors.map((error) => error.message).join('\n'));
      }
    },
  };
}

export type { ContentProblem };
