/**
 * `/resolutions/pp-140/flux.xml`: the Atom feed of the reports citing a text
 * (`src/lib/atom-feeds.ts`). Built only with a public origin (`SITE_URL`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citingReports, reportInputs, resolutionInput } from '../../../data/open-data';
import { loadResolutions, type ResolutionEntry } from '../../../data/resolutions';
import { loadSite } from '../../../data/site';
import { reportDate, siteTagDate, textFeed } from '../../../lib/atom-feeds';

export const getStaticPaths = (async () =>
  import.meta.env.SITE
    ? (await loadResolutions()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ResolutionEntry }> = async ({ props, site }) => {
  if (!site) throw new Error('le flux d’un texte cité demande SITE_URL');
  const reports = await reportInputs();
  const xml = textFeed(
    site,
    import.meta.env.BASE_URL,
    resolutionInput(props.entry),
    await citingReports(props.entry.id),
    {
      who: (await loadSite()).groupe,
      fallbackDate: reportDate(reports.at(-1)!),
      tagDate: siteTagDate(reports),
    },
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
