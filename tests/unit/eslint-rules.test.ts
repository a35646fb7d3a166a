import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The rules of the code base that ESLint enforces (eslint.config.mjs), each
 * proven by a planted violation: a snippet linted as if it were a file of the
 * project, with the rule expected to fire there and not in the module that
 * owns the rule. `npm run check` lints the real files.
 */
const eslint = new ESLint({ cwd: process.cwd() });

// Loading the configuration and its parsers takes seconds on a loaded machine: once, before the tests.
beforeAll(() => eslint.lintText('export {};\n', { filePath: 'src/lib/warm-up.ts' }), 120_000);

/** The rules that fire on `code` as the file `filePath`, with their messages. */
async function fired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const IMPORT = 'no-restricted-imports';
const SYNTAX = 'no-restricted-syntax';
const rules = (messages: string[]) => messages.map((message) => message.split(':')[0]);

describe('layering: each folder imports downstream only', () => {
  it.each([
    ['src/lib/planted.ts', "import { getCollection } from 'astro:content';"],
    ['src/lib/planted.ts', "import { z } from 'astro/zod';"],
    ['src/lib/planted.ts', "import remarkAbbr from '../plugins/remark-abbr';"],
    ['src/lib/planted.ts', "import { config } from '../config';"],
    ['src/plugins/planted.ts', "import { collections } from '../content.config';"],
    ['src/plugins/planted.ts', "import { config } from '../config';"],
    ['src/plugins/planted.ts', "import { getCollection } from 'astro:content';"],
    ['src/plugins/planted.ts', "import { reports } from '../data/reports';"],
    ['src/schemas/planted.ts', "import { defineCollection } from 'astro:content';"],
    ['src/schemas/planted.ts', "import { glob } from 'astro/loaders';"],
    ['src/loaders/planted.ts', "import remarkAbbr from '../plugins/remark-abbr';"],
    ['src/scripts/planted.ts', "import { readFileSync } from 'node:fs';"],
    ['src/scripts/planted.ts', "import { config } from '../config';"],
    ['src/integrations/planted.ts', "import { getCollection } from 'astro:content';"],
  ])('%s: %s is refused', async (file, code) => {
    expect(rules(await fired(file, `${code}\nexport {};\n`))).toContain(IMPORT);
  });

  it.each([
    ['src/lib/planted.ts', "import { PARAGRAPH_ID } from './ids';\nimport { parse } from 'yaml';"],
    [
      'src/plugins/planted.ts',
      "import { headingId } from '../lib/ids';\nimport { frontmatterOf } from './frontmatter';",
    ],
    ['src/schemas/planted.ts', "import { z } from 'astro/zod';\nimport { PARAGRAPH_ID } from '../lib/ids';"],
    [
      'src/loaders/planted.ts',
      "import { glob } from 'astro/loaders';\nimport { decodeUtf8 } from '../lib/content-source';",
    ],
    [
      'src/integrations/planted.ts',
      "import type { AstroIntegration } from 'astro';\nimport { withBase } from '../lib/urls';",
    ],
    ['src/data/planted.ts', "import { getCollection } from 'astro:content';\nimport { withBase } from '../lib/urls';"],
  ])('%s may import what it needs', async (file, code) => {
    expect(rules(await fired(file, `${code}\nexport {};\n`))).not.toContain(IMPORT);
  });
});

