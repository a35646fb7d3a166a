import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf, iriNumber, paragraphEid, paragraphIdFromEid, reportAkn, reportIris } from '../../src/lib/akoma-ntoso';
import { dataIndexJson, reportJson, resolutionJson, type ReportInput } from '../../src/lib/open-data-json';
import { DATA_SCHEMAS } from '../../src/lib/open-data-schemas';
import { publishParagraph } from '../../src/lib/published-paragraph';
import { aknErrors } from '../helpers/akn';

/**
 * The open data from plain inputs (no build): the published form of a
 * paragraph, the JSON files against their published schemas (ajv), and the
 * Akoma Ntoso document against the vendored OASIS schema (xmllint-wasm), with
 * the hard cases of the issue: a citation at the very end of a paragraph or
 * inside an acronym, a lettered paragraph, a retired one, a text without a
 * number, characters XML escapes, a no-break space and a no-break hyphen.
 */

const NBSP = '\u00a0';
const NB_HYPHEN = '\u2011';

const cite = (slug: string, words: string) => `<a href="/resolutions/${slug}/" data-resolution="${slug}">${words}</a>`;

const paragraphs = {
  preamble: publishParagraph({
    id: 'p0-1',
    rubrique: 'objet',
    texte: '',
    html: `Le présent rapport résume la 43ème réunion, tenue conformément à la ${cite('pp-140', 'Résolution 140')}.`,
  }),
  atEnd: publishParagraph({
    id: 'p7-2',
    texte: '',
    html: `Le Groupe a examiné "l'avenir" du SMSI; voir la ${cite('pp-140', 'Résolution 140')}`,
  }),
  lettered: publishParagraph({
    id: 'p7-2a',
    texte: '',
    html: `Inséré : R&amp;D &lt;pilote&gt; "entre" guillemets, 2025${NB_HYPHEN}2026 et 10${NBSP}%.`,
  }),
  inAcronym: publishParagraph({
    id: 'p7-3',
    texte: '',
    html: `La <abbr title="Déclaration du SMSI">${cite('smsi-declaration', 'Déclaration')}</abbr> et l'<abbr title="Assemblée générale">AG</abbr>.`,
  }),
  item: publishParagraph({ id: 'p2-2', texte: '', liste: true, html: 'la 43ème réunion (9 et 10 septembre 2025)' }),
  item2: publishParagraph({ id: 'p2-3', texte: '', liste: true, html: 'la 44ème réunion.' }),
};

const report: ReportInput = {
  id: 'essai-43-44',
  chemin: 'rapport',
  titre: 'Rapport d’essai',
  sousTitre: 'RAPPORT SUR LES 43ème ET 44ème RÉUNIONS',
  titreCourt: 'Rapport d’essai (43ème et 44ème réunions)',
  libelle: 'Rapport 43–44',
  reunions: [
    { numero: 43, dates: 'les 9 et 10 septembre 2025', debut: '2025-09-09', fin: '2025-09-10' },
    { numero: 44, dates: 'les 15 et 16 janvier 2026', debut: '2026-01-15', fin: '2026-01-16' },
  ],
  presidence: { presidente: { nom: 'Mme A', pays: 'B' }, vicePresidentes: [] },
  signature: { nom: 'A', fonction: 'Présidente' },
  sections: [
    {
      numero: 0,
      titre: 'Préambule',
      paragraphes: [paragraphs.preamble],
      retires: [],
      intertitres: [{ id: 'objet', texte: 'Objet' }],
    },
    {
      numero: 2,
      titre: 'Aperçu',
      paragraphes: [paragraphs.item, paragraphs.item2],
      retires: [],
      intertitres: [],
    },
    {
      numero: 7,
      titre: 'Examen & suites <à donner>',
      paragraphes: [paragraphs.atEnd, paragraphs.lettered, paragraphs.inAcronym],
      retires: [{ id: 'p7-9', avis: 'Le paragraphe 7.9 a été retiré du rapport par un corrigendum.' }],
      intertitres: [],
    },
  ],
};

const aknOptions = { base: '/', actor: 'gte', actorName: 'GTE', siteName: 'Rapports d’essai' };

