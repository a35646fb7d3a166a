import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ZodTypeAny } from 'astro/zod';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { ContentError, problemsFromZodIssues, type ContentProblem } from '../lib/content-errors';
import { contentProblems, type GuardNode } from '../lib/content-guard';
import {
  caseCollisions,
  decodeUtf8,
  normalizeSource,
  parseYaml,
  splitFrontmatter,
  utf8Problem,
} from '../lib/content-source';

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

const CONTENT_FILE = /\.(mdx?|ya?ml)$/;
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Every content file under a folder, relative to the working directory. */
function contentFiles(base: string): string[] {
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((name) => CONTENT_FILE.test(name)).map((name) => relative(process.cwd(), join(base, name)));
}

/**
 * Checks of the file names, whether or not Astro re-reads the files (its data
 * store skips unchanged ones): no two paths differ only by case or Unicode
 * normalization.
 */
function checkFiles(base: string): ContentError[] {
  const files = contentFiles(base);
  const errors = caseCollisions(files).map(
    (group) =>
      new ContentError(group.join(', '), [
        {
          field: '',
          message: `ces fichiers ne diffèrent que par la casse ou la normalisation Unicode de leur nom : leurs URL seraient les mêmes, gardez-en un seul`,
        },
      ]),
  );
  return errors;
}

/**
 * Reads a content file the project's way (`src/lib/content-source.ts`): valid
 * UTF-8 or a problem with the byte offset, its data from YAML 1.2 (dates stay
 * text), BOM and CRLF removed, and, for MDX,
 * the problems of its body (`src/lib/content-guard.ts`: no ESM, no `{…}`, no
 * script, no id written by hand…).
 */
function readEntry(path: string): { data?: unknown; problems: ContentProblem[] } {
  const decoded = decodeUtf8(readFileSync(path));
  if (!decoded.ok) return { problems: [utf8Problem(decoded)] };
  const text = normalizeSource(decoded.text);
  if (!/\.mdx?$/.test(extname(path))) {
    const yaml = parseYaml(text);
    return yaml.ok ? { data: yaml.data, problems: [] } : { problems: [yaml.problem] };
  }
  const { frontmatter, body } = splitFrontmatter(text);
  const yaml = parseYaml(frontmatter, 1);
  const problems = yaml.ok ? [] : [yaml.problem];
  try {
    problems.push(...contentProblems(mdx.parse(body) as unknown as GuardNode));
  } catch (error) {
    const place = (error as { line?: number }).line;
    problems.push({
      field: '',
      ...(place ? { line: place } : {}),
      message: `MDX illisible : ${(error as Error).message}`,
    });
  }
  return { data: yaml.ok ? yaml.data : undefined, problems };
}

/** A file read and checked against its collection's schema: its data and every problem. */
function checkEntry(file: string, schema: ZodTypeAny): { data?: unknown; problems: ContentProblem[] } {
  const entry = readEntry(file);
  const problems = [...entry.problems];
  if (entry.data !== undefined) {
    const result = schema.safeParse(entry.data);
    if (!result.success) problems.push(...problemsFromZodIssues(result.error.issues));
  }
  return { data: entry.data, problems };
}

/** What the content audit needs to know of each collection. */
interface AuditedCollection {
  pattern: string | string[];
  base: string;
  schema: ZodTypeAny;
}

/** Every collection built with {@link validatedGlob}, by folder and pattern. */
const collections = new Map<string, AuditedCollection>();
let audit: { running: boolean; result: Promise<{ errors: ContentError[] }> } | undefined;

/**
 * Reads and checks every file of every collection at once: Astro loads the
 * collections side by side and reports only the first failure, so each loader
 * waits for this one audit and stops with all the faults of the content, every
 * file named. Shared by the loaders of one sync (started by the first).
 */
function auditContent(): Promise<{ errors: ContentError[] }> {
  if (audit?.running) return audit.result;
  const run = async () => {
    const bases = [...new Set([...collections.values()].map((c) => c.base))];
    const errors = bases.flatMap(checkFiles);
    for (const collection of collections.values()) {
      const files = globSync(collection.pattern, { cwd: collection.base, expandDirectories: false }).sort();
      for (const name of files) {
        const file = relative(process.cwd(), join(collection.base, name));
        const entry = checkEntry(file, collection.schema);
        if (entry.problems.length > 0) errors.push(new ContentError(file, entry.problems));
      }
    }
    return { errors };
  };
  const current = { running: true, result: run() };
  current.result.finally(() => (current.running = false)).catch(() => {});
  audit = current;
  return current.result;
}

/**
 * Astro's `glob()` loader, with content errors that name the file and each
 * bad field or line, and with checks that need every entry at once (such as a
 * section number used twice in one report). The data is read by our own
 * reader, not Astro's YAML 1.1 (which turns `2025-02-30` into 2 March), and
 * every fault of the content is reported at once before the build stops.
 */
export function validatedGlob(options: ValidatedGlobOptions): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base, generateId: options.generateId });
  collections.set(`${options.base}\n${String(options.pattern)}`, options);
  return {
    name: 'validated-glob',
    load: async (context: LoaderContext) => {
      const { errors } = await auditContent();
      if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
      // Read again here: in `astro dev` the watcher reloads one changed file through this function alone.
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (!props.filePath) return context.parseData(props);
        const file = relative(process.cwd(), props.filePath);
        const entry = checkEntry(file, options.schema);
        if (entry.problems.length > 0) throw new ContentError(file, entry.problems);
        return context.parseData({ ...props, data: entry.data as typeof props.data });
      };
      await inner.load({ ...context, parseData });
      const entries = [...context.store.values()] as StoredEntry[];
      const checked = options.check?.(entries) ?? [];
      if (checked.length > 0) {
        throw new Error(checked.map((error) => error.message).join('\n'));
      }
    },
  };
}

export type { ContentProblem };
