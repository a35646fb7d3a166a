import { describe, expect, it } from 'vitest';
import { caseCollisions, decodeUtf8, normalizeSource, parseYaml, splitFrontmatter } from '../../src/lib/content-source';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('content files are UTF-8', () => {
  it('decodes UTF-8, accents included', () => {
    expect(decodeUtf8(bytes('Secrétariat'))).toEqual({ ok: true, text: 'Secrétariat' });
  });

  it('gives the byte offset and line of a Latin-1 byte', () => {
    // "a\nSecr" is 6 bytes: the Latin-1 é (0xE9) is byte 6, on line 2.
    expect(decodeUtf8(bytes('a\nSecr', [0xe9], 'tariat'))).toEqual({ ok: false, offset: 6, line: 2 });
  });

  it('counts multi-byte characters before the fault and finds truncated or overlong sequences', () => {
    expect(decodeUtf8(bytes('éé', [0xc3]))).toEqual({ ok: false, offset: 4, line: 1 });
    expect(decodeUtf8(bytes('x', [0xc0, 0xaf]))).toEqual({ ok: false, offset: 1, line: 1 });
    expect(decodeUtf8(bytes([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, offset: 0 });
  });
});

describe('BOM and CRLF', () => {
  it('are removed, so a file saved by any editor reads the same', () => {
    expect(normalizeSource('\uFEFF---\r\na: 1\r\n---\r\nTexte\r\n')).toBe('---\na: 1\n---\nTexte\n');
  });
});

describe('front matter', () => {
  it('splits, keeping the body on its lines', () => {
    const { frontmatter, body } = splitFrontmatter('---\na: 1\nb: 2\n---\n\nTexte.\n');
    expect(frontmatter).toBe('a: 1\nb: 2');
    expect(body.split('\n')[5]).toBe('Texte.');
  });
});

describe('YAML is read as YAML 1.2', () => {
  it('keeps dates as text, even unquoted and impossible', () => {
    expect(parseYaml('debut: 2025-02-30\nfin: 2025-09-10\nannee: "2026"')).toEqual({
      ok: true,
      data: { debut: '2025-02-30', fin: '2025-09-10', annee: '2026' },
    });
  });

  it('reports a broken YAML with its line in the file', () => {
    const result = parseYaml('a: 1\nb: [\n', 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.line).toBeGreaterThanOrEqual(2);
  });
});

describe('file names', () => {
  it('that differ only by case or Unicode normalization collide', () => {
    expect(
      caseCollisions([
        'content/resolutions/pp-140.mdx',
        'content/resolutions/PP-140.mdx',
        'content/resolutions/pp-172.mdx',
        'content/x/\u00e9.yaml',
        'content/x/e\u0301.yaml',
      ]),
    ).toEqual([
      ['content/resolutions/PP-140.mdx', 'content/resolutions/pp-140.mdx'],
      ['content/x/e\u0301.yaml', 'content/x/\u00e9.yaml'],
    ]);
  });
});
