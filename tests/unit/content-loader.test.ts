import { z } from 'astro/zod';
import type { LoaderContext } from 'astro/loaders';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-errors';
import { auditContent, auditReport as reportOf } from '../../src/loaders/audit';
import { auditedLoaders } from '../../src/loaders/validated-glob';

/**
 * The content loader's audit on small content folders written by the test:
 * every fault of every collection at once (bytes, YAML, MDX body, schema with
 * French messages, checks across the entries of a collection and across
 * collections), each naming its file.
 */
const root = mkdtempSync(resolve('tmp/content-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A content folder with these files (path → text), relative to the working directory as the loader sees it. */
function folder(name: string, files: Record<string, string>): string {
  const base = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return relative(process.cwd(), base);
}

const meeting = z
  .object({ rapport: z.string(), numero: z.number().int().positive(), debut: z.string().transform((s) => new Date(s)) })
  .strict();
const page = z.object({ rapport: z.string(), reunion: z.number(), notes: z.array(z.string()).default([]) }).strict();

/** Two collections under one folder: meetings (numbers unique) and pages (which name a meeting). */
function sources(base: string, seen: { meetings?: unknown[] } = {}) {
  return {
    reunions: {
      pattern: '*/reunions/*.yaml',
      base,
      schema: meeting,
      check: (entries: { filePath: string; data: z.output<typeof meeting> }[]) => {
        seen.meetings = entries.map((entry) => entry.data);
        const numbers = entries.map((entry) => entry.data.numero);
        return entries
          .filter((entry, i) => numbers.indexOf(entry.data.numero) !== i)
          .map((entry) => new ContentError(entry.filePath, [{ field: 'numero', message: 'déjà pris' }]));
      },
    },
    pages: { pattern: '*/pages/*.mdx', base, schema: page },
  };
}

/** Meetings named by pages must exist. */
const across = (entries: {
  reunions: { data: { numero: number } }[];
  pages: { filePath: string; data: { reunion: number } }[];
}) =>
  entries.pages
    .filter((p) => !entries.reunions.some((m) => m.data.numero === p.data.reunion))
    .map((p) => new ContentError(p.filePath, [{ field: 'reunion', message: `pas de réunion ${p.data.reunion}` }]));

const good = {
  'r/reunions/43.yaml': 'rapport: r\nnumero: 43\ndebut: 2025-09-09\n',
  'r/reunions/44.yaml': 'rapport: r\nnumero: 44\ndebut: 2026-03-10\n',
  'r/pages/suivi.mdx': '---\nrapport: r\nreunion: 44\n---\n\nTexte.\n',
};

describe('the content audit', () => {
  it('accepts good content and hands the checks the parsed data (transforms, defaults)', () => {
    const base = folder('good', good);
    const seen: { meetings?: unknown[] } = {};
    const { errors, entries } = auditContent(sources(base, seen), across);
    expect(errors).toEqual([]);
    expect(seen.meetings).toEqual([
      { rapport: 'r', numero: 43, debut: new Date('2025-09-09') },
      { rapport: 'r', numero: 44, debut: new Date('2026-03-10') },
    ]);
    expect(entries.pages).toEqual([
      {
        id: 'r/pages/suivi',
        filePath: join(base, 'r/pages/suivi.mdx'),
        data: { rapport: 'r', reunion: 44, notes: [] },
      },
    ]);
  });

  it('reports every fault of every collection at once, each with its file and field or line', () => {
    const base = folder('bad', {
      ...good,
      'r/reunions/45.yaml': 'rapport: r\nnumero: 44\ndebut: 2026-03-11\n', // number taken
      'r/reunions/46.yaml': 'rapport: r\nnumero: 0\ndebut: 2026-03-11\nlieu: Genève\n', // schema
      'r/reunions/47.yaml': 'rapport: r\nnumero: [\n', // YAML
      'r/pages/autre.mdx': '---\nrapport: r\nreunion: 99\n---\n\nTexte.\n', // no such meeting
      'r/pages/script.mdx': '---\nrapport: r\nreunion: 43\n---\n\n<script>alert(1)</script>\n', // MDX body
    });
    const message = reportOf(auditContent(sources(base), across).errors);
    const block = (file: string) =>
      message.split('Contenu invalide dans ').find((b) => b.startsWith(`${base}/${file} :`));
    expect(block('r/reunions/45.yaml')).toContain('champ « numero » : déjà pris');
    expect(block('r/reunions/46.yaml')).toContain('champ « numero » : nombre supérieur à 0 attendu (reçu : 0)');
    expect(block('r/reunions/46.yaml')).toContain('champ « lieu » : champ inconnu');
    expect(block('r/reunions/47.yaml')).toMatch(/ligne \d+, entrée : YAML illisible/);
    expect(block('r/pages/autre.mdx')).toContain('champ « reunion » : pas de réunion 99');
    expect(block('r/pages/script.mdx')).toContain('ligne 6, entrée : élément <script> interdit');
    expect(message.match(/Contenu invalide dans /g)).toHaveLength(5);
  });

  it('leaves an entry with a fault of its own out of the checks across entries', () => {
    // 45.yaml repeats 44 but its date is not text: only its own fault is reported.
    const base = folder('own-fault', { ...good, 'r/reunions/45.yaml': 'rapport: r\nnumero: 44\ndebut: [2026]\n' });
    const { errors } = auditContent(sources(base), across);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('champ « debut » : type attendu : texte')]);
  });

  it('says which file is missing when a required collection has none', () => {
    const base = folder('no-site', good);
    const withSite = {
      ...sources(base),
      site: { pattern: 'site.yaml', base, schema: z.object({}), required: 'il décrit le site' },
    };
    expect(auditContent(withSite).errors.map((e) => e.message)).toEqual([
      `Contenu invalide dans ${base}/site.yaml :\n  - entrée : fichier manquant : il décrit le site`,
    ]);
    // Not required: no file is no fault.
    expect(auditContent({ ...withSite, site: { ...withSite.site, required: undefined } }).errors).toEqual([]);
  });

  it('names files that differ only by case once, even when one collection’s folder holds another’s', () => {
    const base = folder('case', { ...good, 'r/pages/Suivi.mdx': good['r/pages/suivi.mdx'] });
    const nested = { ...sources(base), site: { pattern: 'site.yaml', base: dirname(base), schema: z.object({}) } };
    const collisions = auditContent(nested).errors.filter((e) => e.message.includes('casse'));
    expect(collisions.map((e) => e.file)).toEqual([`${base}/r/pages/Suivi.mdx, ${base}/r/pages/suivi.mdx`]);
  });
});

