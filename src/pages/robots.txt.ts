/** `/robots.txt`: everything may be crawled; points to the sitemap. */
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(sitePath('sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
