/**
 * `/smsi-20/`: the WSIS+20 outcomes as the report gives them, organised for a
 * reader. Each statement keeps close to the report's words and names the
 * paragraph it comes from and the texts it concerns; `loadWsis20()` resolves
 * both and stops the build when a paragraph or a text does not exist.
 */
import { ContentError } from '../lib/content-errors';
import { requirePartialDate, type PartialDate } from '../lib/partial-dates';
import { loadResolutions, type ResolutionEntry } from './resolutions';
import { loadReports, paragraphsOf, requireParagraph, type LocatedParagraph, type Report } from './reports';

const FILE = 'src/data/smsi-20.ts';

interface Statement {
  texte: string;
  /** Paragraph id in the report. */
  source: string;
  /** Slugs of the texts concerned (`/resolutions/<slug>/`). */
  resolutions?: string[];
  /** A meeting the statement concerns (`/reunions/44/`). */
  reunion?: number;
  /** When, as precisely as the report says (`2025-07-07`, `2026-03`, `2026`). */
  debut?: string;
  fin?: string;
  /** Where. */
  lieu?: string;
  /** The items of an enumeration, in the report's words. */
  liste?: string[];
}

interface Part {
  /** Anchor of the part on the page. */
  id: string;
  titre: string;
  statements: Statement[];
}

/** The report whose outcomes the page presents. */
const RAPPORT = 'gtc-smsi-odd-43-44';

const PARTS: Part[] = [
  {
    id: 'manifestation-2025',
    titre: 'La manifestation de haut niveau SMSI+20 de 2025',
    statements: [
      {
        texte:
          'Le Forum 2025 du SMSI s’est tenu en tant que manifestation de haut niveau SMSI+20 de 2025. Il a marqué une étape importante dans l’examen d’ensemble du SMSI+20 mené par l’Assemblée générale des Nations Unies.',
        source: 'p4-1',
        debut: '2025-07-07',
        fin: '2025-07-11',
        lieu: 'Genève',
      },
      { texte: 'L’UIT a accueilli et animé la manifestation.', source: 'p3-2' },
      {
        texte:
          'Les États Membres y ont pris une part active, avec une forte participation au niveau ministériel. La table ronde ministérielle a souligné l’importance de préserver le SMSI en tant que processus fondamental de la coopération numérique mondiale, d’éviter les doubles emplois et de renforcer le Forum du SMSI.',
        source: 'p4-1',
      },
      {
        texte:
          'Les résultats de la manifestation ont été transmis officiellement par le Président de la CSTD au Président du Conseil économique et social, afin d’étayer directement le processus d’examen du SMSI+20.',
        source: 'p4-2',
      },
    ],
  },
  {
    id: 'assemblee-generale',
    titre: 'La réunion de haut niveau de l’Assemblée générale des Nations Unies',
    statements: [
      {
        texte:
          'La réunion de haut niveau de l’Assemblée générale des Nations Unies sur l’examen d’ensemble du SMSI+20 marquait le vingtième anniversaire de la Déclaration de principes de Genève et de l’Agenda de Tunis.',
        source: 'p7-2',
        debut: '2025-12',
      },
      {
        texte:
          'L’UIT y a contribué : les contributions reçues en réponse à son appel, la mise à jour des feuilles de route pour les grandes orientations et les rapports sur les 20 ans de la mise en œuvre des résultats du SMSI ont été soumis à l’Assemblée générale des Nations Unies.',
        source: 'p7-1',
      },
      {
        texte: 'Le document final adopté est la Résolution A/RES/80/173.',
        source: 'p7-3',
        resolutions: ['a-res-80-173'],
      },
      {
        texte: 'Les résultats de la réunion ont été présentés en détail par le Secrétariat à la 44ème réunion.',
        source: 'p7-2',
        reunion: 44,
      },
    ],
  },
  {
    id: 'mandat-uit',
    titre: 'Ce que le document final renouvelle pour l’UIT',
    statements: [
      {
        texte:
          'Le document final (A/RES/80/173) a renouvelé et renforcé le mandat de l’UIT dans la mise en œuvre des résultats du SMSI, notamment :',
        source: 'p7-3',
        resolutions: ['a-res-80-173'],
        liste: [
          'la coordination et la mise en œuvre des grandes orientations du SMSI ;',
          'la convocation du Forum du SMSI ;',
          'la tenue à jour de la plate-forme d’inventaire du SMSI ;',
          'l’organisation des Prix du SMSI ;',
          'la fonction de secrétariat permanent du Groupe UNGIS.',
        ],
      },
      {
        texte:
          'La Résolution A/RES/80/173 prie le Groupe UNGIS d’élaborer une feuille de route pour la mise en œuvre conjointe du SMSI et du Pacte numérique mondial.',
        source: 'p5-1',
        resolutions: ['a-res-80-173'],
      },
    ],
  },
  {
    id: 'suivi',
    titre: 'Le suivi décidé',
    statements: [
      {
        texte:
          'Le Groupe a procédé à un premier débat sur la mise à jour des Résolutions 1332 et 1334 du Conseil et de la Résolution 140 de la Conférence de plénipotentiaires, afin de les aligner sur les résultats du SMSI+20.',
        source: 'p7-4',
        resolutions: ['conseil-1332', 'conseil-1334', 'pp-140'],
      },
      {
        texte:
          'Il a été convenu que le Secrétariat préparerait une analyse des lacunes à soumettre au Conseil à sa session de 2026, compte tenu des mandats actuels et des nouvelles responsabilités énoncées dans le Document final du SMSI+20.',
        source: 'p7-4',
        debut: '2026',
      },
      {
        texte:
          'Le Groupe a rappelé que les résultats du SMSI+20 devraient servir de base à l’examen du Programme 2030.',
        source: 'p5-2',
      },
    ],
  },
  {
    id: 'appels-2026',
    titre: 'Les appels à l’action du SMSI de 2026',
    statements: [
      {
        texte: 'Les parties prenantes ont été invitées à contribuer, avec des échéances prévues en mars 2026 :',
        source: 'p4-3',
        debut: '2026-03',
        liste: [
          'au processus de consultation ouverte pour le Forum du SMSI de 2026 ;',
          'à l’Inventaire du SMSI ;',
          'aux Prix du SMSI ;',
          'au concours photo du SMSI.',
        ],
      },
      {
        texte:
          'Elles ont aussi été invitées à soutenir le Fonds d’affectation spéciale pour le SMSI, notamment en proposant des offres de partenariats dans les six langues de l’Organisation des Nations Unies (ONU).',
        source: 'p4-3',
      },
    ],
  },
];

