/**
 * The audit of all the content at once: every file of every collection read
 * by the one reader (`reader.ts`), each MDX body parsed once and checked by the
 * content guard, each entry validated against its collection's schema with the
 * French error map, then the checks across the entries of a collection and
 * across collections. Every fault is returned, each naming its file, so that
 * an editor sees them all in one build. Pure but for reading the files:
 * unit-tested on fixture folders (tests/unit/content-loader.test.ts).
 */
import type { z, ZodTypeAny } from 'astro/zod';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { ContentError, parseWithFrenchErrors, type ContentProblem } from '../lib/content-errors';
import { contentProblems, type GuardNode } from '../lib/content-guard';
import { caseCollisions } from '../lib/content-source';
import { CONTENT_FILE, readContentFile, type ContentFile } from './reader';

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

/** The schema of each collection, by collection name. */
export type Schemas = Record<string, ZodTypeAny>;

/** Each collection's files, schema and checks, by collection name. */
export type SourcesOf<T extends Schemas> = { [K in keyof T]: CollectionSource<T[K]> };

/** The parsed entries of every collection, by collection name. */
export type EntriesOf<T extends Schemas> = { [K in keyof T]: AuditedEntry<z.output<T[K]>>[] };

/** A check across collections (a page naming a text that does not exist…). */
export type CrossCheck<T extends Schemas> = (entries: EntriesOf<T>) => ContentError[];

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
export const sourceList = <T extends Schemas>(sources: SourcesOf<T>) =>
  Object.entries(sources as unknown as Record<string, CollectionSource>);

/** Every content file under the collections' folders, once each (a folder may hold another's), sorted. */
export function allFiles(sources: [string, CollectionSource][]): string[] {
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

/** The problems of each MDX body already parsed, by read (a file's new version is a new read). */
const bodyChecks = new WeakMap<ContentFile, ContentProblem[]>();

/**
 * The problems of an MDX body (`src/lib/content-guard.ts`: no ESM, no `{…}`,
 * no script, no id written by hand…), parsed once per version of the file.
 */
function bodyProblems(file: ContentFile): ContentProblem[] {
  if (file.body === undefined) return [];
  let problems = bodyChecks.get(file);
  if (!problems) {
    try {
      problems = contentProblems(mdx.parse(file.body) as unknown as GuardNode);
    } catch (error) {
      const place = (error as { line?: number }).line;
      problems = [
        { field: '', ...(place ? { line: place } : {}), message: `MDX illisible : ${(error as Error).message}` },
      ];
    }
    bodyChecks.set(file, problems);
  }
  return problems;
}

/**
 * A file read and checked against its collection's schema, with the French
 * error map: its raw data, its parsed data when it has no problem, and every problem.
 */
export function checkEntry(
  path: string,
  schema: ZodTypeAny,
): { data?: unknown; parsed?: unknown; problems: ContentProblem[] } {
  const file = readContentFile(path);
  const problems = [...file.problems, ...bodyProblems(file)];
  if (file.data === undefined) return { problems };
  const result = parseWithFrenchErrors(schema, file.data);
  if (!result.ok) return { data: file.data, problems: [...problems, ...result.problems] };
  return problems.length > 0 ? { data: file.data, problems } : { data: file.data, parsed: result.data, problems: [] };
}

/**
 * Reads and checks every file of every collection at once: the files' bytes,
 * YAML and MDX, each entry against its schema, the checks of each collection
 * across its entries, then the checks across collections. Entries with a
 * fault of their own are left out of the checks across entries (their fault
 * is reported). Returns every fault, each naming its file, and the parsed
 * entries.
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
 * A digest of every content file's path and digest (each file hashed once per
 * version by the reader): two audits of the same fingerprint give the same
 * result, so the loaders of one sync share one, and a file changed in
 * `astro dev` has the content audited again.
 */
export function contentFingerprint(sources: [string, CollectionSource][]): string {
  const hash = createHash('sha256');
  for (const file of allFiles(sources)) hash.update(`${file}\0${readContentFile(file).hash}\0`);
  return hash.digest('hex');
}

/** The message of one error listing every fault, one block per file, sorted by file. */
export function auditReport(errors: readonly ContentError[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), ...error.problems]);
  return [...byFile]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, problems]) => new ContentError(file, problems).message)
    .join('\n');
}

export type { ContentProblem };
