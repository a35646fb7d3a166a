import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/build';

/**
 * A meeting fact, glossary entry or timeline event that points to a paragraph
 * that does not exist (or is otherwise broken) stops the build, naming the
 * file, the field and the id. Each case copies the real content, breaks one
 * thing, and builds the copy.
 */
const work = mkdtempSync(resolve('tmp/structure-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = 'rapport/gtc-smsi-odd-43-44';
const GLOSSARY = 'glossaire/gtc-smsi-odd-43-44.yaml';

function brokenContent(name: string, file: string, from: string | RegExp, to: string): string {
  const dir = join(work, name);
  cpSync('content', dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, changed);
  return dir;
}

async function expectFailure(command: 'sync' | 'build', dir: string, ...expected: string[]) {
  const run = await runAstro(command, {
    CONTENT_DIR: dir,
    CACHE_DIR: join(dir, '.cache'),
    OUT_DIR: join(dir, '.dist'),
  });
  expect(run.code, run.output).not.toBe(0);
  for (const part of expected) expect(run.output).toContain(part);
}

describe('structure content errors stop the build and name the entry and the id', () => {
  it('a meeting fact pointing to a paragraph that does not exist', async () => {
    const dir = brokenContent('meeting', `${REPORT}/reunions/44.yaml`, 'source: p8-1', 'source: p8-9');
    await expectFailure('build', dir, `${REPORT}/reunions/44.yaml`, 'champ « faits.1.source »', '« p8-9 »');
  });

  it('a fact about both meetings pointing to a paragraph that does not exist', async () => {
    const dir = brokenContent('together', `${REPORT}/reunions/ensemble.yaml`, 'source: p2-1', 'source: p2-7');
    await expectFailure('build', dir, `${REPORT}/reunions/ensemble.yaml`, 'champ « faits.0.source »', '« p2-7 »');
  });

  it('a glossary entry pointing to a paragraph that does not exist', async () => {
    const dir = brokenContent('glossary', GLOSSARY, 'source: p3-2', 'source: p3-5');
    await expectFailure('build', dir, GLOSSARY, 'champ « sigles.22.source »', '« p3-5 »');
  });

  it('a glossary expansion that its source paragraph does not give word for word', async () => {
    const dir = brokenContent('expansion', GLOSSARY, /source: p3-2/, 'source: p3-1');
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
    const dir = brokenContent('origin', GLOSSARY, /\n {4}source: p3-2/, '');
    await expectFailure('sync', dir, GLOSSARY, 'champ « sigles.22.source »', 'origine « rapport »');
  });

  it('a timeline event pointing to a paragraph that does not exist', async () => {
    const dir = brokenContent('event', `${REPORT}/chronologie.yaml`, 'source: p0-5', 'source: p0-6');
    await expectFailure('build', dir, `${REPORT}/chronologie.yaml`, 'champ « evenements.1.source »', '« p0-6 »');
  });

  it('a timeline date more precise than a real date', async () => {
    const dir = brokenContent('date', `${REPORT}/chronologie.yaml`, 'debut: "2025-12"', 'debut: "2025-12-32"');
    await expectFailure('sync', dir, `${REPORT}/chronologie.yaml`, 'champ « evenements.5.debut »', '« 2026-03 »');
  });
});
