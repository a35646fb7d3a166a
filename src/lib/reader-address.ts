/**
 * The address a reader copies: the page they are on (`location`), without its
 * query (`?surligner=…` is a search's, not the page's), plus the fragment of
 * what they cite. Built from the reader's own address, never from the build's
 * configuration, so that a copied link works wherever the site is served:
 * `readerAddress('https://exemple.org/rapport/7/?surligner=smsi#haut', 'p7-4')`
 * → `https://exemple.org/rapport/7/#p7-4`.
 */
export function readerAddress(href: string, fragment: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = fragment.replace(/^#/, '');
  return url.href;
}
