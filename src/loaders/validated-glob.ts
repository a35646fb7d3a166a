import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z, ZodTypeAny } from 'astro/zod';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { ContentError, parseWithFrenchErrors, type ContentProblem } from '../lib/content-errors';
import { contentProblems, type GuardNode } from '../lib/content-guard';
import {
  caseCollisions,
  decodeUtf8,
  normalizeSource,
  parseYaml,
  splitFrontmatter,
  utf8Problem,
} from '../lib/content-source';

/** An entry as the checks see it: its id, its file (relative to the working directory) and its parsed data. */
export interface AuditedEntry<T = Record<string, unknown>> {
  id: string;
  filePath: string;
  data: T;
}

/** Where a collection's files are, their schema, and the checks across its entries. */
export interface CollectionSource<S extends ZodTypeAny = ZodTypeAny> {
  pattern: string | string[];
  base: string;
  /** The collection's schema: validated by the audit with French messages, and given to Astro by the loader. */
  schema: S;
  /** Checks across all entries of the collection (unique numbers…); the entries passed their schema. */
  check?: (entries: AuditedEntry<z.output<S>>[]) => ContentError[];
  /** Entry ids; by default the file path without extension. */
  generateId?: (options: { entry: string; data: Record<string, unknown> }) => string;
  /** For a collection the site cannot do without: why its file is needed, said when no file matches. */
  required?: string;
}

/** An Astro loader that carries its collection's schema (the Content Loader API's `schema` property). */
export type LoaderWithSchema<S extends ZodTypeAny> = Omit<Loader, 'schema'> & { schema: S };

/** The schema of each collection, by collection name. */
type Schemas = Record<string, ZodTypeAny>;

/** Each collection's files, schema and checks, by collection name. */
export type SourcesOf<T extends Schemas> = { [K in keyof T]: CollectionSource<T[K]> };

/** The parsed entries of every collection, by collection name. */
export type EntriesOf<T extends Schemas> = { [K in keyof T]: AuditedEntry<z.output<T[K]>>[] };

/** A check across collections (a page naming a text that does not exist…). */
export type CrossCheck<T extends Schemas> = (entries: EntriesOf<T>) => ContentError[];

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

/** The collections by name, without their schemas' types (the audit treats them alike). */
const sourceList = <T extends Schemas>(sources: SourcesOf<T>) =>
  Object.entries(sources as unknown as Record<string, CollectionSource>);

/** Every content file under the collections' folders, once each (a folder may hold another's), sorted. */
function allFiles(sources: [string, CollectionSource][]): string[] {
  const bases = new Set(sources.map(([, source]) => source.base));
  return [...new Set([...bases].flatMap(contentFiles))].sort();
}

/**
 * Checks of the file names, whether or not Astro re-reads the files (its data
 * store skips unchanged ones): no two paths differ only by case or Unicode
 * normalization.
 */
