import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { test } from '../helpers/browser-test';
import { waitForResults } from '../helpers/search';
import { copyFixtureSite, editFile, runAstroIn, type AstroRun } from '../helpers/project';
import { serveStatic } from '../helpers/serve';
import { idsOf, listPages, parsePage, readPage } from '../helpers/site';
import { Ajv, type ValidateFunction } from 'ajv';
import { aknErrors } from '../helpers/akn';
import { atomProblems } from '../helpers/atom';

/**
 * Every file of the second report, its glossary, one cited text and site.yaml (one file of every collection) are
 * committed with a byte-order mark and CRLF line endings, as some editors save them, and one paragraph with
 * decomposed accents: they build as if clean.
 *
 * A second report is content only: the fixture site `tests/fixtures/sites/deux-rapports/` (two small reports, meetings
 * 43–44 and 45–46, an editorial page in the second) builds with the project's code unchanged, and every page that
 * lists reports, meetings or citing passages shows both, the newest first; so do the open data (`/donnees/`).
 *
 * Published paragraph ids are pinned by fingerprint (the fixture's own permalinks.json, written by
 * `npm run permalinks` for its content), not by position. The test edits its copy of the first report as an editor
 * would: paragraphs inserted in section 2 (before the first, and after p2-1), a typography-only edit in section 1, one
 * paragraph of the preamble changed and one removed. The build stops on the change and the removal only;
 * `npm run permalinks -- --accepter` records them; the next build passes, with the inserted paragraphs lettered and
 * the others unchanged. That last build, with a public origin (`SITE_URL`) so that the Atom feeds are built, is the
 * one the whole file reads: three Astro runs for both stories, one of them a full build fewer than two fixtures.
 */
const FIXTURE = 'tests/fixtures/sites/deux-rapports';
const work = mkdtempSync(resolve('tmp/deux-rapports-'));
let project = '';
let dir = '';
let output = '';
let siteUrl = '';
let refused: AstroRun;
let accepted: Pick<AstroRun, 'code' | 'output'>;
let rebuilt: AstroRun;
let closeServer = async () => {};

const REPORT = 'content/rapport/rapport-a';

beforeAll(async () => {
  project = copyFixtureSite('deux-rapports', join(work, 'project'));
  editFile(project, `${REPORT}/02-reunions.mdx`, /\nVingt-six/, '\nUn paragraphe ajouté en tête.\n\nVingt-six');
  editFile(
    project,
    `${REPORT}/02-reunions.mdx`,
    'la réunion.\n\n',
    'la réunion.\n\nUn paragraphe inséré après 2.1.\n\n',
  );
  editFile(project, `${REPORT}/01-introduction.mdx`, "L'UIT a contribué", 'L’UIT a contribué');
  editFile(project, `${REPORT}/00-preambule.mdx`, 'invité à prendre note du', 'invité à approuver le');
  editFile(
    project,
    `${REPORT}/00-preambule.mdx`,
    'Plates-formes fédératrices, partenariats et coopération internationale.\n',
    '',
  );
  refused = await runAstroIn(project, 'build');
  // The script builds in its own folders of the copy (tmp/), as a developer would run it; asynchronously,
  // so that the hook's timeout can fire, and killed if it hangs.
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [resolve('scripts/permalinks.mjs'), '--accepter'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 300_000,
    });
    accepted = { code: 0, output: stdout };
  } catch (error) {
    accepted = {
      code: 1,
      output: String((error as { stdout?: string }).stdout) + String((error as { stderr?: string }).stderr),
    };
  }
  // With a public origin: the Atom feeds are built only then.
  rebuilt = await runAstroIn(project, 'build', { SITE_URL: 'https://exemple.org' });
  output = rebuilt.output;
  if (rebuilt.code !== 0) return;
  dir = join(project, 'dist');
  const server = await serveStatic(dir);
  siteUrl = server.url;
  closeServer = server.close;
}, 600_000);
afterAll(async () => {
  await closeServer();
  rmSync(work, { recursive: true, force: true });
});

const page = (path: string): Root => parsePage(path, dir);
const texts = (tree: Root, selector: string) => selectAll(selector, tree).map((node) => toText(node).trim());
const hrefs = (tree: Root, selector: string) => selectAll(selector, tree).map((node) => String(node.properties.href));

/** One file of every collection, committed with a BOM and CRLF line endings. */
const SAVED_WITH_BOM_AND_CRLF = [
  'site.yaml',
  'rapport/rapport-b/rapport.yaml',
  'rapport/rapport-b/pages/suivi.yaml',
  'rapport/rapport-b/01-introduction.mdx',
  'rapport/rapport-b/reunions/45.yaml',
  'rapport/rapport-b/reunions/ensemble.yaml',
  'rapport/rapport-b/chronologie.yaml',
  'glossaire/rapport-b.yaml',
  'resolutions/conseil-1332.mdx',
];

