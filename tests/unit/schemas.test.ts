import { describe, expect, it } from 'vitest';
import { parseWithFrenchErrors, type ParsableSchema } from '../../src/lib/content-errors';
import { chronologieSchema, evenementSchema } from '../../src/schemas/chronologies';
import { acronym, day, paragraphRef, partialDate, publicUrl, reportId, slug, text } from '../../src/schemas/fields';
import { glossaireSchema, sigleSchema } from '../../src/schemas/glossaires';
import { pageSchema, pointSchema } from '../../src/schemas/pages';
import { rapportSchema } from '../../src/schemas/rapports';
import { resolutionSchema } from '../../src/schemas/resolutions';
import { reunionsEnsembleSchema } from '../../src/schemas/reunions-ensemble';
import { reunionSchema } from '../../src/schemas/reunions';
import { sectionSchema } from '../../src/schemas/sections';
import { siteSchema } from '../../src/schemas/site';

/**
 * Every collection's schema, parsed directly as the content loader parses it
 * (`parseWithFrenchErrors`, the French error map), in the way of Starlight's
 * `__tests__/basics/schema.test.ts`: each refinement with a value it accepts
 * and one it refuses, and the exact message the editor reads. The loader's
 * wiring (file, line, every fault at once) is proven by one `astro sync` of a
 * fixture site (tests/build/content-faults.test.ts).
 */

/** The parsed data of a value the schema accepts. */
function accepted<T>(schema: ParsableSchema<T>, data: unknown): T {
  const result = parseWithFrenchErrors(schema, data);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.data;
}

