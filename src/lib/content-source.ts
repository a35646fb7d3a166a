/**
 * Reading content files as text, the same way everywhere: bytes must be valid
 * UTF-8 (the fault is reported with its byte offset and line, never published
 * as «Secr�tariat»), a leading byte-order mark and CRLF line endings are
 * accepted and removed, and YAML is read so that it never turns a date into a
 * `Date` (dates are text, checked by `src/lib/partial-dates.ts`).
 */
import { parse, YAMLParseError } from 'yaml';
import type { ContentProblem } from './content-errors';

/** A content file decoded as text, or where its bytes stop being UTF-8. */
export type Decoded = { ok: true; text: string } | { ok: false; offset: number; line: number };

/** Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not UTF-8. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Decodes bytes as UTF-8 with a fatal decoder; when that fails, finds the
 * first byte that is not part of a valid sequence (0-based offset) and its line.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    let i = 0;
    let line = 1;
    while (i < bytes.length) {
      const length = sequenceAt(bytes, i);
      if (length === 0) return { ok: false, offset: i, line };
      if (bytes[i] === 0x0a) line += 1;
      i += length;
    }
    return { ok: false, offset: bytes.length, line };
  }
}

/** The problem of a file that is not valid UTF-8. */
export function utf8Problem(decoded: Extract<Decoded, { ok: false }>): ContentProblem {
  return {
    field: '',
    line: decoded.line,
    message: `fichier qui n’est pas en UTF-8 : octet invalide à la position ${decoded.offset} (enregistrez le fichier en UTF-8)`,
  };
}

/** Text without a leading byte-order mark and with LF line endings only. */
export function normalizeSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** An MDX/Markdown file split into its front matter (YAML) and its body, the body keeping its line numbers. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match) return { frontmatter: '', body: text };
  const lines = match[0].split('\n').length - 1;
  return { frontmatter: match[1]!, body: '\n'.repeat(lines) + text.slice(match[0].length) };
}

/**
 * The problem of a front matter opened by a first line `---` and never closed:
 * without it, its fields would be read as text and reported missing.
 */
export function unclosedFrontmatter(text: string): ContentProblem | undefined {
  if (!/^---[ \t]*(\n|$)/.test(text) || /\n---[ \t]*(\n|$)/.test(text.slice(3))) return undefined;
  return {
    field: '',
    line: 1,
    message: 'front matter jamais fermé : ajoutez une ligne « --- » après son dernier champ, avant le texte',
  };
}

/**
 * Parses YAML as YAML 1.2 (core schema): `2025-09-09` stays the text
 * `2025-09-09` (YAML 1.1 would make it a Date, and `2025-02-30` 2 March).
 * `lineOffset` is the line the YAML starts at in its file (front matter: 1).
 */
export function parseYaml(
  source: string,
  lineOffset = 0,
): { ok: true; data: unknown } | { ok: false; problem: ContentProblem } {
  try {
    return { ok: true, data: parse(source, { schema: 'core', prettyErrors: true, uniqueKeys: true }) ?? {} };
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return {
      ok: false,
      problem: { field: '', ...(line ? { line: line + lineOffset } : {}), message: `YAML illisible : ${message}` },
    };
  }
}

/**
 * Paths that differ only by case or Unicode normalization (`PP-140.mdx` and
 * `pp-140.mdx`, `é` composed or not): on a case-insensitive disk or in a URL
 * they are the same file, and one would silently replace the other.
 */
export function caseCollisions(paths: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const key = path.normalize('NFC').toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  return [...groups.values()].filter((group) => group.length > 1).map((group) => group.sort());
}
