/**
 * On a redirect page, keeps the fragment the visitor arrived with
 * (`/s/7/#p7-2` → `/rapport/7/#p7-2`) when the target has none of its own;
 * the page's meta refresh does the rest without JavaScript.
 */
// The visible fallback link, resolved on this origin (the canonical URL names the public site).
const target = document.querySelector<HTMLAnchorElement>('main a')?.href;
if (target) {
  const url = new URL(target);
  if (!url.hash && location.hash) url.hash = location.hash;
  location.replace(url.href);
}