/** The problems of a value the schema refuses, as `field: message` (an empty field is the whole value). */
function refused(schema: ParsableSchema<unknown>, data: unknown): string[] {
  const result = parseWithFrenchErrors(schema, data);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.data)}`);
  return result.problems.map(({ field, message }) => (field ? `${field}: ${message}` : message));
}

const person = { nom: 'Mme A', pays: 'Afrique du Sud' };
const RAPPORT = {
  chemin: 'rapport',
  titre: 'Rapport de la Présidente',
  sousTitre: 'sur les résultats',
  titreCourt: 'Rapport 43–44',
  signature: { nom: 'Mme A', fonction: 'Présidente' },
  presidence: { source: 'p0-1', presidente: person, vicePresidentes: [person] },
};
const REUNION = {
  rapport: 'essai',
  numero: 43,
  dates: 'les 9 et 10 septembre 2025',
  debut: '2025-09-09',
  fin: '2025-09-10',
  source: 'p1-1',
};
const POINT = { texte: 'Le Forum du SMSI', source: 'p7-4' };
const PAGE = {
  rapport: 'essai',
  titre: 'SMSI+20',
  menu: 'SMSI+20',
  description: 'Le suivi du SMSI',
  introduction: 'Ce que dit le rapport.',
  parties: [{ id: 'suivi', titre: 'Le suivi', points: [POINT] }],
};

describe('fields shared by the schemas', () => {
  it('a public name: lowercase ASCII words joined by hyphens', () => {
    expect(accepted(slug('id'), 'gtc-smsi-odd-43-44')).toBe('gtc-smsi-odd-43-44');
    for (const bad of ['Rapport', 'a_b', '-a', 'a--b', 'é', 'a-']) {
      expect(refused(slug('id'), bad), bad).toEqual(['id : minuscules, chiffres et tirets']);
    }
    expect(refused(reportId, 'Essai')).toEqual(['identifiant de rapport : minuscules, chiffres et tirets']);
  });

  it('a required text says something', () => {
    expect(accepted(text, ' Texte ')).toBe(' Texte ');
    expect(refused(text, '')).toEqual(['texte vide ou fait seulement d’espaces']);
    expect(refused(text, ' \u00a0 ')).toEqual(['texte vide ou fait seulement d’espaces']);
  });

  it('a paragraph reference', () => {
    for (const good of ['p0-1', 'p7-4', 'p7-2a', 'p12-10']) expect(accepted(paragraphRef, good)).toBe(good);
    for (const bad of ['7.4', 'p7', 'P7-4', '#p7-4', 's7-4']) {
      expect(refused(paragraphRef, bad), bad).toEqual(['id de paragraphe attendu, par exemple « p7-4 » ou « p7-2a »']);
    }
  });

  it('a date as precise as the report: day, month or year (unquoted year read as text)', () => {
    for (const good of ['2025-07-07', '2026-03', '2026']) expect(accepted(partialDate, good)).toBe(good);
    expect(accepted(partialDate, 2026)).toBe('2026');
    expect(refused(partialDate, '2025-12-32')).toMatchInlineSnapshot(`
      [
        "le jour 32 n’existe pas (« 2025-12-32 »)",
      ]
    `);
    expect(refused(partialDate, '2025-02-29')).toMatchInlineSnapshot(`
      [
        "le 29 février 2025 n’existe pas (« 2025-02-29 » : 2025 n’est pas bissextile)",
      ]
    `);
    expect(refused(partialDate, 'juillet 2025')).toMatchInlineSnapshot(`
      [
        "date attendue sous la forme « 2025-07-07 », « 2026-03 » ou « 2026 », entre guillemets (reçu : « juillet 2025 »)",
      ]
    `);
  });

  it('a meeting day: a whole date, read as a Date', () => {
    expect(accepted(day, '2025-09-09')).toEqual(new Date('2025-09-09T00:00:00Z'));
    expect(refused(day, '2025-09')).toMatchInlineSnapshot(`
      [
        "date attendue sous la forme « 2025-09-09 », entre guillemets (reçu : « 2025-09 », un jour précis est requis)",
      ]
    `);
    expect(refused(day, '2025-13-01')).toMatchInlineSnapshot(`
      [
        "le mois 13 n’existe pas (« 2025-13-01 » : mois de 01 à 12)",
      ]
    `);
  });

  it('a published link: https, absolute, no credentials, no spaces', () => {
    expect(accepted(publicUrl, 'https://www.itu.int/fr/')).toBe('https://www.itu.int/fr/');
    expect(refused(publicUrl, 'http://www.itu.int/')).toMatchInlineSnapshot(`
      [
        "seules les adresses https:// sont publiées (reçu : « http: »)",
      ]
    `);
    expect(refused(publicUrl, 'javascript:alert(1)')).toMatchInlineSnapshot(`
      [
        "seules les adresses https:// sont publiées (reçu : « javascript: »)",
      ]
    `);
    expect(refused(publicUrl, '/resolutions/')).toMatchInlineSnapshot(`
      [
        "adresse absolue attendue, commençant par https:// (reçu : « /resolutions/ »)",
      ]
    `);
    expect(refused(publicUrl, 'https://moi:secret@itu.int/')).toMatchInlineSnapshot(`
      [
        "adresse avec un identifiant ou un mot de passe",
      ]
    `);
    expect(refused(publicUrl, 'https://itu.int/a b')).toMatchInlineSnapshot(`
      [
        "adresse avec une espace ou un caractère de contrôle (« https://itu.int/a b »)",
      ]
    `);
  });

  it('an acronym as the report writes it', () => {
    for (const good of ['GTC-SMSI/ODD', 'SMSI+20', 'S. E.', 'Rép.', 'GTC\u2011SMSI/ODD']) {
      expect(accepted(acronym, good)).toBe(good);
    }
    for (const bad of ['20SMSI', 'S.  E.', '<b>UIT</b>', ' UIT']) expect(refused(acronym, bad)).toHaveLength(1);
    expect(refused(acronym, '20SMSI')).toMatchInlineSnapshot(`
      [
        "sigle attendu : une lettre puis des lettres, chiffres, + - / . et des espaces simples (reçu : « 20SMSI »)",
      ]
    `);
  });
});

describe('site', () => {
  it('accepts the site’s title and group, nothing else', () => {
    expect(accepted(siteSchema, { titre: 'Rapport', groupe: 'GTC' })).toEqual({ titre: 'Rapport', groupe: 'GTC' });
    const full = { titre: 'Rapport', groupe: 'GTC', acteurAkn: 'itu-council-cwg-wsis-sdg', organisation: 'UIT' };
    expect(accepted(siteSchema, full)).toEqual(full);
    expect(refused(siteSchema, { ...full, acteurAkn: 'ITU Council' })).toEqual([
      'acteurAkn: acteur Akoma Ntoso : minuscules, chiffres et tirets',
    ]);
    expect(refused(siteSchema, { titre: 'Rapport', auteur: 'X' })).toMatchInlineSnapshot(`
      [
        "groupe: champ obligatoire manquant",
        "auteur: champ inconnu (vérifiez son orthographe ou ajoutez-le au schéma)",
      ]
    `);
  });
});

describe('rapports', () => {
  it('accepts a report, with its official symbol, day and link when a source gives them', () => {
    expect(accepted(rapportSchema, RAPPORT)).toEqual(RAPPORT);
    const official = { ...RAPPORT, cote: 'C26/xx-F', date: '2026-02-02', lienOfficiel: 'https://www.itu.int/md/x' };
    expect(accepted(rapportSchema, official)).toEqual(official);
  });

  it('refuses an official day that is not a whole date, and an official link that is not https', () => {
    expect(refused(rapportSchema, { ...RAPPORT, date: '2026-02', lienOfficiel: 'http://www.itu.int/' }))
      .toMatchInlineSnapshot(`
      [
        "date: date attendue sous la forme « 2025-09-09 », entre guillemets (reçu : « 2026-02 », un jour précis est requis)",
        "lienOfficiel: seules les adresses https:// sont publiées (reçu : « http: »)",
      ]
    `);
  });

  it('refuses a path segment that another page of the site uses, or that is not a public name', () => {
    expect(refused(rapportSchema, { ...RAPPORT, chemin: 'resolutions' })).toMatchInlineSnapshot(`
      [
        "chemin: segment réservé à une autre page du site",
      ]
    `);
    expect(refused(rapportSchema, { ...RAPPORT, chemin: 'Rapport 45' })).toMatchInlineSnapshot(`
      [
        "chemin: segment d’URL : minuscules, chiffres et tirets",
      ]
    `);
  });

  it('refuses a chair without a country and a signature with an unknown field', () => {
    expect(
      refused(rapportSchema, {
        ...RAPPORT,
        signature: { nom: 'Mme A', fonction: 'Présidente', date: '2025' },
        presidence: { ...RAPPORT.presidence, presidente: { nom: 'Mme A' } },
      }),
    ).toMatchInlineSnapshot(`
      [
        "signature.date: champ inconnu (vérifiez son orthographe ou ajoutez-le au schéma)",
        "presidence.presidente.pays: champ obligatoire manquant",
      ]
    `);
  });
});

describe('sections', () => {
  it('accepts the preamble with its anchors, and a numbered section', () => {
    const preamble = { rapport: 'essai', numero: 0, titre: 'Préambule', ancres: { 'Objet:': 'objet' } };
    expect(accepted(sectionSchema, preamble)).toEqual(preamble);
    expect(accepted(sectionSchema, { rapport: 'essai', numero: 7, titre: 'Suivi' })).toEqual({
      rapport: 'essai',
      numero: 7,
      titre: 'Suivi',
    });
  });

  it('refuses a negative or fractional number, and an anchor that is not a public name', () => {
    expect(refused(sectionSchema, { rapport: 'essai', numero: -1, titre: 'x' })).toMatchInlineSnapshot(`
      [
        "numero: nombre supérieur ou égal à 0 attendu (reçu : -1)",
      ]
    `);
    expect(refused(sectionSchema, { rapport: 'essai', numero: 1.5, titre: 'x' })).toMatchInlineSnapshot(`
      [
        "numero: nombre entier attendu (reçu : 1.5)",
      ]
    `);
    expect(refused(sectionSchema, { rapport: 'essai', numero: 0, titre: 'x', ancres: { Objet: 'Objet' } }))
      .toMatchInlineSnapshot(`
      [
        "ancres.Objet: id : minuscules, chiffres et tirets",
      ]
    `);
  });
});

describe('reunions', () => {
  it('accepts a meeting whose dates read as the report writes them; its days become dates, its facts a list', () => {
    expect(accepted(reunionSchema, REUNION)).toEqual({
      ...REUNION,
      debut: new Date('2025-09-09T00:00:00Z'),
      fin: new Date('2025-09-10T00:00:00Z'),
      faits: [],
    });
  });

  it('refuses an end before the start', () => {
    expect(refused(reunionSchema, { ...REUNION, debut: '2025-09-10', fin: '2025-09-09' })).toMatchInlineSnapshot(`
      [
        "fin: la date de fin précède la date de début",
        "dates: ne correspond pas à « debut » et « fin » (attendu : « les 9 et 10 septembre 2025 » pour 2025-09-09 et 2025-09-10)",
      ]
    `);
  });

  it('refuses dates worded otherwise than debut and fin', () => {
    expect(refused(reunionSchema, { ...REUNION, dates: 'les 9 et 11 septembre 2025' })).toMatchInlineSnapshot(`
      [
        "dates: ne correspond pas à « debut » et « fin » (attendu : « les 9 et 10 septembre 2025 » pour 2025-09-09 et 2025-09-10)",
      ]
    `);
  });

  it('judges the wording only when both days were read', () => {
    expect(refused(reunionSchema, { ...REUNION, debut: '2025-09' })).toMatchInlineSnapshot(`
      [
        "debut: date attendue sous la forme « 2025-09-09 », entre guillemets (reçu : « 2025-09 », un jour précis est requis)",
      ]
    `);
  });

  it('refuses a meeting number that is not a positive whole number, and a fact without its paragraph', () => {
    expect(refused(reunionSchema, { ...REUNION, numero: 0, faits: [{ texte: 'x' }] })).toMatchInlineSnapshot(`
      [
        "numero: nombre supérieur à 0 attendu (reçu : 0)",
        "faits.0.source: champ obligatoire manquant",
      ]
    `);
  });
});

describe('reunionsEnsemble', () => {
  it('accepts the facts of the meetings together, at least one', () => {
    const ensemble = { rapport: 'essai', faits: [{ texte: 'Deux réunions', source: 'p1-1' }] };
    expect(accepted(reunionsEnsembleSchema, ensemble)).toEqual(ensemble);
    expect(refused(reunionsEnsembleSchema, { rapport: 'essai', faits: [] })).toMatchInlineSnapshot(`
      [
        "faits: liste vide : au moins un élément attendu",
      ]
    `);
  });
});

describe('chronologies', () => {
  const event = { libelle: 'Forum du SMSI', debut: '2025-07-07', fin: '2025-07-11', source: 'p7-4' };

  it('accepts events dated as precisely as the report says, an unquoted year included', () => {
    expect(accepted(evenementSchema, event)).toEqual(event);
    expect(accepted(evenementSchema, { ...event, debut: 2026, fin: undefined })).toEqual({
      ...event,
      debut: '2026',
      fin: undefined,
    });
    expect(accepted(evenementSchema, { ...event, debut: '2026-03', fin: '2026-04' })).toMatchObject({
      debut: '2026-03',
    });
  });

  it('refuses an end before the start, also between a month and a day', () => {
    expect(refused(evenementSchema, { ...event, fin: '2025-07-06' })).toMatchInlineSnapshot(`
      [
        "fin: la date de fin précède la date de début",
      ]
    `);
    expect(refused(evenementSchema, { ...event, debut: '2026-03', fin: '2026-02-28' })).toMatchInlineSnapshot(`
      [
        "fin: la date de fin précède la date de début",
      ]
    `);
  });

  it('refuses an empty timeline, and names the event of a bad date', () => {
    expect(refused(chronologieSchema, { rapport: 'essai', evenements: [] })).toMatchInlineSnapshot(`
      [
        "evenements: liste vide : au moins un élément attendu",
      ]
    `);
    expect(refused(chronologieSchema, { rapport: 'essai', evenements: [event, { ...event, debut: '2025-12-32' }] }))
      .toMatchInlineSnapshot(`
      [
        "evenements.1.debut: le jour 32 n’existe pas (« 2025-12-32 »)",
      ]
    `);
  });
});

describe('glossaires', () => {
  const fromReport = {
    sigle: 'UIT',
    developpe: 'Union internationale des télécommunications',
    origine: 'rapport',
    source: 'p0-1',
  };
  const usual = { sigle: 'ODD', developpe: 'Objectifs de développement durable', origine: 'usage' };

  it('accepts an expansion the report gives, with its paragraph, and a usual one without', () => {
    expect(accepted(glossaireSchema, { rapport: 'essai', sigles: [fromReport, usual] })).toEqual({
      rapport: 'essai',
      sigles: [fromReport, usual],
    });
  });

  it('refuses an expansion from the report without its paragraph, and a usual one with a paragraph', () => {
    expect(refused(sigleSchema, { ...fromReport, source: undefined })).toMatchInlineSnapshot(`
      [
        "source: origine « rapport » : indiquez dans « source » le paragraphe qui donne ce développement",
      ]
    `);
    expect(refused(sigleSchema, { ...usual, source: 'p0-1' })).toMatchInlineSnapshot(`
      [
        "source: origine « usage » : le rapport ne donne pas ce développement, retirez « source » ou passez à « rapport »",
      ]
    `);
  });

  it('refuses an unknown origin, a malformed acronym and an empty glossary', () => {
    expect(refused(sigleSchema, { ...usual, origine: 'habitude' })).toMatchInlineSnapshot(`
      [
        "origine: valeur attendue : « rapport » ou « usage » (reçu : « habitude »)",
      ]
    `);
    expect(refused(sigleSchema, { ...usual, sigle: 'O D D ' })).toMatchInlineSnapshot(`
      [
        "sigle: sigle attendu : une lettre puis des lettres, chiffres, + - / . et des espaces simples (reçu : « O D D  »)",
      ]
    `);
    expect(refused(glossaireSchema, { rapport: 'essai', sigles: [] })).toMatchInlineSnapshot(`
      [
        "sigles: liste vide : au moins un élément attendu",
      ]
    `);
  });
});

describe('pages', () => {
  it('accepts an editorial page; a point’s texts default to none', () => {
    expect(accepted(pageSchema, PAGE).parties[0]!.points[0]).toEqual({ ...POINT, resolutions: [] });
    const full = {
      ...POINT,
      resolutions: ['pp-140'],
      reunion: 44,
      debut: '2025',
      fin: '2026-03',
      lieu: 'Genève',
      liste: ['a'],
    };
    expect(accepted(pointSchema, full)).toEqual(full);
  });

  it('refuses a page without parts, a part without points, and an anchor that is not a public name', () => {
    expect(refused(pageSchema, { ...PAGE, parties: [] })).toMatchInlineSnapshot(`
      [
        "parties: liste vide : au moins un élément attendu",
      ]
    `);
    expect(refused(pageSchema, { ...PAGE, parties: [{ id: 'Suivi du SMSI', titre: 'Le suivi', points: [] }] }))
      .toMatchInlineSnapshot(`
      [
        "parties.0.id: id : minuscules, chiffres et tirets",
        "parties.0.points: liste vide : au moins un élément attendu",
      ]
    `);
  });

  it('refuses a point’s meeting that is not a positive whole number, a bad date and an empty item', () => {
    expect(refused(pointSchema, { ...POINT, reunion: -44, debut: '2025-13', liste: [' '] })).toMatchInlineSnapshot(`
      [
        "reunion: nombre supérieur à 0 attendu (reçu : -44)",
        "debut: le mois 13 n’existe pas (« 2025-13 » : mois de 01 à 12)",
        "liste.0: texte vide ou fait seulement d’espaces",
      ]
    `);
  });
});

describe('resolutions', () => {
  const resolution = { organe: 'pp', numero: '140', type: 'resolution' };

  it('accepts a cited text; revisions and variants default to none', () => {
    expect(accepted(resolutionSchema, { ...resolution, lienOfficiel: 'https://www.itu.int/140' })).toEqual({
      ...resolution,
      revisions: [],
      variantes: [],
      lienOfficiel: 'https://www.itu.int/140',
    });
  });

  it('refuses an unknown body and type, and an official link that is not https', () => {
    expect(
      refused(resolutionSchema, { ...resolution, organe: 'unesco', type: 'decision', lienOfficiel: 'http://x.org/' }),
    ).toMatchInlineSnapshot(`
      [
        "organe: valeur attendue : « pp » ou « conseil » ou « cmdt » ou « amnt » ou « uit-r » ou « agnu » ou « ecosoc » (reçu : « unesco »)",
        "type: valeur attendue : « resolution » ou « document » (reçu : « decision »)",
        "lienOfficiel: seules les adresses https:// sont publiées (reçu : « http: »)",
      ]
    `);
  });

  it('refuses a missing number and an empty revision', () => {
    expect(refused(resolutionSchema, { organe: 'pp', type: 'resolution', revisions: [''] })).toMatchInlineSnapshot(`
      [
        "numero: champ obligatoire manquant",
        "revisions.0: texte vide ou fait seulement d’espaces",
      ]
    `);
  });
});
