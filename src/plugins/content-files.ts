import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Reads the YAML data of the content files of a folder (a whole `.yaml` file,
 * or the front matter of a `.md`/`.mdx` file), sorted by file name, for the
 * plugins that run while MDX compiles and cannot query collections. A missing
 * folder reads as empty; the collections' schemas still validate these files.
 */
export function readContentData(dir: string): unknown[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((file) => /\.(ya?ml|mdx?)$/.test(file))
      .sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    if (/\.ya?ml$/.test(file)) return parse(source) as unknown;
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    return frontmatter ? (parse(frontmatter[1]!) as unknown) : {};
  });
}
