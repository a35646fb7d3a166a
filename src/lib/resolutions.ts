/**
 * How cited texts are named, ordered and reached: labels (« Résolution 140 »,
 * the full citation with body and revision), the order of the index, and the
 * keys of the short links (`/r/140`, `/r/61-3`, `/r/a-res-80-173`).
 */
import { BODIES, BODY_IDS, type BodyId } from './bodies';

/** The fields of a resolutions-collection entry that naming and ordering need. */
export interface ResolutionData {
  organe: BodyId;
  numero: string;
  type: 'resolution' | 'document';
  revisions?: string[];
  variantes?: string[];
}

/** « Résolution » or « Document ». */
export function kindLabel(data: Pick<ResolutionData, 'type'>): string {
  return data.type === 'document' ? 'Document' : 'Résolution';
}

/** The number as the report cites it: `140`, `UIT-R 61-3`, `A/RES/80/173`. */
export function citedNumber(data: ResolutionData): string {
  const number = data.variantes?.[0] ?? data.numero;
  return data.organe === 'uit-r' ? `UIT-R ${number}` : number;
}

/** Short name: `Résolution 140`, `Résolution UIT-R 61-3`, `Document A/70/684`. */
export function resolutionName(data: ResolutionData): string {
  return `${kindLabel(data)} ${citedNumber(data)}`;
}

/**
 * The full citation: name, revision as the report writes it (the first one
 * when the report cites several), and issuing body:
 * `Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires de l’UIT`.
 */
export function fullCitation(data: ResolutionData): string {
  const revision = data.revisions?.[0];
  return `${resolutionName(data)}${revision ? ` (${revision})` : ''} ${BODIES[data.organe].complementDuNom}`;
}

/** Orders texts by body (ITU bodies first, as in BODY_IDS), then by number (numeric-aware). */
export function compareResolutions(a: ResolutionData, b: ResolutionData): number {
  return (
    BODY_IDS.indexOf(a.organe) - BODY_IDS.indexOf(b.organe) || a.numero.localeCompare(b.numero, 'fr', { numeric: true })
  );
}

/**
 * Keys under which a text has a short link: its slug, and for ITU texts its
 * number and the numbers as cited (`140`, `61`, `61-3`).
 */
export function shortLinkKeys(slug: string, data: ResolutionData): string[] {
  const keys = [slug];
  if (BODIES[data.organe].famille === 'UIT') keys.push(data.numero, ...(data.variantes ?? []));
  return [...new Set(keys)];
}

/** Groups items by a key, keeping the first-seen order of keys. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
