import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, editFile, runAstroIn } from '../helpers/project';

/**
 * A meeting fact, glossary entry or timeline event that points to a paragraph
 * that does not exist (or is otherwise broken) stops the build, naming the
 * file, the field and the id. Each case copies the project with its content,
 * breaks one thing, and builds the copy.
 *
 * The copy is a whole project (config, src, content; node_modules linked), not
 * just a CONTENT_DIR: Astro writes `.astro/content-modules.mjs` in the project
 * root, so two builds of different content in one root, such as this file's and
 * content-errors.test.ts's running side by side, would overwrite each other's.
 */
const work = mkdtempSync(resolve('tmp/structure-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = 'rapport/gtc-smsi-odd-43-44';
const GLOSSARY = 'glossaire/gtc-smsi-odd-43-44.yaml';
/** A copy of the project whose content file has been edited (path relative to content/). */
function brokenProject(name: string, file: string, from: string | RegExp, to: string): string {
  const project = copyProject(join(work, name));
  editFile(project, join('content', file), from, to);
  return project;
}

async function expectFailure(command: 'sync' | 'build', dir: string, ...expected: string[]) {
  const run = await runAstroIn(dir, command);
  expect(run.code, run.output).not.toBe(0);
  for (const part of expected) expect(run.output).toContain(part);
}

describe('structure content errors stop the build and name the entry and the id', () => {
  it('a meeting fact pointing to a paragraph that does not exist', async () => {
    const dir = brokenProject('meeting', `${REPORT}/reunions/44.yaml`, 'source: p8-1', 'source: p8-9');
    await expectFailure('build', dir, `${REPORT}/reunions/44.yaml`, 'champ « faits.1.source »', '« p8-9 »');
  });

  it('a fact about both meetings pointing to a paragraph that does not exist', async () => {
    const dir = brokenProject('together', `${REPORT}/reunions/ensemble.yaml`, 'source: p2-1', 'source: p2-7');
    await expectFailure('build', dir, `${REPORT}/reunions/ensemble.yaml`, 'champ « faits.0.source »', '« p2-7 »');
  });

  it('a glossary entry pointing to a paragraph that does not exist', async () => {
    const dir = brokenProject('glossary', GLOSSARY, 'source: p3-2', 'source: p3-5');
    await expectFailure('build', dir, GLOSSARY, 'champ « sigles.22.source »', '« p3-5 »');
  });

  it('a glossary expansion that its source paragraph does not give word for word', async () => {
    const dir = brokenProject('expansion', GLOSSARY, /source: p3-2/, 'source: p3-1');
    await expectFailure(
      'build',
      dir,
      GLOSSARY,
      'champ « sigles.22.developpe »',
      'ne figure pas mot pour mot',
      '« p3-1 »',
    );
  });

  it('a glossary expansion marked as the report’s without its paragraph', async () => {
    const dir = brokenProject('origin', GLOSSARY, /\n {4}source: p3-2/, '');
    await expectFailure('sync', dir, GLOSSARY, 'champ « sigles.22.source »', 'origine « rapport »');
  });

  it('a timeline event pointing to a paragraph that does not exist', async () => {
    const dir = brokenProject('event', `${REPORT}/chronologie.yaml`, 'source: p0-5', 'source: p0-6');
    await expectFailure('build', dir, `${REPORT}/chronologie.yaml`, 'champ « evenements.1.source »', '« p0-6 »');
  });

  it('a timeline date more precise than a real date', async () => {
    const dir = brokenProject('date', `${REPORT}/chronologie.yaml`, 'debut: "2025-12"', 'debut: "2025-12-32"');
    await expectFailure(
      'sync',
      dir,
      `${REPORT}/chronologie.yaml`,
      'champ « evenements.5.debut »',
      'le jour 32 n’existe pas (« 2025-12-32 »)',
    );
  });
});
