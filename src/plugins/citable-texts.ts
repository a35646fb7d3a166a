import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CitableText } from '../lib/citations';
import { isBodyId } from '../lib/bodies';
import { baseNumber } from '../lib/identifiers';

/**
 * Reads the body and number of every entry of the resolutions collection
 * (`content/resolutions/*.mdx` front matter), for the citation plugin, which
 * runs while MDX compiles and cannot query collections. The collection's own
 * schema still validates these files; this only reads two fields.
 */
export function readCitableTexts(dir: string): CitableText[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.mdx') || file.endsWith('.md'));
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    const data = match ? (parse(match[1]!) as Record<string, unknown>) : {};
    const body = String(data.organe ?? '');
    if (!isBodyId(body) || data.numero === undefined) return [];
    return [{ body, number: baseNumber(body, String(data.numero)) }];
  });
}
