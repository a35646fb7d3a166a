/** `/donnees/index.json`: every report and cited text with its data addresses (`src/lib/open-data-json.ts`). */
import type { APIRoute } from 'astro';
import { reportInputs, resolutionInputs } from '../../data/open-data';
import { dataIndexJson, jsonText } from '../../lib/open-data-json';

export const GET: APIRoute = async ({ site }) => {
  // Newest report first, as on /rapports/.
  const reports = (await reportInputs()).toReversed();
  const index = dataIndexJson(import.meta.env.BASE_URL, reports, await resolutionInputs(), {
    feeds: site !== undefined,
  });
  return new Response(jsonText(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
