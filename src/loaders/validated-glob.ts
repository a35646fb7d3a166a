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
 * Checks of the files themselves, whether or not Astro re-reads them (its data
 * store skips unchanged files): every content file is UTF-8, and no two paths
 * differ only by case or Unicode normalization.
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
  for (const file of files) {
    const decoded = decodeUtf8(readFileSync(file));
    if (!decoded.ok) errors.push(new ContentError(file, [utf8Problem(decoded)]));
  }
  return errors;
}

/**
 * Reads a content file the project's way (`src/lib/content-source.ts`): its
 * data from YAML 1.2 (dates stay text), BOM and CRLF removed, and, for MDX,
 * the problems of its body (`src/lib/content-guard.ts`: no ESM, no `{…}`, no
 * script, no id written by hand…).
 */
function readEntry(path: string): { data?: unknown; problems: ContentProblem[] } {
  const decoded = decodeUtf8(readFileSync(path));
  if (!decoded.ok) return { problems: [] }; // reported by checkFiles
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

/** What the content audit needs to know of each collection. */
interface AuditedCollection {
  pattern: string | string[];
  base: string;
  schema: ZodTypeAny;
}

/** Every collection built with {@link validatedGlob}, by folder and pattern. */
const collections = new Map<string, AuditedCollection>();
let audit: { running: boolean; result: Promise<{ errors: ContentError[]; data: Map<string, unknown> }> } | undefined;

/**
 * Reads and checks every file of every collection at once: Astro loads the
 * collections side by side and reports only the first failure, so each loader
 * waits for this one audit and stops with all the faults of the content, every
 * file named. Shared by the loaders of one sync (started by the first).
 */
function auditContent(): Promise<{ errors: ContentError[]; data: Map<string, unknown> }> {
  if (audit?.running) return audit.result;
  const run = async () => {
    const bases = [...new Set([...collections.values()].map((c) => c.base))];
    const errors = bases.flatMap(checkFiles);
    const data = new Map<string, unknown>();
    for (const collection of collections.values()) {
      const files = globSync(collection.pattern, { cwd: collection.base, expandDirectories: false }).sort();
      for (const name of files) {
        const file = relative(process.cwd(), join(collection.base, name));
        const entry = readEntry(file);
        const problems = [...entry.problems];
        if (entry.data !== undefined) {
          const result = collection.schema.safeParse(entry.data);
          if (!result.success) problems.push(...problemsFromZodIssues(result.error.issues));
          data.set(file, entry.data);
        }
        if (problems.length > 0) errors.push(new ContentError(file, problems));
      }
    }
    return { errors, data };
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
      const { errors, data } = await auditContent();
      if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath ? relative(process.cwd(), props.filePath) : props.id;
        const read = data.get(file) ?? readEntry(file).data ?? props.data;
        return context.parseData({ ...props, data: read as typeof props.data });
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
