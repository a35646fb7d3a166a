/** `/robots.txt`: everything may be crawled; points to the sitemap when the build has a public origin. */
import type { APIRoute } from 'astro';
import { publicUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = publicUrl('sitemap-index.xml', site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
