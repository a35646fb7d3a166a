import type { AstroIntegration } from 'astro';

/** What a build without `SITE_URL` prints, once. */
export const MISSING_SITE_URL_WARNING =
  'SITE_URL n’est pas défini : pas d’URL canonique, ni og:url, ni og:image, ni plan du site (sitemap-index.xml), ' +
  'ni ligne « Sitemap: » dans robots.txt. Les liens copiés restent justes (adresse du lecteur). ' +
  'Pour un déploiement : SITE_URL=https://exemple.org npm run build (voir README, « Déploiement »).';

/**
 * Reports how the public origin is known. A build with `SITE_URL` emits the
 * absolute addresses that need it (canonical, Open Graph, sitemap); a build
 * without it emits none of them, rather than pointing at the build machine, and
 * says so once at the start of the build.
 */
export default function siteUrlNotice(site: string | undefined): AstroIntegration {
  return {
    name: 'site-url-notice',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(MISSING_SITE_URL_WARNING);
      },
    },
  };
}
