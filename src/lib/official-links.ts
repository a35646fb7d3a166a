/**
 * Where a cited text can be read in its official version. UN General Assembly
 * and ECOSOC texts have a permanent address by document symbol, through the
 * UN's document-symbol service: `A/RES/70/1` → `https://undocs.org/fr/A/RES/70/1`.
 * An entry's own `lienOfficiel` (from a verifiable source) wins. ITU texts get
 * no derived address: none is invented.
 */
import { BODIES, type BodyId } from './bodies';

/** A UN document symbol of the General Assembly (`A/…`) or ECOSOC (`E/…`). */
const UN_SYMBOL = /^[AE]\/[A-Z0-9./-]+$/;

export interface OfficialLink {
  url: string;
  /** « Texte officiel (ONU) » for a UN text, « Texte officiel » otherwise. */
  label: string;
}

/** The official text of an entry, or `undefined` when no verifiable address exists. */
export function officialLink(data: {
  organe: BodyId;
  numero: string;
  lienOfficiel?: string;
}): OfficialLink | undefined {
  const un = BODIES[data.organe].famille === 'ONU';
  const label = un ? 'Texte officiel (ONU)' : 'Texte officiel';
  if (data.lienOfficiel) return { url: data.lienOfficiel, label };
  if (un && UN_SYMBOL.test(data.numero)) return { url: `https://undocs.org/fr/${data.numero}`, label };
  return undefined;
}