describe('a BOM and CRLF line endings in a file of every collection', () => {
  it('are in the committed fixture', () => {
    for (const file of SAVED_WITH_BOM_AND_CRLF) {
      const bytes = readFileSync(join(FIXTURE, 'content', file));
      expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8'), file).toContain('\r\n');
    }
  });

  it('reach no built page: the pages are those of clean files', () => {
    const pages = listPages(dir);
    const marked = pages.filter((path) => /[\uFEFF\r]/.test(readPage(path, dir)));
    expect(marked).toEqual([]);
    expect(texts(page('rapport-45-46/1/'), 'main h1')[0]).toContain('Introduction');
    // The same file's « ont été présidées » is written with decomposed accents: the page has them composed (NFC).
    const introduction = readPage('rapport-45-46/1/', dir);
    expect(introduction).toContain('ont \u00e9t\u00e9 pr\u00e9sid\u00e9es');
    expect(introduction).not.toContain('\u0301');
    expect(texts(page('suivi/'), 'h1')).toHaveLength(1);
  });
});

describe('a site with two reports, built from content alone', () => {
  it('serves each report under its own path, the first one’s URLs unchanged', () => {
    const pages = listPages(dir);
    for (const path of ['rapport/', 'rapport/1/', 'rapport/2/', 'rapport/complet/']) expect(pages).toContain(path);
    for (const path of ['rapport-45-46/', 'rapport-45-46/1/', 'rapport-45-46/2/', 'rapport-45-46/complet/']) {
      expect(pages).toContain(path);
    }
    expect(pages).toContain('suivi/');
  });

  it('gives every meeting of both reports its page, in one list', () => {
    const pages = listPages(dir);
    for (const numero of [43, 44, 45, 46]) expect(pages).toContain(`reunions/${numero}/`);
    expect(texts(page('reunions/'), '.meeting-list a[href^="/reunions/"]')).toEqual([
      '43ème réunion',
      '44ème réunion',
      '45ème réunion',
      '46ème réunion',
    ]);
    expect(texts(page('reunions/46/'), 'h1')).toEqual(['46ème réunion du GTE']);
  });

  it('lists both reports on /rapports/, the newest first, and leads home to the newest', () => {
    const list = page('rapports/');
    expect(hrefs(list, '.report-list h2 a')).toEqual(['/rapport-45-46/', '/rapport/']);
    expect(texts(list, '.report-list h2 a')).toEqual([
      'Rapport d’essai du GTE (45ème et 46ème réunions)',
      'Rapport d’essai du GTE (43ème et 44ème réunions)',
    ]);
    const home = page('');
    expect(texts(home, '.subtitle')[0]).toContain('45ème');
    expect(hrefs(home, 'a')).toContain('/rapports/');
    expect(hrefs(home, 'a')).toContain('/suivi/');
  });

  it('says on each report page which report it belongs to', () => {
    const trail = (path: string) => texts(page(path), 'nav.breadcrumbs li');
    expect(trail('rapport/1/')).toEqual(['Accueil', 'Rapport 43–44', '§ 1']);
    expect(trail('rapport-45-46/1/')).toEqual(['Accueil', 'Rapport 45–46', '§ 1']);
    expect(trail('suivi/')).toEqual(['Accueil', 'Rapport 45–46', 'Suivi']);
    // On paper too: meeting and editorial pages name their own report, not the newest.
    const printed = (path: string) => texts(page(path), 'main .print-source p')[0];
    expect(printed('reunions/43/')).toBe('Rapport d’essai du GTE (43ème et 44ème réunions)');
    expect(printed('suivi/')).toBe('Rapport d’essai du GTE (45ème et 46ème réunions)');
  });

  it('groups the passages citing a text by report, the newest first', () => {
    const resolution = page('resolutions/pp-140/');
    expect(texts(resolution, '#passages ~ h3')).toEqual([
      'Rapport d’essai du GTE (45ème et 46ème réunions)',
      'Rapport d’essai du GTE (43ème et 44ème réunions)',
    ]);
    expect(hrefs(resolution, '.passages .passage-source a')).toEqual(['/rapport-45-46/1/#p1-2', '/rapport/1/#p1-2']);
    expect(texts(page('resolutions/conseil-1332/'), '#passages ~ h3')).toEqual([
      'Rapport d’essai du GTE (45ème et 46ème réunions)',
    ]);
  });

  it('shows the site’s and the group’s names from site.yaml', () => {
    const home = page('');
    expect(texts(home, '.site-name')[0]).toMatch(/^GTE/);
    expect(texts(home, 'title')[0]).toContain('Rapports d’essai du GTE');
  });

  it('warns about a cited-texts entry that nothing cites, without stopping the build', () => {
    expect(output).toMatch(/resolutions\/cmdt-1\.mdx : aucun rapport ne cite ce texte \(avertissement\)/);
  });
});

