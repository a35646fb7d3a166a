/**
 * The one reader of `content/`: every content file, whatever its collection,
 * is read here and only here (the loaders' audit, the MDX compiler through
 * `src/integrations/content-source.ts`, the data the plugins need through
 * `astro.config.mjs`). Bytes become text the project's way
 * (`src/lib/content-source.ts`): valid UTF-8 or a fault with its byte offset, a
 * leading byte-order mark and CRLF line endings removed, the text normalised
 * to NFC (a paragraph pasted with decomposed accents is the same paragraph),
 * the front matter split from the body (a front matter never closed is said
 * so), YAML 1.2 (dates stay text).
 *
 * Each file is hashed once per version: a read is kept, with its digest, while
 * the file's size, modification time and inode stay the same, so the loaders of
 * one build, which ask for the whole content at each entry, hash each file once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentProblem } from '../lib/content-errors';
import {
  decodeUtf8,
  normalizeSource,
  parseYaml,
  splitFrontmatter,
  unclosedFrontmatter,
  utf8Problem,
} from '../lib/content-source';

/** A content file as the project reads it. */
export interface ContentFile {
  /** The file, relative to the working directory. */
  path: string;
  /** SHA-256 of its bytes. */
  hash: string;
  /** Its text: UTF-8, without BOM, LF line endings, NFC; undefined when the bytes are not UTF-8. */
  text?: string;
  /** Its YAML data (a whole `.yaml` file, or the front matter of an MDX file); undefined when unreadable. */
  data?: unknown;
  /** For MDX: the body, with blank lines in place of the front matter so that its line numbers are the file's. */
  body?: string;
  /** What stops the file from being read: bytes, front matter, YAML. */
  problems: ContentProblem[];
}

/** The files the collections are made of. */
export const CONTENT_FILE = /\.(mdx?|ya?ml)$/;

/** Whether a file is MDX/Markdown (a front matter and a body) rather than YAML. */
export const isMarkdownFile = (path: string): boolean => /\.mdx?$/.test(path);

/** Reads one file's text into a {@link ContentFile}. Pure but for the bytes it is given. */
export function readContent(path: string, bytes: Uint8Array): ContentFile {
  const hash = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { path, hash, problems: [utf8Problem(decoded)] };
  const text = normalizeSource(decoded.text).normalize('NFC');
  if (!isMarkdownFile(path)) {
    const yaml = parseYaml(text);
    return yaml.ok
      ? { path, hash, text, data: yaml.data, problems: [] }
      : { path, hash, text, problems: [yaml.problem] };
  }
  const unclosed = unclosedFrontmatter(text);
  if (unclosed) return { path, hash, text, problems: [unclosed] };
  const split = splitFrontmatter(text);
  const yaml = parseYaml(split.frontmatter, 1);
  return {
    path,
    hash,
    text,
    body: split.body,
    ...(yaml.ok ? { data: yaml.data } : {}),
    problems: yaml.ok ? [] : [yaml.problem],
  };
}

/** What the reader keeps of a file between two reads: the file's identity on disk, and the read. */
interface Kept {
  stamp: string;
  file: ContentFile;
}

/**
 * The reads of this process, by absolute path. Shared through `globalThis`
 * because Astro loads `astro.config.mjs` and `src/content.config.ts` in two
 * module graphs: both read through this one cache.
 */
const kept: Map<string, Kept> = ((globalThis as Record<symbol, unknown>)[Symbol.for('gtc.content-reader')] ??= new Map<
  string,
  Kept
>()) as Map<string, Kept>;

/**
 * Reads a content file (path relative to the working directory), hashing its
 * bytes only when the file changed since the last read of this process.
 */
export function readContentFile(path: string): ContentFile {
  const absolute = resolve(path);
  const stat = statSync(absolute, { bigint: true });
  const stamp = `${stat.size}:${stat.mtimeNs}:${stat.ino}:${stat.ctimeNs}`;
  const known = kept.get(absolute);
  if (known?.stamp === stamp && known.file.path === path) return known.file;
  const file = readContent(path, readFileSync(absolute));
  kept.set(absolute, { stamp, file });
  return file;
}

/**
 * The YAML data of the content files of one folder (a whole `.yaml` file, or
 * the front matter of an MDX file), sorted by file name, read through this
 * reader: what `astro.config.mjs` gives the plugins that run while MDX compiles
 * and cannot query collections (the cited texts, the glossary's terms). A
 * missing folder reads as empty; an unreadable file as `{}`: the loaders'
 * audit reports it.
 */
export function contentData(dir: string): unknown[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => CONTENT_FILE.test(name))
      .sort();
  } catch {
    return [];
  }
  return names.map((name) => readContentFile(join(dir, name)).data ?? {});
}