describe('the published form of a paragraph', () => {
  it('is typeset as the page is: apostrophes, quotes, spaces before ; and :', () => {
    expect(paragraphs.atEnd.texte).toBe(
      'Le Groupe a examiné «\u202fl’avenir\u202f» du SMSI\u202f; voir la Résolution 140',
    );
    expect(paragraphs.lettered.texte).toBe(
      `Inséré\u00a0: R&D <pilote> «\u202fentre\u202f» guillemets, 2025${NB_HYPHEN}2026 et 10${NBSP}%.`,
    );
  });

  it('gives each citation its offsets in the typeset text, at the very end and inside an acronym', () => {
    const [end] = paragraphs.atEnd.citations;
    expect(paragraphs.atEnd.texte.slice(end!.start, end!.end)).toBe('Résolution 140');
    expect(end!.end).toBe(paragraphs.atEnd.texte.length);
    const [inside] = paragraphs.inAcronym.citations;
    expect(paragraphs.inAcronym.texte.slice(inside!.start, inside!.end)).toBe('Déclaration');
  });

  it('keeps the HTML as the page has it, characters unescaped but & and < escaped', () => {
    expect(paragraphs.lettered.html).toContain('R&#x26;D &#x3C;pilote>');
    expect(paragraphs.inAcronym.html).toContain('<abbr title="Déclaration du SMSI"><a href=');
  });
});

describe('eIds from page ids (AKN4UN naming convention)', () => {
  it('maps p7-3 to sec_7__para_3 and back, lettered ids included', () => {
    expect(paragraphEid('p7-3')).toBe('sec_7__para_3');
    expect(paragraphEid('p7-2a')).toBe('sec_7__para_2a');
    expect(paragraphEid('p0-1')).toBe('sec_0__para_1');
    for (const id of ['p7-3', 'p7-2a', 'p0-1', 'p12-0aa']) expect(paragraphIdFromEid(paragraphEid(id))).toBe(id);
    expect(paragraphIdFromEid('sec_7')).toBeUndefined();
  });

  it('writes document numbers as IRI segments: / → -, space → _', () => {
    expect(iriNumber('CL 154/1')).toBe('CL_154-1');
    expect(iriNumber('C26/12-F')).toBe('C26-12-F');
  });

  it('builds IRIs from the content: the last meeting’s day, or the report’s own date and symbol', () => {
    expect(reportIris(report, 'gte')).toMatchObject({
      work: '/akn/un/debateReport/report/gte/2026-01-16/essai-43-44',
      expression: '/akn/un/debateReport/report/gte/2026-01-16/essai-43-44/fra@2026-01-16',
      manifestation: '/akn/un/debateReport/report/gte/2026-01-16/essai-43-44/fra@2026-01-16/.xml',
      dateName: 'finDeLaDerniereReunion',
    });
    expect(reportIris({ ...report, cote: 'C26/12-F', date: '2026-02-03' }, 'gte')).toMatchObject({
      work: '/akn/un/debateReport/report/gte/2026-02-03/C26-12-F',
      showAs: 'C26/12-F',
      dateName: 'dateDuRapport',
    });
    expect(reportIris({ ...report, reunions: [] }, 'gte')).toMatchObject({
      date: '1900-01-01',
      dateName: 'dateInconnue',
    });
    expect(actorOf({ groupe: 'GTC-SMSI/ODD' })).toBe('gtc-smsi-odd');
    expect(actorOf({ groupe: 'GTC-SMSI/ODD', acteurAkn: 'itu-council-x' })).toBe('itu-council-x');
  });
});

