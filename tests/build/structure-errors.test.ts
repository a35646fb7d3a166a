import { beforeAll, describe, expect, it, vi } from 'vitest';
import { faultsOf, runFixtureSite, type AstroRun } from '../helpers/project';

/**
 * A reference from one content file to a paragraph that does not hold (a
 * `source` pointing to a paragraph that does not exist, a glossary expansion
 * its paragraph does not give word for word) stops the build, naming the file,
 * the field and the id, and every such fault is reported at once
 * (`src/data/references.ts`). So one small committed fixture site,
 * `tests/fixtures/sites/renvois-casses/`, with one fault planted in each kind
 * of file, is built once for all of them. (References that need no compiled
 * text, such as an editorial page naming a text that does not exist, are the
 * content loader's: tests/build/content-faults.test.ts.)
 */
// A whole Astro build; on a loaded 2-core machine it can take more than the default minute.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 300_000 });

const REPORT = 'content/rapport/essai';
const GLOSSARY = 'content/glossaire/essai.yaml';

describe('broken references stop the build, all reported at once, each with its file, field and id', () => {
  let run: AstroRun;
  beforeAll(async () => {
    run = await runFixtureSite('renvois-casses', 'build');
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
    ['a glossary entry', GLOSSARY, 'champ « sigles.2.source » : le paragraphe « p3-5 »'],
    [
      'a glossary expansion its paragraph does not give',
      GLOSSARY,
      'champ « sigles.1.developpe » : « Commission permanente des essais » ne figure pas mot pour mot dans le paragraphe « p1-1 »',
    ],
    ['a timeline event', `${REPORT}/chronologie.yaml`, 'champ « evenements.1.source » : le paragraphe « p0-6 »'],
    [
      'an editorial page point',
      `${REPORT}/pages/suivi.yaml`,
      'champ « parties.0.points.0.source » : le paragraphe « p1-7 »',
    ],
  ])('names %s', (_, file, message) => {
    const faults = faultsOf(run, file);
    expect(faults, run.output).toBeDefined();
    expect(faults).toContain(message);
  });

  it('names no reference that holds', () => {
    expect(faultsOf(run, `${REPORT}/reunions/43.yaml`), run.output).toBeUndefined();
    expect(run.output).not.toMatch(/« p1-[12] » n’existe pas|sigles\.0\./);
  });
});
