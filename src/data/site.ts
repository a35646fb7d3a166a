/**
 * What belongs to the whole site, whatever the report (`content/site.yaml`):
 * its name and the group's. Views read these instead of writing them.
 */
import { getEntry, type CollectionEntry } from 'astro:content';

export type Site = CollectionEntry<'site'>['data'];

/** The site-level content (the loader's audit has already stopped the build when `site.yaml` is missing). */
export async function loadSite(): Promise<Site> {
  const entry = await getEntry('site', 'site');
  if (!entry) {
    throw new Error('Contenu manquant : content/site.yaml (champs « titre » et « groupe ») décrit le site entier.');
  }
  return entry.data;
}
