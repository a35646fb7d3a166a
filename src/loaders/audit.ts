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
import { readdirSync, realpathSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { ContentError, parseWithFrenchErrors, type ContentProblem } from '../lib/content-errors';
import { contentProblems, type GuardNode } from '../lib/content-guard';
import { caseCollisions } from '../lib/content-source';
import { addressNameProblem } from '../lib/file-names';
import { hiddenCharacterProblems } from '../lib/hidden-characters';
import { mdxSyntaxProblem, type MdxSyntaxError } from '../lib/mdx-errors';
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
  /** Whether each file's name becomes part of an address (`pages/<slug>.yaml`): then it must be `[a-z0-9]+(-[a-z0-9]+)*`. */
  address?: boolean;
  /**
   * Checks of an MDX entry's body against its data and the rest of the content (the section's heading ids, its
   * citations against the cited texts), once both are valid.
   */
  checkBody?: (tree: GuardNode, data: z.output<S>) => ContentProblem[];
}

/** Options of the audit as a whole. */
export interface AuditOptions {
  /** The content folder: no symbolic link in it may lead outside it. */
  root?: string;
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

/** An MDX body parsed: its tree, and the content guard's problems. */
interface ParsedBody {
  tree?: GuardNode;
  problems: ContentProblem[];
}

/** Each MDX body already parsed, by read (a file's new version is a new read). */
const parsedBodies = new WeakMap<ContentFile, ParsedBody>();

/**
 * An MDX body parsed once per version of the file, and its problems
 * (`src/lib/content-guard.ts`: no ESM, no `{…}`, no script, no id written by
 * hand, the link policy, no empty paragraph, nesting; a syntax error in French,
 * `src/lib/mdx-errors.ts`).
 */
function parsedBody(file: ContentFile): ParsedBody {
  if (file.body === undefined) return { problems: [] };
  let parsed = parsedBodies.get(file);
  if (!parsed) {
    try {
      const tree = mdx.parse(file.body) as unknown as GuardNode;
      parsed = { tree, problems: contentProblems(tree) };
    } catch (error) {
      parsed = { problems: [mdxSyntaxProblem(error as MdxSyntaxError)] };
    }
    parsedBodies.set(file, parsed);
  }
  return parsed;
}

/**
 * A file read and checked against its collection's schema, with the French
 * error map: its raw data, its parsed data when it has no problem, and every
 * problem (bytes, invisible characters, YAML, MDX body, schema, body against data).
 */
export function checkEntry(
  path: string,
  source: Pick<CollectionSource, 'schema' | 'checkBody'>,
): { data?: unknown; parsed?: unknown; problems: ContentProblem[] } {
  const file = readContentFile(path);
  const body = parsedBody(file);
  const problems = [...file.problems, ...hiddenCharacterProblems(file.text ?? ''), ...body.problems];
  if (file.data === undefined) return { problems };
  const result = parseWithFrenchErrors(source.schema, file.data);
  if (!result.ok) return { data: file.data, problems: [...problems, ...result.problems] };
  if (body.tree && source.checkBody) problems.push(...source.checkBody(body.tree, result.data));
  return problems.length > 0 ? { data: file.data, problems } : { data: file.data, parsed: result.data, problems: [] };
}

/** The symbolic links under `root` that lead outside it (or nowhere), relative to the working directory. */
function linksOutside(root: string): ContentError[] {
  let inside: string;
  try {
    inside = realpathSync(root);
  } catch {
    return [];
  }
  const errors: ContentError[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      if (!entry.isSymbolicLink()) continue;
      let target: string | undefined;
      try {
        target = realpathSync(path);
      } catch {
        target = undefined;
      }
      if (target !== undefined && (target === inside || target.startsWith(inside + sep))) continue;
      errors.push(
        new ContentError(relative(process.cwd(), path), [
          {
            field: '',
            message: `lien symbolique vers ${target === undefined ? 'un fichier absent' : `« ${target} », hors de ${relative(process.cwd(), root) || root}/`} : le contenu ne suit que des liens qui restent dans son dossier ; copiez le fichier`,
          },
        ]),
      );
    }
  };
  walk(root);
  return errors;
}

/** The problem of an entry whose file name becomes an address and is not written as one. */
function addressName(filePath: string): ContentError[] {
  const stem = basename(filePath).replace(/\.[^.]+$/, '');
  const problem = addressNameProblem(stem);
  return problem ? [new ContentError(filePath, [{ field: '', message: problem }])] : [];
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
  options: AuditOptions = {},
): { errors: ContentError[]; entries: EntriesOf<T> } {
  const list = sourceList(sources);
  const errors = [...(options.root ? linksOutside(options.root) : []), ...checkFiles(allFiles(list))];
  const refused = new Set(errors.map((error) => error.file));
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
      // A link leading outside the content is not read, nor anything under it.
      if ([...refused].some((path) => filePath === path || filePath.startsWith(path + sep))) continue;
      if (source.address) errors.push(...addressName(filePath));
      const checked = checkEntry(filePath, source);
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
  for (const file of allFiles(sources)) {
    let digest: string;
    try {
      digest = readContentFile(file).hash;
    } catch {
      // A link to nothing: the audit reports it.
      digest = 'absent';
    }
    hash.update(`${file}\0${digest}\0`);
  }
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