describe('the open data of both reports', () => {
  const file = (path: string) => readFileSync(join(dir, path), 'utf8');
  const json = (path: string) => JSON.parse(file(path));

  it('lists both reports in /donnees/index.json, the newest first, with their data files', () => {
    const index = json('donnees/index.json');
    expect(index.rapports.map((r: { json: string }) => r.json)).toEqual([
      '/rapport-45-46/rapport.json',
      '/rapport/rapport.json',
    ]);
    expect(index.flux).toBe('/rapports.xml');
    for (const r of index.rapports) expect(json(r.json.slice(1)).id).toBe(r.id);
  });

  it('validates every JSON file of both reports and their texts against the schema it names', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const index = json('donnees/index.json');
    const files = [
      'donnees/index.json',
      ...index.rapports.map((r: { json: string }) => r.json.slice(1)),
      ...index.resolutions.map((r: { json: string }) => r.json.slice(1)),
    ];
    const validators = new Map<string, ValidateFunction>();
    for (const path of files) {
      const data = json(path);
      const check = validators.get(data.$schema) ?? ajv.compile(json(data.$schema.slice(1)));
      validators.set(data.$schema, check);
      expect(check(data), `${path}: ${ajv.errorsText(check.errors)}`).toBe(true);
    }
  });

  it('gives /resolutions/pp-140/flux.xml one entry per report citing it, newest first, valid Atom', () => {
    const feed = file('resolutions/pp-140/flux.xml');
    expect(atomProblems(feed)).toEqual([]);
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(entries).toEqual([
      'tag:exemple.org,2026-09-08:rapport/rapport-b/texte/pp-140',
      'tag:exemple.org,2025-09-09:rapport/rapport-a/texte/pp-140',
    ]);
    expect(feed).toContain('https://exemple.org/rapport-45-46/1/#p1-2');
    expect(json('resolutions/pp-140.json').rapports.map((r: { id: string }) => r.id)).toEqual([
      'rapport-b',
      'rapport-a',
    ]);
  });

  it('builds every feed as valid Atom, dated by the content', () => {
    const reports = file('rapports.xml');
    expect(atomProblems(reports)).toEqual([]);
    expect(reports.match(/<entry>/g)).toHaveLength(2);
    // rapport-b has its own date in rapport.yaml; rapport-a is dated by its last meeting.
    expect(reports).toContain('<updated>2026-10-05T00:00:00.000Z</updated>');
    for (const slug of ['pp-140', 'conseil-1332', 'cmdt-1']) {
      expect(atomProblems(file(`resolutions/${slug}/flux.xml`)), slug).toEqual([]);
    }
  });

  it('uses the official symbol and date of rapport.yaml in the AKN IRIs and on the report page, valid AKN', async () => {
    const akn = file('rapport-45-46/rapport.akn.xml');
    expect(akn).toContain('<FRBRnumber value="C99-45-F" showAs="C99/45-F"/>');
    expect(akn).toContain('<FRBRuri value="/akn/un/debateReport/report/gte/2026-10-05/C99-45-F"/>');
    expect(akn).toContain('name="dateDuRapport"');
    expect(file('rapport/rapport.akn.xml')).toContain('name="finDeLaDerniereReunion"');
    expect(texts(page('rapport-45-46/'), '.official-document')[0]).toMatch(
      /^Document officiel\s: C99\/45-F, du 5\soctobre\s2026 \(texte officiel/,
    );
    expect(texts(page('rapport/'), '.official-document')).toEqual([]);
    const files = ['rapport/rapport.akn.xml', 'rapport-45-46/rapport.akn.xml'].map((f) => ({
      fileName: f,
      contents: file(f),
    }));
    expect(await aknErrors(files)).toEqual([]);
  }, 60_000);

  it('links each report page and each text page to its data and feed', () => {
    const alternates = (path: string) =>
      selectAll('link[rel="alternate"]', page(path)).map((node) => String(node.properties.href));
    expect(alternates('rapport-45-46/')).toEqual([
      '/rapport-45-46/rapport.json',
      '/rapport-45-46/rapport.akn.xml',
      '/rapports.xml',
    ]);
    expect(alternates('resolutions/pp-140/')).toEqual(['/resolutions/pp-140.json', '/resolutions/pp-140/flux.xml']);
  });
});

