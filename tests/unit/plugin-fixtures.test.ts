import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import type { CitableText } from '../../src/lib/citations';
import type { ReportPins } from '../../src/lib/paragraph-pins';
import { markdownPlugins } from '../../src/plugins/markdown-pipeline';
import { readPins } from '../../src/integrations/paragraph-pins';
import rehypeHeadingIds from '../../src/plugins/rehype-heading-ids';
import rehypeParagraphExport from '../../src/plugins/rehype-paragraph-export';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids';
import rehypeParagraphLinks from '../../src/plugins/rehype-paragraph-links';
import rehypeTableCellSpacing from '../../src/plugins/rehype-table-cell-spacing';
import remarkAbbr from '../../src/plugins/remark-abbr';
import remarkCitations from '../../src/plugins/remark-citations';
import remarkInternalLinks from '../../src/plugins/remark-internal-links';
import { baseNumber } from '../../src/lib/identifiers';
import { readFrontmatter, renderMarkdownFile } from '../helpers/markdown';

/**
 * Plugin tests as fixture files, in the unified style: each folder
 * `tests/fixtures/plugins/<plugin>/<case>/` holds `input.mdx` (front matter
 * allowed, as the report's MDX sections have) and what the plugin makes of it:
 *
 * - `output.html`: the HTML after the site's MDX pipeline (the MDX parser,
 *   remark-gfm, remark-rehype, rehype-raw: tests/helpers/markdown.ts) and the
 *   plugin(s) below;
 * - `frontmatter.json` (optional): the front matter the plugins leave; without
 *   it, they must leave the input's front matter unchanged;
 * - `error.txt` instead of `output.html`: the plugins must stop (`file.fail`)
 *   with exactly this message (it names the fixture's file and line);
 * - `permalinks.json` (optional): the published paragraphs that paragraph ids
 *   are pinned to, in the format of the project's `permalinks.json`; without it,
 *   no paragraph is published yet. The project's own permalinks.json and
 *   content/ are never read.
 *
 * The expected files are Vitest file snapshots (`toMatchFileSnapshot`):
 * `npx vitest run -u tests/unit/plugin-fixtures.test.ts` rewrites them from
 * what the plugins produce (docs/qualite.md): read the diff before committing it.
 */
const ROOT = 'tests/fixtures/plugins';

/** The texts that have a page, for citation links (the site reads them from content/resolutions). */
const known = (): CitableText[] => [
  { body: 'pp', number: '140' },
  { body: 'pp', number: '214' },
  { body: 'conseil', number: '1332' },
  { body: 'conseil', number: '1334' },
  { body: 'agnu', number: baseNumber('agnu', 'A/RES/70/125') },
];

/** The glossary's terms (the site reads them from content/glossaire). */
const terms = () => [
  { sigle: 'SMSI', developpe: 'Sommet mondial sur la société de l’information' },
  { sigle: 'GTC-SMSI/ODD', developpe: "Groupe de travail du Conseil de l'UIT sur le SMSI et les ODD" },
  { sigle: 'UIT', developpe: 'Union internationale des télécommunications' },
];

type Pins = () => Record<string, ReportPins>;

interface Pipeline {
  remark?: PluggableList;
  rehype: PluggableList;
  /** false when `remark` brings remark-gfm itself (the site's list). */
  gfm?: false;
}

/**
 * What each folder's cases run through: the plugin, after the plugins whose
 * output it reads (the site's order, src/plugins/markdown-pipeline.ts).
 */
const PIPELINES: Record<string, (pins: Pins) => Pipeline> = {
  'rehype-heading-ids': () => ({ rehype: [rehypeHeadingIds] }),
  'rehype-paragraph-ids': (pins) => ({ rehype: [[rehypeParagraphIds, { pins }]] }),
  'rehype-paragraph-export': (pins) => ({
    remark: [[remarkCitations, { known, base: '/' }]],
    rehype: [rehypeHeadingIds, [rehypeParagraphIds, { pins }], rehypeParagraphExport],
  }),
  'rehype-paragraph-links': (pins) => ({ rehype: [[rehypeParagraphIds, { pins }], rehypeParagraphLinks] }),
  'rehype-table-cell-spacing': () => ({ rehype: [rehypeTableCellSpacing] }),
  'remark-citations': () => ({ remark: [[remarkCitations, { known, base: '/' }]], rehype: [] }),
  'remark-abbr': () => ({ remark: [[remarkAbbr, { terms }]], rehype: [] }),
  // Under a sub-path, internal links are published under the base.
  'remark-internal-links': () => ({ remark: [[remarkInternalLinks, { base: '/gtc/' }]], rehype: [] }),
  // Every plugin in the site's order, as astro.config.mjs assembles them.
  'markdown-pipeline': (pins) => {
    const { remarkPlugins, rehypePlugins } = markdownPlugins({ base: '/', known, terms, pins });
    return { remark: remarkPlugins, rehype: rehypePlugins, gfm: false };
  },
};

const folders = (dir: string) =>
  readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();

async function run(plugin: string, dir: string) {
  const pipeline = PIPELINES[plugin]!(() => readPins(join(dir, 'permalinks.json')));
  const input = join(dir, 'input.mdx');
  try {
    const { html, frontmatter } = await renderMarkdownFile(input, pipeline.rehype, {
      remarkPlugins: pipeline.remark ?? [],
      ...(pipeline.gfm === false ? { gfm: false } : {}),
    });
    const unchanged = JSON.stringify(frontmatter) === JSON.stringify(readFrontmatter(input));
    return { html, frontmatter: unchanged ? undefined : JSON.stringify(frontmatter, null, 2) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe('plugin fixtures', () => {
  it('has a folder of cases for every plugin, and a pipeline for every folder', () => {
    expect(folders(ROOT)).toEqual(Object.keys(PIPELINES).sort());
    for (const plugin of folders(ROOT)) expect(folders(join(ROOT, plugin)).length, plugin).toBeGreaterThan(0);
  });

  for (const plugin of folders(ROOT)) {
    describe(plugin, () => {
      for (const name of folders(join(ROOT, plugin))) {
        const dir = join(ROOT, plugin, name);
        it(name, async () => {
          const result = await run(plugin, dir);
          const file = (name: string) => resolve(dir, name);
          if (result.error !== undefined) {
            expect(existsSync(file('output.html')), 'a case expects output.html or error.txt, not both').toBe(false);
            await expect(`${result.error}\n`).toMatchFileSnapshot(file('error.txt'));
            return;
          }
          expect(existsSync(file('error.txt')), `the plugins did not stop:\n${result.html}`).toBe(false);
          await expect(`${result.html}\n`).toMatchFileSnapshot(file('output.html'));
          if (result.frontmatter === undefined) expect(existsSync(file('frontmatter.json'))).toBe(false);
          else await expect(`${result.frontmatter}\n`).toMatchFileSnapshot(file('frontmatter.json'));
        });
      }
    });
  }
});
