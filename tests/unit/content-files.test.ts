import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCitableTexts } from '../../src/plugins/citable-texts';
import { readContentData } from '../../src/plugins/content-files';
import { readGlossaryTerms } from '../../src/plugins/remark-abbr';

const dir = mkdtempSync(resolve('tmp/content-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'resolutions'));
writeFileSync(join(dir, 'resolutions/pp-140.mdx'), '---\norgane: pp\nnumero: "140"\n---\n\nNote.\n');
writeFileSync(join(dir, 'resolutions/b.mdx'), 'Pas de front matter.\n');
writeFileSync(join(dir, 'resolutions/notes.txt'), 'ignoré');
mkdirSync(join(dir, 'glossaire'));
writeFileSync(
  join(dir, 'glossaire/r.yaml'),
  'sigles:\n  - { sigle: UIT, developpe: Union internationale des télécommunications }\n',
);

describe('reading content files for the plugins', () => {
  it('reads YAML files and MDX front matter, sorted, ignoring other files', () => {
    expect(readContentData(join(dir, 'resolutions'))).toEqual([{}, { organe: 'pp', numero: '140' }]);
    expect(readContentData(join(dir, 'glossaire'))).toEqual([
      { sigles: [{ sigle: 'UIT', developpe: 'Union internationale des télécommunications' }] },
    ]);
  });

  it('reads a missing folder as empty', () => {
    expect(readContentData(join(dir, 'absent'))).toEqual([]);
  });

  it('gives the citation and abbreviation plugins their data', () => {
    expect(readCitableTexts(join(dir, 'resolutions'))).toEqual([{ body: 'pp', number: '140' }]);
    expect(readGlossaryTerms(join(dir, 'glossaire'))).toEqual([
      { sigle: 'UIT', developpe: 'Union internationale des télécommunications' },
    ]);
  });
});
