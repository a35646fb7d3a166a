import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AstroRun } from '../helpers/build';
import { copyProject, editFile, runAstroIn } from '../helpers/project';

/**
 * A reference from one content file to another that does not hold (a `source`
 * pointing to a paragraph that does not exist, a glossary expansion its
 * paragraph does not give word for word) stops the build, naming the file, the
 * field and the id, and every such fault is reported at once
 * (`src/data/references.ts`). So one copy of the project, with one fault
 * planted in each kind of file, is built once for all of them.
 *
 * The copy is a whole project (config, src, content; node_modules linked), not
 * just a CONTENT_DIR: Astro writes `.astro/content-modules.mjs` in the project
 * root, so two builds of different content in one root, such as this file's and
 * content-errors.test.ts's running side by side, would overwrite each other's.
 */
// Each case is a whole Astro run; on a loaded 2-core machine one can take more than the default minute.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 300_000 });
const work = mkdtempSync(resolve('tmp/structure-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = 'rapport/gtc-smsi-odd-43-44';
const GLOSSARY = 'glossaire/gtc-smsi-odd-43-44.yaml';

/** One fault per kind of file: [file under content/, text, replacement]. */
const FAULTS: [string, string | RegExp, string][] = [
  [`${REPORT}/rapport.yaml`, 'source: p1-1', 'source: p1-9'],
  [`${REPORT}/reunions/44.yaml`, 'source: p8-1', 'source: p8-9'],
  [`${REPORT}/reunions/ensemble.yaml`, 'source: p2-1', 'source: p2-7'],
  [GLOSSARY, 'source: p3-2', 'source: p3-5'],
  [GLOSSARY, 'source: p4-2', 'source: p4-1'],
  [`${REPORT}/chronologie.yaml`, 'source: p0-5', 'source: p0-6'],
  [`${REPORT}/pages/smsi-20.yaml`, '- a-res-80-173', '- a-res-80-999'],
];

/** A copy of the project whose content file has been edited (path relative to content/). */
function brokenProject(name: string, faults: typeof FAULTS): string {
  const project = copyProject(join(work, name));
  for (const [file, from, to] of faults) editFile(project, join('content', file), from, to);
  return project;
}

async function expectFailure(command: 'sync' | 'build', dir: string, ...expected: string[]) {
  const run = await runAstroIn(dir, command);
  expect(run.code, run.output).not.toBe(0);
  for (const part of expected) expect(run.output).toContain(part);
}

describe('broken references stop the build, all reported at once, each with its file, field and id', () => {
  let run: AstroRun;
  beforeAll(async () => {
    run = await runAstroIn(brokenProject('references', FAULTS), 'build');
  });

  it('stops the build', () => expect(run.code, run.output).not.toBe(0));

  it.each([
    ['the report’s chairs', `${REPORT}/rapport.yaml`, 'champ « presidence.source » : le paragraphe « p1-9 »'],
    ['a meeting fact', `${REPORT}/reunions/44.yaml`, 'champ « faits.1.source » : le paragraphe « p8-9 »'],
    [
      'a fact about both meetings',
      `${REPORT}/reunions/ensemble.yaml`,
      'champ « faits.0.source » : le paragraphe « p2-7 »',
    ],
    ['a glossary entry', GLOSSARY, 'champ « sigles.22.source » : le paragraphe « p3-5 »'],
    [
      'a glossary expansion its paragraph does not give',
      GLOSSARY,
      'champ « sigles.3.developpe » : « Commission de la science et de la technique au service du développement » ne figure pas mot pour mot dans le paragraphe « p4-1 »',
    ],
    ['a timeline event', `${REPORT}/chronologie.yaml`, 'champ « evenements.1.source » : le paragraphe « p0-6 »'],
    ['an editorial page naming a text that does not exist', `${REPORT}/pages/smsi-20.yaml`, '« a-res-80-999 »'],
  ])('names %s', (_, file, message) => {
    const block = run.output.split('Contenu invalide dans ').find((part) => part.startsWith(`content/${file} :`));
    expect(block, run.output).toBeDefined();
    expect(block).toContain(message);
  });
});

describe('broken content that the loader catches (no build needed)', () => {
  it('a glossary expansion marked as the report’s without its paragraph', async () => {
    const dir = brokenProject('origin', [[GLOSSARY, /\n {4}source: p3-2/, '']]);
    await expectFailure('sync', dir, GLOSSARY, 'champ « sigles.22.source »', 'origine « rapport »');
  });

  it('a timeline date more precise than a real date', async () => {
    const dir = brokenProject('date', [[`${REPORT}/chronologie.yaml`, 'debut: "2025-12"', 'debut: "2025-12-32"']]);
    await expectFailure(
      'sync',
      dir,
      `${REPORT}/chronologie.yaml`,
      'champ « evenements.5.debut »',
      'le jour 32 n’existe pas (« 2025-12-32 »)',
    );
  });
});
