import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8, normalizeSource, parseYaml, splitFrontmatter } from '../lib/content-source';

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
    // Read as the content loader reads (BOM and CRLF accepted, YAML 1.2); faults are its to report.
    const decoded = decodeUtf8(readFileSync(join(dir, file)));
    if (!decoded.ok) return {};
    const source = normalizeSource(decoded.text);
    const yaml = parseYaml(/\.ya?ml$/.test(file) ? source : splitFrontmatter(source).frontmatter);
    return yaml.ok ? yaml.data : {};
  });
}
