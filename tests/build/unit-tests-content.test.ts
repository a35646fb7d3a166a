import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Unit tests test pure functions on their own inputs (inline, or files under
 * tests/fixtures/unit/); only site-level tests (tests/build/) read the real
 * content/. `content/…` may still appear in a unit test as a label (a VFile
 * path, a file name in an error message), never as something read.
 */
const READERS =
  'readFileSync|readFile|readdirSync|readdir|existsSync|statSync|createReadStream|readContentData|readGlossaryTerms|glob|globSync';

/** Lines of a test file that read content/ (a reader called on a content/ path, or an import from content/). */
function contentReads(source: string): string[] {
  const read = new RegExp(`\\b(?:${READERS})\\(\\s*(?:(?:join|resolve)\\(\\s*)?[\`'"](?:\\./)?content(?:[/\`'"])`);
  const imported = /\bfrom\s+['"](?:\.\.\/)+content\//;
  return source.split('\n').filter((line) => read.test(line) || imported.test(line));
}

describe('unit tests stay off the real content', () => {
  it('finds no read of content/ in tests/unit', () => {
    const files = readdirSync('tests/unit').filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const reads = files.flatMap((file) =>
      contentReads(readFileSync(`tests/unit/${file}`, 'utf8')).map((line) => `${file}: ${line.trim()}`),
    );
    expect(reads).toEqual([]);
  });

  it('tells a read from a label', () => {
    for (const read of [
      "const text = readFileSync('content/glossaire/a.yaml', 'utf8');",
      'for (const file of readdirSync(`content/resolutions`)) {',
      "readGlossaryTerms('content/glossaire')",
      "readContentData(join('content', 'glossaire'))",
      "existsSync('./content/site.yaml')",
      "import site from '../../content/site.yaml';",
    ]) {
      expect(contentReads(read), read).toEqual([read]);
    }
    for (const label of [
      "new VFile({ value, path: 'content/rapport/r/01.mdx' })",
      "expect(error?.message).toContain('content/glossaire/a.yaml');",
      "readGlossaryTerms('tests/fixtures/unit/glossaire')",
      'path: `${process.cwd()}/content/rapport/r/07-x.mdx`,',
    ]) {
      expect(contentReads(label), label).toEqual([]);
    }
  });
});
