/**
 * The JSON Schemas (draft-07) of the open data, published under `/donnees/`
 * (`rapport.schema.json`, `resolution.schema.json`, `index.schema.json`) and
 * used by the tests to validate every data file of the built site. They
 * describe `src/lib/open-data-json.ts`: a field added there is added here, or
 * the tests fail (`additionalProperties: false`).
 */
import { FORMATS } from './open-data-json';

const SCHEMA = 'http://json-schema.org/draft-07/schema#';

/** A site path under the base: `/rapport/7/#p7-3`. */
const path = { type: 'string', pattern: '^/' } as const;
/** An ISO day: `2026-01-16`. */
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const text = { type: 'string', minLength: 1 } as const;
const paragraphId = { type: 'string', pattern: '^p\\d+-\\d+[a-z]*$' } as const;
const label = { type: 'string', pattern: '^\\d+\\.\\d+[a-z]*$' } as const;
const offset = { type: 'integer', minimum: 0 } as const;

const strict = (properties: Record<string, unknown>, required: readonly string[], description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});

const citation = strict(
  {
    slug: { ...text, description: 'Le texte cité (son adresse : /resolutions/<slug>/).' },
    adresse: path,
    mots: { ...text, description: 'Les mots de la citation, tels qu’écrits : texte.slice(debut, fin).' },
    debut: {
      ...offset,
      description: 'Position du premier caractère dans « texte » (unités UTF-16, comme en JavaScript).',
    },
    fin: { ...offset, description: 'Position qui suit le dernier caractère (exclue).' },
  },
  ['slug', 'adresse', 'mots', 'debut', 'fin'],
);

const paragraph = strict(
  {
    id: { ...paragraphId, description: 'L’id du paragraphe dans sa page (p7-3), stable.' },
    libelle: { ...label, description: 'Son numéro tel qu’on le cite : 7.3.' },
    adresse: path,
    rubrique: { ...text, description: 'L’id de l’intertitre qui le précède, s’il y en a un.' },
    texte: { type: 'string', description: 'Le texte exact de la page, en texte brut.' },
    html: { type: 'string', description: 'Le HTML du paragraphe sur la page, sans son lien vers lui-même.' },
    citations: { type: 'array', items: citation },
  },
  ['id', 'libelle', 'adresse', 'texte', 'html', 'citations'],
);

const person = strict({ nom: text, pays: text }, ['nom', 'pays']);

/** `/rapport/rapport.json`. */
export const reportSchema = {
  $schema: SCHEMA,
  $id: 'rapport.schema.json',
  title: 'Un rapport, ses sections et ses paragraphes',
  ...strict(
    {
      $schema: path,
      format: { const: FORMATS.rapport },
      id: text,
      libelle: text,
      titre: text,
      sousTitre: text,
      titreCourt: text,
      cote: { ...text, description: 'La cote officielle du document, quand le contenu la donne.' },
      date: { ...day, description: 'La date officielle du rapport, quand le contenu la donne.' },
      lienOfficiel: { type: 'string', pattern: '^https://' },
      adresse: path,
      donnees: strict({ json: path, akomaNtoso: path }, ['json', 'akomaNtoso']),
      reunions: {
        type: 'array',
        items: strict({ numero: { type: 'integer', minimum: 1 }, dates: text, debut: day, fin: day, adresse: path }, [
          'numero',
          'dates',
          'debut',
          'fin',
          'adresse',
        ]),
      },
      presidence: strict({ presidente: person, vicePresidentes: { type: 'array', items: person } }, [
        'presidente',
        'vicePresidentes',
      ]),
      signature: strict({ nom: text, fonction: text }, ['nom', 'fonction']),
      sections: {
        type: 'array',
        minItems: 1,
        items: strict(
          {
            numero: { type: 'integer', minimum: 0 },
            titre: text,
            adresse: path,
            paragraphes: { type: 'array', items: paragraph },
          },
          ['numero', 'titre', 'adresse', 'paragraphes'],
        ),
      },
      retires: {
        type: 'array',
        description: 'Les paragraphes retirés par un corrigendum : leur id reste, avec cet avis.',
        items: strict({ id: paragraphId, libelle: label, adresse: path, avis: text }, [
          'id',
          'libelle',
          'adresse',
          'avis',
        ]),
      },
    },
    [
      '$schema',
      'format',
      'id',
      'libelle',
      'titre',
      'sousTitre',
      'titreCourt',
      'adresse',
      'donnees',
      'reunions',
      'presidence',
      'signature',
      'sections',
      'retires',
    ],
  ),
} as const;

/** `/resolutions/pp-140.json`. */
export const resolutionSchema = {
  $schema: SCHEMA,
  $id: 'resolution.schema.json',
  title: 'Un texte cité et les passages qui le citent, par rapport',
  ...strict(
    {
      $schema: path,
      format: { const: FORMATS.resolution },
      slug: text,
      nom: text,
      citationComplete: text,
      nature: text,
      organe: strict({ id: text, nom: text, sigle: text }, ['id', 'nom', 'sigle']),
      numero: text,
      revisions: { type: 'array', items: text },
      variantes: { type: 'array', items: text },
      titreOfficiel: text,
      lienOfficiel: { type: 'string', pattern: '^https://' },
      adresse: path,
      donnees: strict({ json: path, flux: path }, ['json']),
      rapports: {
        type: 'array',
        items: strict(
          {
            id: text,
            libelle: text,
            titreCourt: text,
            adresse: path,
            json: path,
            passages: { type: 'array', minItems: 1, items: paragraph },
          },
          ['id', 'libelle', 'titreCourt', 'adresse', 'json', 'passages'],
        ),
      },
    },
    [
      '$schema',
      'format',
      'slug',
      'nom',
      'citationComplete',
      'nature',
      'organe',
      'numero',
      'revisions',
      'variantes',
      'adresse',
      'donnees',
      'rapports',
    ],
  ),
} as const;

/** `/donnees/index.json`. */
export const indexSchema = {
  $schema: SCHEMA,
  $id: 'index.schema.json',
  title: 'Les données publiées : chaque rapport et chaque texte cité',
  ...strict(
    {
      $schema: path,
      format: { const: FORMATS.index },
      schemas: strict({ rapport: path, resolution: path, index: path }, ['rapport', 'resolution', 'index']),
      flux: path,
      rapports: {
        type: 'array',
        minItems: 1,
        items: strict(
          {
            id: text,
            libelle: text,
            titreCourt: text,
            reunions: { type: 'array', items: { type: 'integer', minimum: 1 } },
            adresse: path,
            json: path,
            akomaNtoso: path,
          },
          ['id', 'libelle', 'titreCourt', 'reunions', 'adresse', 'json', 'akomaNtoso'],
        ),
      },
      resolutions: {
        type: 'array',
        items: strict({ slug: text, nom: text, adresse: path, json: path, flux: path }, [
          'slug',
          'nom',
          'adresse',
          'json',
        ]),
      },
    },
    ['$schema', 'format', 'schemas', 'rapports', 'resolutions'],
  ),
} as const;

/** The published schemas by file name under `/donnees/`. */
export const DATA_SCHEMAS = {
  rapport: reportSchema,
  resolution: resolutionSchema,
  index: indexSchema,
} as const;