describe('the loaders', () => {
  it('carry their collection’s schema, so that it is written once', () => {
    const base = folder('schema', good);
    const loaders = auditedLoaders(sources(base), across);
    expect(loaders.reunions.schema).toBe(meeting);
    expect(loaders.pages.schema).toBe(page);
  });

  it('stop before loading anything, with every fault of the content in one message sorted by file', async () => {
    const base = folder('stop', {
      ...good,
      'r/reunions/45.yaml': 'rapport: r\nnumero: 44\ndebut: 2026-03-11\nlieu: x\n',
      'r/pages/autre.mdx': '---\nrapport: r\nreunion: 99\n---\n',
    });
    const loaders = auditedLoaders(sources(base), across);
    // The pages loader reports the meetings' fault too; the context is never touched.
    const load = loaders.pages.load({} as LoaderContext);
    await expect(load).rejects.toThrow(
      [
        `Contenu invalide dans ${base}/r/pages/autre.mdx :`,
        '  - champ « reunion » : pas de réunion 99',
        `Contenu invalide dans ${base}/r/reunions/45.yaml :`,
        '  - champ « lieu » : champ inconnu (vérifiez son orthographe ou ajoutez-le au schéma)',
      ].join('\n'),
    );
  });
});

/** The parts of Astro's loader context that its glob() loader uses, with a store and a watcher the test can read. */
function fakeContext() {
  const stored = new Map<string, { id: string; data: unknown; filePath?: string }>();
  const handlers = new Map<string, (path: string) => Promise<void>>();
  const context = {
    collection: 'reunions',
    config: {
      root: pathToFileURL(`${process.cwd()}/`),
      srcDir: pathToFileURL(`${process.cwd()}/src/`),
      legacy: { collections: false },
    },
    logger: { info() {}, warn() {}, error() {} },
    store: {
      keys: () => [...stored.keys()],
      get: (id: string) => stored.get(id),
      has: (id: string) => stored.has(id),
      set: (entry: { id: string; data: unknown }) => stored.set(entry.id, entry),
      delete: (id: string) => stored.delete(id),
      addModuleImport() {},
      addAssetImports() {},
    },
    generateDigest: (text: string) => String(text.length) + text,
    // Astro reads YAML 1.1 (it would make `debut` a Date of its own): the loader must not use it.
    entryTypes: new Map([['.yaml', { getEntryInfo: async () => ({ body: '', data: { lu: 'par Astro' } }) }]]),
    parseData: async () => {
      throw new Error('Astro’s own parseData is not used');
    },
    watcher: {
      add() {},
      on: (event: string, handler: (path: string) => Promise<void>) => handlers.set(event, handler),
    },
  };
  return { context: context as unknown as LoaderContext, stored, handlers };
}

describe('what Astro stores', () => {
  it('is what the audit parsed, and a file changed in `astro dev` has the whole content audited again', async () => {
    const base = folder('store', good);
    const loaders = auditedLoaders(sources(base), across);
    const { context, stored, handlers } = fakeContext();
    await loaders.reunions.load(context);
    // Files are read side by side: sorted by path for the comparison.
    const data = [...stored.values()]
      .sort((a, b) => String(a.filePath).localeCompare(String(b.filePath)))
      .map((entry) => entry.data);
    expect(data).toEqual([
      { rapport: 'r', numero: 43, debut: new Date('2025-09-09') },
      { rapport: 'r', numero: 44, debut: new Date('2026-03-10') },
    ]);
    // The page names meeting 44: renumbering it breaks a check across collections, reported on the page.
    const changed = join(base, 'r/reunions/44.yaml');
    writeFileSync(changed, 'rapport: r\nnumero: 45\ndebut: 2026-03-10\n');
    await expect(handlers.get('change')!(resolve(changed))).rejects.toThrow(
      `Contenu invalide dans ${base}/r/pages/suivi.mdx :\n  - champ « reunion » : pas de réunion 44`,
    );
  });
});

describe('one report per file', () => {
  it('merges the faults of one file found by different checks', () => {
    const message = reportOf([
      new ContentError('b.yaml', [{ field: 'x', message: 'un' }]),
      new ContentError('a.yaml', [{ field: 'y', message: 'deux' }]),
      new ContentError('b.yaml', [{ field: 'z', message: 'trois' }]),
    ]);
    expect(message).toBe(
      [
        'Contenu invalide dans a.yaml :',
        '  - champ « y » : deux',
        'Contenu invalide dans b.yaml :',
        '  - champ « x » : un',
        '  - champ « z » : trois',
      ].join('\n'),
    );
  });
});