describe('search over both reports', () => {
  test('finds a passage in each report', async ({ page: tab }) => {
    await tab.goto(`${siteUrl}recherche/?q=${encodeURIComponent('Bucarest')}`);
    await waitForResults(tab);
    const links = await tab.$$eval('#resultats > li a', (anchors) =>
      anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links).toEqual(expect.arrayContaining(['/rapport/1/', '/rapport-45-46/1/']));
  });
});

describe('a changed or removed published paragraph', () => {
  it('stops the build, naming the file and listing each id with its old and new first words', () => {
    expect(refused.code, refused.output).not.toBe(0);
    expect(refused.output).toContain(`Contenu invalide dans ${REPORT}/00-preambule.mdx`);
    expect(refused.output).toContain(
      'le paragraphe p0-2 a changé : « Le Conseil est invité à prendre note du… » devient « Le Conseil est invité à approuver le présent… »',
    );
    expect(refused.output).toContain(
      'le paragraphe p0-3 a disparu : « Plates-formes fédératrices, partenariats et coopération internationale. »',
    );
    expect(refused.output).toContain('npm run permalinks -- --accepter');
  });

  it('does not count an insertion or a typography change', () => {
    expect(refused.output).not.toMatch(/p[12]-\d+ a (changé|disparu)/);
  });

  it('is recorded by npm run permalinks -- --accepter, with the old fingerprint in the history', () => {
    expect(accepted.code, accepted.output).toBe(0);
    const manifest = JSON.parse(readFileSync(join(project, 'permalinks.json'), 'utf8'));
    const history = manifest.historique as {
      id: string;
      avant: { empreinte: string; debut: string };
      apres: unknown;
    }[];
    expect(history.map((h) => h.id)).toEqual(['p0-2', 'p0-3']);
    const before = JSON.parse(readFileSync(join(FIXTURE, 'permalinks.json'), 'utf8')).paragraphes['rapport-a'];
    expect(history[0]!.avant.empreinte).toBe(before['p0-2'].empreinte);
    expect(history[0]!.apres).toMatchObject({ debut: 'Le Conseil est invité à approuver le présent…' });
    expect(history[1]!.apres).toBeNull();
    const pins = manifest.paragraphes['rapport-a'];
    expect(pins['p0-3'].retire).toBe(true);
    expect(Object.keys(pins).filter((id) => id.startsWith('p2-'))).toEqual(['p2-0a', 'p2-1', 'p2-1a', 'p2-2', 'p2-3']);
  });

  it('builds after it is accepted', () => {
    expect(rebuilt.code, rebuilt.output).toBe(0);
  });

  it('leaves a removed paragraph’s link on its section, with a short notice', () => {
    const page = parsePage('rapport/', dir);
    const notice = select('#p0-3', page)!;
    expect(notice.tagName).toBe('div');
    expect(notice.properties.className).toContain('paragraphe-retire');
    expect(toText(notice)).toBe('Le paragraphe 0.3 a été retiré du rapport par un corrigendum.');
    expect(toText(select('#p0-2', page)!)).toContain('Le Conseil est invité à approuver le présent document.');
    expect(idsOf(page).filter((id) => id.startsWith('p0-'))).toEqual(['p0-1', 'p0-2', 'p0-3', 'p0-4', 'p0-5']);
  });
});

describe('an inserted paragraph', () => {
  it('gets the id before it plus a letter, shown and linkable, the others unchanged', () => {
    const page = parsePage('rapport/2/', dir);
    expect(idsOf(page).filter((id) => /^p2-/.test(id))).toEqual(['p2-0a', 'p2-1', 'p2-1a', 'p2-2', 'p2-3']);
    expect(toText(select('#p2-0a', page)!)).toContain('Un paragraphe ajouté en tête.');
    expect(toText(select('#p2-1', page)!)).toContain('Vingt-six (26) contributions');
    expect(toText(select('#p2-1a', page)!)).toContain('Un paragraphe inséré après 2.1.');
    const link = select('#p2-1a > a.ancre', page)!;
    expect(link.properties.href).toBe('#p2-1a');
    expect(link.properties.dataNum).toBe('2.1a');
    expect(listPages(dir)).toContain('s/2.1a/');
    expect(listPages(dir)).toContain('s/2.0a/');
  });

  it('keeps every id of a section whose only change is typography', () => {
    const page = parsePage('rapport/1/', dir);
    expect(selectAll('[id^="p1-"]', page).map((n) => n.properties.id)).toEqual(['p1-1', 'p1-2']);
    expect(toText(select('#p1-2', page)!)).toContain('L’UIT a contribué');
  });
});
