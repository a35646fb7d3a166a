/** `/resolutions/pp-140.json`: a cited text and the passages citing it, by report (`src/lib/open-data-json.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citingReports, resolutionInput } from '../../data/open-data';
import { loadResolutions, type ResolutionEntry } from '../../data/resolutions';
import { jsonText, resolutionJson } from '../../lib/open-data-json';

export const getStaticPaths = (async () =>
  (await loadResolutions()).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ResolutionEntry }> = async ({ props, site }) =>
  new Response(
    jsonText(
      resolutionJson(import.meta.env.BASE_URL, resolutionInput(props.entry), await citingReports(props.entry.id), {
        feeds: site !== undefined,
      }),
    ),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
