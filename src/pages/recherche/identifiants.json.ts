/**
 * `/recherche/identifiants.json`: the identifier map the search reads to put
 * the text with exactly the typed number first (`140`, `A/RES/80/173`,
 * `61-3`…). Built from the resolutions collection at every build.
 */
import type { APIRoute } from 'astro';
import { loadResolutions } from '../../data/resolutions';
import { BODIES } from '../../lib/bodies';
import { fullCitation, kindLabel, resolutionName } from '../../lib/resolutions';
import { identifierKeys, type IdentifierMap } from '../../lib/search';
import { typographize } from '../../lib/typography';
import { sitePath } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const map: IdentifierMap = { textes: {}, cles: {} };
  for (const entry of await loadResolutions()) {
    map.textes[entry.id] = {
      titre: resolutionName(entry.data),
      citation: typographize(fullCitation(entry.data)),
      url: sitePath(`resolutions/${entry.id}/`),
      organe: BODIES[entry.data.organe].nom,
      type: kindLabel(entry.data),
    };
    for (const key of identifierKeys(entry.data)) (map.cles[key] ??= []).push(entry.id);
  }
  return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json' } });
};