describe('the Akoma Ntoso document', () => {
  const xml = reportAkn(report, aknOptions);
  const dated = reportAkn({ ...report, cote: 'C26/12-F', date: '2026-02-03' }, aknOptions);
  const lines = xml.split('\n');
  const planted = lines.findIndex((line) => line.includes('eId="sec_7__para_3"'));
  lines.splice(planted, 0, '<banane/>');
  // One validation run for the three documents (loading the schema takes seconds).
  let errors: string[] = [];
  beforeAll(async () => {
    errors = await aknErrors([
      { fileName: 'rapport.akn.xml', contents: xml },
      { fileName: 'cote.akn.xml', contents: dated },
      { fileName: 'plante.akn.xml', contents: lines.join('\n') },
    ]);
  }, 60_000);

  it('is valid against the vendored Akoma Ntoso 3.0 schema, hard cases included', () => {
    expect(errors.filter((error) => !error.startsWith('plante.'))).toEqual([]);
  });

  it('fails on a planted invalid element, naming its line', () => {
    const [first] = errors.filter((error) => error.startsWith('plante.'));
    expect(first).toMatch(new RegExp(`^plante\\.akn\\.xml:${planted + 1}: .*banane`));
  });

  it('is a debateReport with a mainBody, the preamble as its first section, lists as blockList items', () => {
    expect(xml).toMatch(/<debateReport name="meetingReport">/);
    expect(xml).toMatch(/<mainBody>\s*<section eId="sec_0">/);
    expect(xml).toContain('<crossHeading eId="sec_0__crossHeading_objet">Objet</crossHeading>');
    expect(xml).toMatch(/<blockList eId="sec_2__liste_1__list_1">\s*<item eId="sec_2__para_2">\s*<num>2\.2<\/num>/);
    expect(xml).toContain('<FRBRnumber value="essai-43-44"/>');
    expect(xml).not.toContain('showAs="undefined"');
  });

  it('leaves retired paragraphs out and makes every citation a <ref> to the cited text’s page', () => {
    expect(xml).not.toContain('para_9');
    expect(xml).toContain('<ref href="/resolutions/pp-140/">Résolution 140</ref>');
    expect(xml).toContain('<abbr title="Déclaration du SMSI"><ref href="/resolutions/smsi-declaration/">');
  });

  it('escapes what XML needs and keeps the page’s characters', () => {
    expect(xml).toContain('R&#x26;D &#x3C;pilote>');
    expect(xml).toContain(`2025${NB_HYPHEN}2026 et 10${NBSP}%`);
    expect(xml).toContain('Examen &#x26; suites &#x3C;à donner>');
  });

  it('is the same for the same content (no build date)', () => {
    expect(reportAkn(report, aknOptions)).toBe(xml);
  });
});

describe('the JSON files against their published schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = {
    rapport: ajv.compile(DATA_SCHEMAS.rapport),
    resolution: ajv.compile(DATA_SCHEMAS.resolution),
    index: ajv.compile(DATA_SCHEMAS.index),
  };
  const json = JSON.parse(JSON.stringify(reportJson('/', report)));

  it('validates a report, its retired paragraph listed with its notice', () => {
    expect(validate.rapport(json), ajv.errorsText(validate.rapport.errors)).toBe(true);
    expect(json.retires).toEqual([
      {
        id: 'p7-9',
        libelle: '7.9',
        adresse: '/rapport/7/#p7-9',
        avis: 'Le paragraphe 7.9 a été retiré du rapport par un corrigendum.',
      },
    ]);
    const lettered = json.sections[2].paragraphes[1];
    expect(lettered).toMatchObject({ id: 'p7-2a', libelle: '7.2a', adresse: '/rapport/7/#p7-2a' });
  });

  it('gives each citation its words and offsets', () => {
    const [citation] = json.sections[2].paragraphes[0].citations;
    expect(citation).toEqual({
      slug: 'pp-140',
      adresse: '/resolutions/pp-140/',
      mots: 'Résolution 140',
      debut: paragraphs.atEnd.texte.length - 14,
      fin: paragraphs.atEnd.texte.length,
    });
  });

  it('fails when a required field is missing', () => {
    const broken = structuredClone(json);
    delete broken.sections[2].paragraphes[0].texte;
    expect(validate.rapport(broken)).toBe(false);
    expect(ajv.errorsText(validate.rapport.errors)).toMatch(/must have required property 'texte'/);
  });

  it('validates a text without a number of its own (a declaration) and the index', () => {
    const declaration = {
      slug: 'smsi-declaration',
      nom: 'Déclaration du SMSI',
      citationComplete: 'Déclaration du SMSI',
      nature: 'Document',
      organe: { id: 'agnu', nom: 'Assemblée générale des Nations Unies', sigle: 'AGNU' },
      numero: 'Déclaration',
      revisions: [],
      variantes: [],
    };
    const citing = [{ report, paragraphes: [{ numero: 7, paragraph: paragraphs.inAcronym }] }];
    const text = JSON.parse(JSON.stringify(resolutionJson('/', declaration, citing, { feeds: true })));
    expect(validate.resolution(text), ajv.errorsText(validate.resolution.errors)).toBe(true);
    expect(text.rapports[0].passages[0].citations).toHaveLength(1);
    const index = JSON.parse(JSON.stringify(dataIndexJson('/', [report], [declaration], { feeds: false })));
    expect(validate.index(index), ajv.errorsText(validate.index.errors)).toBe(true);
    expect(index.resolutions[0]).not.toHaveProperty('flux');
  });
});