export interface Wsis20Statement extends Omit<Statement, 'source' | 'resolutions' | 'debut' | 'fin'> {
  paragraph: LocatedParagraph;
  resolutions: ResolutionEntry[];
  debut?: PartialDate;
  fin?: PartialDate;
}

export interface Wsis20Part extends Omit<Part, 'statements'> {
  statements: Wsis20Statement[];
}

/** The parts of the page with their statements resolved; the report they come from. */
export async function loadWsis20(): Promise<{ report: Report; parts: Wsis20Part[] }> {
  const report = (await loadReports()).find((r) => r.id === RAPPORT);
  if (!report) throw new ContentError(FILE, [{ field: 'RAPPORT', message: `aucun rapport « ${RAPPORT} »` }]);
  const [paragraphs, resolutions] = await Promise.all([paragraphsOf(report), loadResolutions()]);
  const parts = PARTS.map((part, p) => ({
    ...part,
    statements: part.statements.map(({ source, resolutions: slugs = [], debut, fin, ...rest }, s) => ({
      ...rest,
      paragraph: requireParagraph(paragraphs, source, { file: FILE, field: `PARTS.${p}.statements.${s}.source` }),
      resolutions: slugs.map((slug) => {
        const entry = resolutions.find((r) => r.id === slug);
        if (!entry) {
          throw new ContentError(FILE, [
            {
              field: `PARTS.${p}.statements.${s}.resolutions`,
              message: `aucun texte « ${slug} » dans content/resolutions/`,
            },
          ]);
        }
        return entry;
      }),
      debut: debut === undefined ? undefined : requirePartialDate(debut),
      fin: fin === undefined ? undefined : requirePartialDate(fin),
    })),
  }));
  return { report, parts };
}
