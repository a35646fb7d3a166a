/** `/rapport/rapport.akn.xml`: the report in Akoma Ntoso 3.0, AKN4UN profile (`src/lib/akoma-ntoso.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportInput } from '../../data/open-data';
import { loadReports, type Report } from '../../data/reports';
import { loadSite } from '../../data/site';
import { actorOf, reportAkn } from '../../lib/akoma-ntoso';

export const getStaticPaths = (async () =>
  (await loadReports()).map((report) => ({
    params: { rapport: report.data.chemin },
    props: { report },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = async ({ props }) => {
  const site = await loadSite();
  const xml = reportAkn(await reportInput(props.report), {
    base: import.meta.env.BASE_URL,
    actor: actorOf(site),
    actorName: site.groupe,
    siteName: site.titre,
  });
  return new Response(xml, { headers: { 'content-type': 'application/akn+xml; charset=utf-8' } });
};
