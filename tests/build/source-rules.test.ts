import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * What ESLint cannot see of the rule « the code holds no report's words »
 * (eslint.config.mjs enforces it, with the layering and « one module per rule »,
 * on every .ts, .mjs and .astro file: tests/unit/eslint-rules.test.ts): the
 * sentences of the editorial pages in content/, which no lint rule reads, and
 * the stylesheets, which ESLint does not lint. A site-level test: it reads
 * `src/` and the editorial pages of `content/`.
 */

/** Source text with its comments blanked (JS/TS block and line comments, HTML, JSX and CSS comments). */
function withoutComments(source: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return source
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:'"`\\/])\/\/[^\n]*/g, (match, before: string) => before + blank(match.slice(before.length)));
}

const FILES = globSync(['src/**/*.{ts,astro,mjs,css}'], { onlyFiles: true }).sort();
const sources = FILES.map((file) => ({ file, code: withoutComments(readFileSync(file, 'utf8')) }));

/** Every string of a YAML document, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('no report’s words in src/ where ESLint does not look', () => {
  it('finds the source files', () => expect(FILES.length).toBeGreaterThan(50));

  it('blanks comments and keeps code, URLs and line numbers', () => {
    const code =
      'const a = 1; // GTC-SMSI/ODD\n/** Lesufi\n */ const u = "https://x.org/a";\n<!-- 43ème -->{/* 44ème */}';
    const stripped = withoutComments(code);
    expect(stripped).not.toMatch(/GTC|Lesufi|43ème|44ème/);
    expect(stripped).toContain('const a = 1;');
    expect(stripped).toContain('"https://x.org/a"');
    expect(stripped.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('the stylesheets hold none of the report’s words', () => {
    const words = /GTC[-\u2011]SMSI\/ODD|4[34]ème|Lesufi|SMSI\+20 de/;
    const css = sources.filter(({ file }) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    expect(css.filter(({ code }) => words.test(code)).map(({ file }) => file)).toEqual([]);
  });

  it('the sentences of the editorial pages', () => {
    const pages = globSync('content/rapport/*/pages/*.yaml');
    expect(pages.length).toBeGreaterThan(0);
    const sentences = pages
      .flatMap((page) => strings(parse(readFileSync(page, 'utf8'))))
      .flatMap((text) => text.split(/(?<=[.;:!?])\s+/))
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 30);
    expect(sentences.length).toBeGreaterThan(5);
    const everything = sources.map((s) => s.code).join('\n');
    expect(sentences.filter((sentence) => everything.includes(sentence))).toEqual([]);
  });
});