function checkFiles(files: readonly string[]): ContentError[] {
  return caseCollisions(files).map(
    (group) =>
      new ContentError(group.join(', '), [
        {
          field: '',
          message: `ces fichiers ne diffèrent que par la casse ou la normalisation Unicode de leur nom : leurs URL seraient les mêmes, gardez-en un seul`,
        },
      ]),
  );
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

/**
 * A file read and checked against its collection's schema, with the French
 * error map: its raw data, its parsed data when it has no problem, and every problem.
 */
function checkEntry(
  file: string,
  schema: ZodTypeAny,
): { data?: unknown; parsed?: unknown; problems: ContentProblem[] } {
  const entry = readEntry(file);
  if (entry.data === undefined) return entry;
  const result = parseWithFrenchErrors(schema, entry.data);
  if (!result.ok) return { data: entry.data, problems: [...entry.problems, ...result.problems] };
  return entry.problems.length > 0 ? entry : { data: entry.data, parsed: result.data, problems: [] };
}

/**
 * Reads and checks every file of every collection at once: the files' bytes,
 * YAML and MDX, each entry against its schema, the checks of each collection
 * across its entries, then the checks across collections. Entries with a
 * fault of their own are left out of the checks across entries (their fault
 * is reported). Returns every fault, each naming its file, and the parsed
 * entries. Pure but for reading the files: unit-tested on fixture folders.
 */
export function auditContent<T extends Schemas>(
  sources: SourcesOf<T>,
  across?: CrossCheck<NoInfer<T>>,
): { errors: ContentError[]; entries: EntriesOf<T> } {
  const list = sourceList(sources);
  const errors = checkFiles(allFiles(list));
  const entries = {} as Record<string, AuditedEntry[]>;
  for (const [name, source] of list) {
    const files = globSync(source.pattern, { cwd: source.base, expandDirectories: false }).sort();
    if (files.length === 0 && source.required) {
      const expected = [source.pattern].flat()[0]!;
      errors.push(
        new ContentError(relative(process.cwd(), join(source.base, expected)), [
          { field: '', message: `fichier manquant : ${source.required}` },
        ]),
      );
    }
    const own: AuditedEntry[] = [];
    for (const entry of files) {
      const filePath = relative(process.cwd(), join(source.base, entry));
      const checked = checkEntry(filePath, source.schema);
      if (checked.problems.length > 0) {
        errors.push(new ContentError(filePath, checked.problems));
        continue;
      }
      const data = checked.parsed as Record<string, unknown>;
      const raw = checked.data as Record<string, unknown>;
      const id = source.generateId?.({ entry, data: raw }) ?? entry.replace(/\.[^./]+$/, '');
      own.push({ id, filePath, data });
    }
    entries[name] = own;
    errors.push(...(source.check?.(own) ?? []));
  }
  const all = entries as EntriesOf<T>;
  errors.push(...(across?.(all) ?? []));
  return { errors, entries: all };
}

/**
 * A digest of every content file's path and bytes: two audits of the same
 * fingerprint give the same result, so the loaders of one sync share one, and
 * a file changed in `astro dev` has the content audited again.
 */
function fingerprint(sources: [string, CollectionSource][]): string {
  const hash = createHash('sha256');
  for (const file of allFiles(sources)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The message of one error listing every fault, one block per file, sorted by file. */
export function reportOf(errors: readonly ContentError[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), ...error.problems]);
  return [...byFile]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, problems]) => new ContentError(file, problems).message)
    .join('\n');
}

/**
 * One Astro loader per collection: Astro's `glob()` loader, whose entries are
 * read by our own reader (not Astro's YAML 1.1, which turns `2025-02-30` into
 * 2 March) and checked with French messages that name the file and each bad
 * field or line. Astro loads the collections side by side and reports only the
 * first failure, so every loader waits for one audit of all the content
 * ({@link auditContent}: schemas, checks across entries and across
 * collections) and stops with every fault at once. Each loader carries its
 * collection's schema (the Content Loader API's `schema` property), so the
 * schema is written once.
 */
export function auditedLoaders<T extends Schemas>(
  sources: SourcesOf<T>,
  across?: CrossCheck<NoInfer<T>>,
): { [K in keyof T]: LoaderWithSchema<T[K]> } {
  /** The last audit and the parsed data of each file, by collection; kept while no content file changes. */
  let last: { key: string; errors: ContentError[]; data: Map<string, unknown> } | undefined;
  /** The audit of the content as it is now; throws every fault of the content at once. */
  const audit = () => {
    const key = fingerprint(sourceList(sources));
    if (last?.key !== key) {
      const { errors, entries } = auditContent(sources, across);
      const parsed = Object.entries<AuditedEntry[]>(entries).flatMap(([name, list]) =>
        list.map((entry) => [`${name}\n${entry.filePath}`, entry.data] as const),
      );
      last = { key, errors, data: new Map(parsed) };
    }
    if (last.errors.length > 0) throw new Error(reportOf(last.errors));
    return last.data;
  };
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
          const entry = checkEntry(file, source.schema);
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

export type { ContentProblem };
