import { z } from 'astro/zod';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citableTexts, glossaryTerms } from '../../src/lib/content-data';
import { auditContent } from '../../src/loaders/audit';
import { contentData, readContent, readContentFile } from '../../src/loaders/reader';

/**
 * The one reader of content/: every collection's files read the same way
 * (BOM and CRLF removed, NFC, front matter split, YAML 1.2), each file hashed
 * once per version; the plugins' data comes from it.
 */
const dir = mkdtempSync(resolve('tmp/content-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readContent', () => {
  it('reads a YAML file saved with a BOM and CRLF as the clean file', () => {
    const clean = readContent('a.yaml', bytes('numero: 43\ndebut: 2025-09-09\n'));
    const saved = readContent('a.yaml', bytes('\uFEFFnumero: 43\r\ndebut: 2025-09-09\r\n'));
    expect(saved.data).toEqual({ numero: 43, debut: '2025-09-09' });
    expect(saved.data).toEqual(clean.data);
    expect(saved.text).toBe(clean.text);
    expect(saved.problems).toEqual([]);
  });

  it('reads an MDX file saved with a BOM and CRLF: front matter, and a body keeping its line numbers', () => {
    const file = readContent('s.mdx', bytes('\uFEFF---\r\nrapport: r\r\nnumero: 1\r\n---\r\n\r\nTexte.\r\n'));
    expect(file.data).toEqual({ rapport: 'r', numero: 1 });
    expect(file.body).toBe('\n\n\n\n\nTexte.\n');
    expect(file.problems).toEqual([]);
  });

  it('normalises the text to NFC (decomposed accents pasted from elsewhere)', () => {
    const file = readContent('s.mdx', bytes('---\ntitre: "Ope\u0301rations"\n---\n\nLe Secre\u0301tariat.\n'));
    expect(file.data).toEqual({ titre: 'Op\u00e9rations' });
    expect(file.body).toContain('Le Secr\u00e9tariat.');
  });

  it('says that a front matter was never closed, instead of reporting its fields missing', () => {
    const file = readContent('s.mdx', bytes('---\nrapport: r\nnumero: 1\n\nTexte.\n'));
    expect(file.problems).toEqual([
      {
        field: '',
        line: 1,
        message: 'front matter jamais fermé : ajoutez une ligne « --- » après son dernier champ, avant le texte',
      },
    ]);
    expect(file.data).toBeUndefined();
  });

  it('reports bytes that are not UTF-8 with their offset', () => {
    const file = readContent('a.yaml', new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    expect(file.problems[0]!.message).toContain('octet invalide à la position 3');
  });
});

describe('readContentFile', () => {
  it('hashes a file once per version: the same read while the file is unchanged, a new one after a change', () => {
    const path = relative(process.cwd(), join(dir, 'once.yaml'));
    writeFileSync(path, 'a: 1\n');
    const first = readContentFile(path);
    expect(readContentFile(path)).toBe(first);
    writeFileSync(path, 'a: 22\n');
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    const second = readContentFile(path);
    expect(second).not.toBe(first);
    expect(second.data).toEqual({ a: 22 });
    expect(second.hash).not.toBe(first.hash);
  });
});

describe('contentData, and the plugins’ data taken from it', () => {
  mkdirSync(join(dir, 'resolutions'));
  writeFileSync(
    join(dir, 'resolutions/pp-140.mdx'),
    '\uFEFF---\r\norgane: pp\r\nnumero: "140"\r\n---\r\n\r\nNote.\r\n',
  );
  writeFileSync(join(dir, 'resolutions/b.mdx'), 'Pas de front matter.\n');
  writeFileSync(join(dir, 'resolutions/notes.txt'), 'ignoré');
  mkdirSync(join(dir, 'glossaire'));
  writeFileSync(
    join(dir, 'glossaire/r.yaml'),
    '\uFEFFsigles:\r\n  - { sigle: UIT, developpe: Union internationale des télécommunications }\r\n',
  );

  it('reads YAML files and MDX front matter, sorted, ignoring other files, a BOM and CRLF included', () => {
    expect(contentData(join(dir, 'resolutions'))).toEqual([{}, { organe: 'pp', numero: '140' }]);
    expect(contentData(join(dir, 'glossaire'))).toEqual([
      { sigles: [{ sigle: 'UIT', developpe: 'Union internationale des télécommunications' }] },
    ]);
  });

  it('reads a missing folder as empty', () => {
    expect(contentData(join(dir, 'absent'))).toEqual([]);
  });

  it('gives the citation and abbreviation plugins their data', () => {
    expect(citableTexts(contentData(join(dir, 'resolutions')))).toEqual([{ body: 'pp', number: '140' }]);
    expect(glossaryTerms(contentData(join(dir, 'glossaire')))).toEqual([
      { sigle: 'UIT', developpe: 'Union internationale des télécommunications' },
    ]);
  });
});

describe('symbolic links in the content folder', () => {
  it('are followed when they stay inside it, refused when they lead outside', () => {
    const root = join(dir, 'liens');
    mkdirSync(join(root, 'textes'), { recursive: true });
    writeFileSync(join(root, 'textes/a.yaml'), 'titre: A\n');
    writeFileSync(join(dir, 'dehors.yaml'), 'titre: Dehors\n');
    symlinkSync(join(root, 'textes/a.yaml'), join(root, 'textes/b.yaml'));
    symlinkSync(join(dir, 'dehors.yaml'), join(root, 'textes/c.yaml'));
    const base = relative(process.cwd(), join(root, 'textes'));
    const schema = z.object({ titre: z.string() }).strict();
    const { errors, entries } = auditContent({ textes: { pattern: '*.yaml', base, schema } }, undefined, {
      root: relative(process.cwd(), root),
    });
    expect(entries.textes.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(
        /^Contenu invalide dans .*textes\/c\.yaml :\n {2}- entrée : lien symbolique vers « .*dehors\.yaml », hors de /,
      ),
    ]);
  });
});
