import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * Rules of the code base that a reviewer would otherwise check by hand (issue
 * «One report model»): the code holds no report's words, and every public URL,
 * paragraph-id pattern and search filter value is written in its own module
 * only. A site-level test: it reads `src/` and the editorial pages of `content/`.
 */

/** Source text with its comments blanked (JS/TS block and line comments, HTML and JSX comments). */
function withoutComments(source: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return source
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:'"`\\/])\/\/[^\n]*/g, (match, before: string) => before + blank(match.slice(before.length)));
}

const FILES = globSync(['src/**/*.{ts,astro,mjs,css}'], { onlyFiles: true }).sort();
const sources = FILES.map((file) => ({ file, code: withoutComments(readFileSync(file, 'utf8')) }));

/** Every place in the code (outside `except` files) where `pattern` matches, as `file:line: text`. */
function offences(pattern: RegExp, except: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const { file, code } of sources) {
    if (except.includes(file)) continue;
    code.split('\n').forEach((line, i) => {
      if (pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

/** Every string of a YAML document, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('comment stripping', () => {
  it('blanks comments and keeps code, URLs and line numbers', () => {
    const code =
      'const a = 1; // GTC-SMSI/ODD\n/** Lesufi\n */ const u = "https://x.org/a";\n<!-- 43ème -->{/* 44ème */}';
    const stripped = withoutComments(code);
    expect(stripped).not.toMatch(/GTC|Lesufi|43ème|44ème/);
    expect(stripped).toContain('const a = 1;');
    expect(stripped).toContain('"https://x.org/a"');
    expect(stripped.split('\n')).toHaveLength(code.split('\n').length);
  });
});

describe('no report’s words in src/ outside comments', () => {
  it('finds the source files', () => expect(FILES.length).toBeGreaterThan(50));

  it.each([
    ['the group’s name', /GTC[-\u2011]SMSI\/ODD/],
    ['the meetings’ ordinals', /4[34]ème/],
    ['the chair’s name', /Lesufi/],
    ['the WSIS+20 wording', /SMSI\+20 de/],
  ])('%s', (_, pattern) => expect(offences(pattern)).toEqual([]));

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

describe('one module for each rule', () => {
  it('site paths are built in src/lib/urls.ts only', () => {
    // A path segment of the site's own pages, followed by an interpolation or a fragment built by hand.
    const handMade =
      /(resolutions|reunions|rapports|chronologie|glossaire|recherche)\/\$\{|['"`]#[sp]\$\{|\/#\$\{|['"`]\/(resolutions|reunions|rapports|chronologie|glossaire|recherche)\//;
    expect(offences(handMade, ['src/lib/urls.ts'])).toEqual([]);
  });

  it('the paragraph-id pattern is written in src/lib/ids.ts only', () => {
    expect(offences(/\/\^?#?p\\d|\bp\[0-9\]|\^p\(/, ['src/lib/ids.ts'])).toEqual([]);
  });

  it('search filter values come from SEARCH_TYPES', () => {
    expect(
      offences(/data-pagefind-filter=["']type:|['"`]type:(Page|Résolution|Réunion|Section)/, [
        'src/lib/search-filters.ts',
      ]),
    ).toEqual([]);
  });
});
