import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runAstroIn, type AstroRun } from '../helpers/project';
import { listPages, readPage, siteDir } from '../helpers/site';

/**
 * Files saved by an editor that writes a byte-order mark or CRLF line endings
 * build exactly the site the clean files build: a copy of the project whose
 * section, resolution (BOM: once blamed on another file), meeting, timeline and
 * glossary files carry a BOM and/or CRLF is built and compared, page by page
 * and with its search index, with the site built for the tests.
 */
const work = mkdtempSync(resolve('tmp/bom-crlf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = 'content/rapport/gtc-smsi-odd-43-44';
const EDITS: Record<string, { bom: boolean; crlf: boolean }> = {
  'content/resolutions/pp-140.mdx': { bom: true, crlf: false },
  [`${REPORT}/07-examen-smsi-20.mdx`]: { bom: true, crlf: true },
  [`${REPORT}/02-apercu-general.mdx`]: { bom: false, crlf: true },
  [`${REPORT}/reunions/43.yaml`]: { bom: true, crlf: true },
  [`${REPORT}/chronologie.yaml`]: { bom: false, crlf: true },
  'content/glossaire/gtc-smsi-odd-43-44.yaml': { bom: true, crlf: false },
};

let project: string;
let run: AstroRun;
beforeAll(async () => {
  project = copyProject(join(work, 'project'));
  for (const [file, { bom, crlf }] of Object.entries(EDITS)) {
    const path = join(project, file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text));
  }
  run = await runAstroIn(project, 'build');
}, 180_000);

describe('a BOM and CRLF line endings', () => {
  it('are in the copy', () => {
    expect(readFileSync(join(project, 'content/resolutions/pp-140.mdx'))[0]).toBe(0xef);
    expect(readFileSync(join(project, `${REPORT}/02-apercu-general.mdx`), 'utf8')).toContain('\r\n');
  });

  it('build', () => {
    expect(run.code, run.output).toBe(0);
  });

  it('give the same pages as clean files', () => {
    const built = join(project, 'dist');
    const pages = listPages();
    expect(listPages(built)).toEqual(pages);
    const different = pages.filter((page) => readPage(page, built) !== readPage(page));
    expect(different).toEqual([]);
  });

  it('give the same search index', () => {
    expect(readdirSync(join(project, 'dist/pagefind'), { recursive: true }).sort()).toEqual(
      readdirSync(join(siteDir(), 'pagefind'), { recursive: true }).sort(),
    );
  });
});
