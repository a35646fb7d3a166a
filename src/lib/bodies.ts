/**
 * The bodies that issue the texts the reports cite, and the ways French texts
 * name them after a citation (« de la Conférence de plénipotentiaires »,
 * « du Conseil de l’UIT », « de l’AGNU »…). This is the recognizer's
 * vocabulary; the resolutions collection refers to bodies by these ids.
 */

export const BODY_IDS = ['pp', 'conseil', 'cmdt', 'amnt', 'uit-r', 'agnu', 'ecosoc'] as const;
export type BodyId = (typeof BODY_IDS)[number];

export interface Body {
  id: BodyId;
  /** Full French name. */
  nom: string;
  /** Usual French abbreviation. */
  sigle: string;
  /** The name with its preposition, as it follows « Résolution 140 »: `de la Conférence…`. */
  complementDuNom: string;
  /** Group shown on the index of resolutions. */
  famille: 'UIT' | 'ONU';
  /** Prefix of slugs: `pp` → `pp-140`. */
  prefixe: string;
  /**
   * Names that follow « de la / du / de l’ / des » after a citation, as
   * regular-expression sources (spaces match any space, including no-break).
   * Longer names first.
   */
  alias: string[];
}

export const BODIES: Record<BodyId, Body> = {
  pp: {
    id: 'pp',
    nom: 'Conférence de plénipotentiaires de l’UIT',
    sigle: 'PP',
    complementDuNom: 'de la Conférence de plénipotentiaires de l’UIT',
    famille: 'UIT',
    prefixe: 'pp',
    alias: ["Conférence de plénipotentiaires de l[’']UIT", 'Conférence de plénipotentiaires'],
  },
  conseil: {
    id: 'conseil',
    nom: 'Conseil de l’UIT',
    sigle: 'Conseil',
    complementDuNom: 'du Conseil de l’UIT',
    famille: 'UIT',
    prefixe: 'conseil',
    alias: ["Conseil de l[’']UIT", 'Conseil(?! économique)'],
  },
  cmdt: {
    id: 'cmdt',
    nom: 'Conférence mondiale de développement des télécommunications',
    sigle: 'CMDT',
    complementDuNom: 'de la Conférence mondiale de développement des télécommunications',
    famille: 'UIT',
    prefixe: 'cmdt',
    alias: ['CMDT', 'Conférence mondiale de développement des télécommunications'],
  },
  amnt: {
    id: 'amnt',
    nom: 'Assemblée mondiale de normalisation des télécommunications',
    sigle: 'AMNT',
    complementDuNom: 'de l’Assemblée mondiale de normalisation des télécommunications',
    famille: 'UIT',
    prefixe: 'amnt',
    alias: ['AMNT', 'Assemblée mondiale de normalisation des télécommunications'],
  },
  'uit-r': {
    id: 'uit-r',
    nom: 'Assemblée des radiocommunications de l’UIT',
    sigle: 'UIT-R',
    complementDuNom: 'de l’Assemblée des radiocommunications de l’UIT',
    famille: 'UIT',
    prefixe: 'uit-r',
    alias: ['Assemblée des radiocommunications'],
  },
  agnu: {
    id: 'agnu',
    nom: 'Assemblée générale des Nations Unies',
    sigle: 'AGNU',
    complementDuNom: 'de l’Assemblée générale des Nations Unies',
    famille: 'ONU',
    prefixe: '',
    alias: ['Assemblée générale des Nations Unies', 'Assemblée générale', 'AGNU'],
  },
  ecosoc: {
    id: 'ecosoc',
    nom: 'Conseil économique et social de l’ONU',
    sigle: 'ECOSOC',
    complementDuNom: 'du Conseil économique et social de l’ONU',
    famille: 'ONU',
    prefixe: '',
    alias: [
      "Conseil économique et social de l[’']ONU",
      'Conseil économique et social des Nations Unies',
      'Conseil économique et social',
      'ECOSOC',
    ],
  },
};

/** Whether a string is a known body id. */
export function isBodyId(value: string): value is BodyId {
  return (BODY_IDS as readonly string[]).includes(value);
}
