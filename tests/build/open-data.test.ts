import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Element as HastElement } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Element, Nodes } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { fileFor } from '../../scripts/lib/site-map.mjs';
import { paragraphIdFromEid } from '../../src/lib/akoma-ntoso';
import { PARAGRAPH_ID } from '../../src/lib/ids';
import { aknErrors } from '../helpers/akn';
import { headersFor, parseHeaders } from '../helpers/headers';
import { parsePage, selectAll, siteDir } from '../helpers/site';

/**
 * The open data of the built site (`/donnees/`): every JSON file valid against
 * the JSON Schema the site publishes, every Akoma Ntoso file valid against the
 * vendored OASIS schema, and both faithful to the pages: for every paragraph,
 * the JSON text, the JSON HTML and the AKN text equal the page's; every
 * citation and every <ref> leads to a text page that exists; eIds and page ids
 * map one to one.
 */
const dir = () => siteDir();
const read = (path: string) => readFileSync(join(dir(), path), 'utf8');
const json = (path: string) => JSON.parse(read(path));

interface ParagraphJson {
  id: string;
  adresse: string;
  texte: string;
  html: string;
  citations: { slug: string; adresse: string; mots: string; debut: number; fin: number }[];
}

interface ReportJson {
  sections: { numero: number; adresse: string; paragraphes: ParagraphJson[] }[];
  retires: { id: string }[];
}

const index = () => json('donnees/index.json');
const reportFiles = (): string[] => index().rapports.map((r: { json: string }) => r.json.slice(1));
const aknFiles = (): string[] => index().rapports.map((r: { akomaNtoso: string }) => r.akomaNtoso.slice(1));
const textFiles = (): string[] =>
  readdirSync(join(dir(), 'resolutions'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `resolutions/${name}`);

/** Elements of an XML tree, in document order. */
function elements(node: Nodes, name?: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element' && (!name || n.name === name)) found.push(n);
    if ('children' in n) n.children.forEach(walk);
  };
  walk(node);
  return found;
}
const xmlText = (node: Nodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(xmlText).join('') : '';

/** Page paragraphs (`p`, `li` with a paragraph id) of a report's section pages, by id. */
function pageParagraphs(report: ReportJson): Map<string, HastElement> {
  const found = new Map<string, HastElement>();
  for (const section of report.sections) {
    const page = section.adresse.slice(1);
    for (const node of selectAll('article p[id], article li[id]', parsePage(page))) {
      const id = String(node.properties.id);
      if (PARAGRAPH_ID.test(id)) found.set(id, node);
    }
  }
  return found;
}

/** The HTML of a page paragraph without its link to itself (`a.ancre`). */
function innerHtml(node: HastElement): string {
  const children = node.children.filter(
    (child) =>
      !(child.type === 'element' && child.tagName === 'a' && String(child.properties.className).includes('ancre')),
  );
  return toHtml(children, { allowDangerousHtml: true, allowDangerousCharacters: true });
}

describe('open data files against their published schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validators = new Map<string, ValidateFunction>();
  const validate = (file: string) => {
    const data = json(file);
    let check = validators.get(data.$schema);
    if (!check) {
      check = ajv.compile(json(data.$schema.slice(1)));
      validators.set(data.$schema, check);
    }
    return { valid: check(data), errors: ajv.errorsText(check.errors) };
  };

  it('publishes three schemas under /donnees/ and an index that lists the report and every cited text', () => {
    for (const name of ['rapport', 'resolution', 'index'])
      expect(existsSync(join(dir(), `donnees/${name}.schema.json`))).toBe(true);
    expect(reportFiles()).toEqual(['rapport/rapport.json']);
    expect(
      index()
        .resolutions.map((r: { json: string }) => r.json.slice(1))
        .sort(),
    ).toEqual(textFiles().sort());
  });

  it('validates every JSON file against the schema it names', () => {
    for (const file of ['donnees/index.json', ...reportFiles(), ...textFiles()]) {
      const { valid, errors } = validate(file);
      expect(valid, `${file}: ${errors}`).toBe(true);
    }
  });

  it('fails a file with a missing required field', () => {
    const data = json('rapport/rapport.json');
    delete data.sections[1].paragraphes[0].texte;
    const check = new Ajv({ allErrors: true, strict: true }).compile(json('donnees/rapport.schema.json'));
    expect(check(data)).toBe(false);
  });
});

describe('Akoma Ntoso files against the vendored schema', () => {
  it('validates every rapport.akn.xml (akomantoso30.xsd, OASIS LegalDocML 2017-03-30)', async () => {
    const files = aknFiles().map((file) => ({ fileName: file, contents: read(file) }));
    expect(files.length).toBeGreaterThan(0);
    expect(await aknErrors(files)).toEqual([]);
  }, 60_000);
});

