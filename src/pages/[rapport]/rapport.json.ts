/** `/rapport/rapport.json`: the report as JSON (`src/lib/open-data-json.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportInput } from '../../data/open-data';
import { loadReports, type Report } from '../../data/reports';
import { jsonText, reportJson } from '../../lib/open-data-json';

export const getStaticPaths = (async () =>
  (await loadReports()).map((report) => ({
    params: { rapport: report.data.chemin },
    props: { report },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = async ({ props }) =>
  new Response(jsonText(reportJson(import.meta.env.BASE_URL, await reportInput(props.report))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
