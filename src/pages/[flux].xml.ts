/**
 * `/rapports.xml`: the Atom feed of the reports (`src/lib/atom-feeds.ts`).
 * Built only with a public origin (`SITE_URL`): a feed needs absolute addresses.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportInputs } from '../data/open-data';
import { loadSite } from '../data/site';
import { reportsFeed } from '../lib/atom-feeds';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { flux: 'rapports' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('le flux des rapports demande SITE_URL');
  const xml = reportsFeed(site, import.meta.env.BASE_URL, await reportInputs(), (await loadSite()).groupe);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