describe('the data say what the pages say', () => {
  let report: ReportJson;
  let page: Map<string, HastElement>;
  let akn: Map<string, Element>;
  beforeAll(() => {
    report = json('rapport/rapport.json');
    page = pageParagraphs(report);
    const tree = fromXml(read('rapport/rapport.akn.xml'));
    akn = new Map(
      elements(tree)
        .filter((e) => typeof e.attributes.eId === 'string' && paragraphIdFromEid(e.attributes.eId))
        .map((e) => [paragraphIdFromEid(String(e.attributes.eId))!, e]),
    );
  });
  const paragraphs = () => report.sections.flatMap((s) => s.paragraphes);

  it('has every paragraph of the pages, once, in the JSON and in the AKN (eIds one to one with page ids)', () => {
    const ids = paragraphs().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...page.keys()].sort()).toEqual([...ids].sort());
    expect([...akn.keys()].sort()).toEqual([...ids].sort());
    expect(ids.length).toBeGreaterThan(20);
  });

  it('gives each paragraph the page’s text and HTML in the JSON, and the page’s text in the AKN', () => {
    for (const paragraph of paragraphs()) {
      const onPage = page.get(paragraph.id)!;
      expect(paragraph.texte, paragraph.id).toBe(toString(onPage));
      expect(paragraph.html, paragraph.id).toBe(innerHtml(onPage));
      const blocks = elements(akn.get(paragraph.id)!, 'p');
      expect(blocks.map(xmlText).join(''), paragraph.id).toBe(toString(onPage));
    }
  });

  it('gives each citation its words at its offsets, and a text page that exists', () => {
    const citations = paragraphs().flatMap((p) => p.citations.map((c) => ({ ...c, texte: p.texte, id: p.id })));
    expect(citations.length).toBeGreaterThan(25);
    for (const c of citations) {
      expect(c.texte.slice(c.debut, c.fin), c.id).toBe(c.mots);
      expect(fileFor(dir(), c.adresse), c.adresse).toMatch(/index\.html$/);
    }
  });

  it('makes every <ref> of the AKN a link to a text page that exists, one per citation', () => {
    const refs = elements(fromXml(read('rapport/rapport.akn.xml')), 'ref').map((r) => String(r.attributes.href));
    expect(refs).toHaveLength(paragraphs().reduce((n, p) => n + p.citations.length, 0));
    for (const href of refs) expect(fileFor(dir(), href), href).toMatch(/resolutions\/[^/]+\/index\.html$/);
  });

  it('lists every passage of a text’s JSON as the report’s JSON has it', () => {
    const byId = new Map(paragraphs().map((p) => [p.id, p]));
    for (const file of textFiles()) {
      const text = json(file);
      for (const group of text.rapports) {
        for (const passage of group.passages) {
          expect(passage.texte, `${file} ${passage.id}`).toBe(byId.get(passage.id)!.texte);
          expect(passage.citations.every((c: { slug: string }) => c.slug === text.slug)).toBe(true);
        }
      }
    }
  });

  it('dates the data from the content only: every date is a meeting’s day', () => {
    const days = new Set(
      json('rapport/rapport.json').reunions.flatMap((m: { debut: string; fin: string }) => [m.debut, m.fin]),
    );
    for (const file of ['rapport/rapport.akn.xml', 'rapport/rapport.json']) {
      for (const [date] of read(file).matchAll(/\b20\d\d-\d\d-\d\d\b/g))
        expect(days, `${file}: ${date}`).toContain(date);
    }
  });
});

describe('how the data are reached', () => {
  it('serves the data with their content types, readable from other sites (_headers)', () => {
    const rules = parseHeaders(read('_headers'));
    const expected = {
      '/rapport/rapport.json': 'application/json; charset=utf-8',
      '/rapport/rapport.akn.xml': 'application/akn+xml; charset=utf-8',
      '/resolutions/pp-140.json': 'application/json; charset=utf-8',
      '/resolutions/pp-140/flux.xml': 'application/atom+xml; charset=utf-8',
      '/rapports.xml': 'application/atom+xml; charset=utf-8',
      '/donnees/index.json': 'application/json; charset=utf-8',
      '/donnees/rapport.schema.json': 'application/schema+json; charset=utf-8',
    };
    for (const [path, type] of Object.entries(expected)) {
      expect(headersFor(rules, path), path).toMatchObject({ 'Content-Type': type, 'Access-Control-Allow-Origin': '*' });
    }
    expect(headersFor(rules, '/rapport/7/')).not.toHaveProperty('Access-Control-Allow-Origin');
  });

  it('links /donnees/ from every page’s footer, and the report and text pages to their data', () => {
    for (const path of ['', 'rapport/7/', 'resolutions/pp-140/']) {
      expect(
        selectAll('footer a', parsePage(path)).map((a) => String(a.properties.href)),
        path,
      ).toContain('/donnees/');
    }
    const alternates = (path: string) =>
      selectAll('link[rel="alternate"]', parsePage(path)).map((node) => String(node.properties.href));
    expect(alternates('rapport/')).toEqual(['/rapport/rapport.json', '/rapport/rapport.akn.xml']);
    expect(alternates('resolutions/pp-140/')).toEqual(['/resolutions/pp-140.json']);
    // The page people open from an email keeps its weight: no alternate links there.
    expect(alternates('rapport/7/')).toEqual([]);
  });

  it('builds no feed without SITE_URL (a feed needs absolute addresses)', () => {
    expect(existsSync(join(dir(), 'rapports.xml'))).toBe(false);
    expect(existsSync(join(dir(), 'resolutions/pp-140/flux.xml'))).toBe(false);
    expect(index()).not.toHaveProperty('flux');
  });
});