describe('one module for each rule', () => {
  it('site paths are built in src/lib/urls.ts only', async () => {
    for (const code of [
      'export const a = `/resolutions/${slug}/`;',
      'export const a = `${base}reunions/${n}/`;',
      "export const a = '/glossaire/#' + id;",
      'export const a = `#p${id}`;',
      'export const a = `${page}/#${id}`;',
    ]) {
      expect(
        rules(
          await fired(
            'src/components/planted.ts',
            `const slug = 'x', base = '/', n = 1, id = 'x', page = '';\n${code}`,
          ),
        ),
        code,
      ).toContain(SYNTAX);
    }
    expect(rules(await fired('src/components/Planted.astro', '<a href="/reunions/44/">44</a>\n'))).toContain(SYNTAX);
    expect(
      rules(await fired('src/lib/urls.ts', "const slug = 'x';\nexport const a = `/resolutions/${slug}/`;")),
    ).toEqual([]);
    expect(
      rules(await fired('src/components/planted.ts', "export const a = 'https://www.itu.int/resolutions/';")),
    ).toEqual([]);
  });

  it('the paragraph-id pattern is written in src/lib/ids.ts only', async () => {
    for (const code of [
      'export const re = /^p\\d+-\\d+$/;',
      'export const re = /#p\\d/;',
      'export const re = /p[0-9]+/;',
    ]) {
      expect(rules(await fired('src/data/planted.ts', code)), code).toContain(SYNTAX);
    }
    expect(rules(await fired('src/lib/ids.ts', 'export const re = /^p(\\d+)-(\\d+)([a-z]*)$/;'))).toEqual([]);
  });

  it('search filter values come from SEARCH_TYPES (searchTypeFilter)', async () => {
    expect(rules(await fired('src/pages/planted.astro', '<div data-pagefind-filter="type:Page">x</div>\n'))).toContain(
      SYNTAX,
    );
    expect(rules(await fired('src/scripts/planted.ts', "export const f = 'type:Résolution';"))).toContain(SYNTAX);
    expect(rules(await fired('src/lib/search-filters.ts', 'export const f = (t: string) => `type:${t}`;'))).toEqual([]);
  });

  it('no report’s words in src/, outside comments', async () => {
    for (const code of [
      "export const g = 'GTC-SMSI/ODD';",
      'export const g = `la 43ème réunion`;',
      "export const g = 'Mme Lesufi';",
    ]) {
      expect(rules(await fired('src/components/planted.ts', code)), code).toContain(SYNTAX);
    }
    expect(rules(await fired('src/layouts/Planted.astro', '<p>Rapport du GTC\u2011SMSI/ODD</p>\n'))).toContain(SYNTAX);
    expect(rules(await fired('src/components/planted.ts', '// GTC-SMSI/ODD, 44ème\nexport const g = 1;'))).toEqual([]);
  });
});

describe('unit tests stay off the real content', () => {
  it('refuses a read of content/ in a unit test', async () => {
    for (const read of [
      "const text = readFileSync('content/glossaire/a.yaml', 'utf8');",
      'for (const file of readdirSync(`content/resolutions`)) void file;',
      "contentData('content/glossaire');",
      "readContentFile(join('content', 'site.yaml'));",
      "existsSync('./content/site.yaml');",
      "import site from '../../content/site.yaml';",
    ]) {
      expect(rules(await fired('tests/unit/planted.test.ts', `${read}\nexport {};\n`)), read).toContain(SYNTAX);
    }
  });

  it('tells a read from a label', async () => {
    for (const label of [
      "new VFile({ value, path: 'content/rapport/r/01.mdx' });",
      "expect(error?.message).toContain('content/glossaire/a.yaml');",
      "readGlossaryTerms('tests/fixtures/unit/glossaire');",
      'const path = `${process.cwd()}/content/rapport/r/07-x.mdx`;',
    ]) {
      expect(rules(await fired('tests/unit/planted.test.ts', `${label}\nexport {};\n`)), label).not.toContain(SYNTAX);
    }
  });
});

describe('browser tests keep their options to themselves', () => {
  it('refuses a file-level test.override, accepts one inside a describe', async () => {
    const override = "test.override('contextOptions', { javaScriptEnabled: false });";
    expect(rules(await fired('tests/e2e/planted.test.ts', `${override}\nexport {};\n`))).toContain(SYNTAX);
    expect(
      rules(await fired('tests/e2e/planted.test.ts', `describe('x', () => {\n  ${override}\n});\nexport {};\n`)),
    ).toEqual([]);
  });
});
