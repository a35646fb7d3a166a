/**
 * What a link or an image of the content may point to, for Markdown links,
 * images and reference definitions alike (the front matter's `lienOfficiel`
 * follows `publicUrlProblem`, the same rule for `https:`). The address is read
 * as the Markdown parser gives it, character references already decoded
 * (`&#106;avascript:` is `javascript:`), and its scheme is compared
 * case-folded (`JaVaScRiPt:`):
 *
 * - an external link is `https:` (no user name or password, a host) or `mailto:`;
 * - an internal link starts with `/` (the site's root) or `#` (this page): it
 *   is checked against the built site once its pages exist
 *   (`src/integrations/content-links.ts`);
 * - an image comes from the project (`/…`), never from another site;
 * - anything else (`javascript:`, `vbscript:`, `data:`, `file:`, `http:`,
 *   `//host`, a relative path, whitespace) is refused, with the reason in French.
 */
import { publicUrlProblem } from './content-rules';

/** Where a content address leads, or why it is refused. */
export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'refused'; message: string };

/** A link (`[texte](adresse)`, `[texte]: adresse`) or an image (`![texte](adresse)`). */
export type LinkKind = 'lien' | 'image';

const refused = (message: string): LinkTarget => ({ kind: 'refused', message });

/** The scheme of an address, case-folded (`JaVaScRiPt:x` → `javascript`), or undefined when it has none. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
}

/** Decodes `%xx` in an internal path or fragment, or keeps it as written when it is not valid percent-encoding. */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Where a content address leads: `linkTarget('/rapport/7/#p7-3', 'lien')` →
 * internal `/rapport/7/`, fragment `p7-3`; `linkTarget('javascript:x', 'lien')`
 * → refused, « protocole « javascript: » interdit… ».
 */
export function linkTarget(url: string, kind: LinkKind): LinkTarget {
  const what = kind === 'image' ? 'image' : 'lien';
  if (url === '') return refused(`${what} sans adresse`);
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(url)) {
    return refused(`adresse avec une espace ou un caractère de contrôle (« ${url} »)`);
  }
  if (url.startsWith('//')) {
    return refused(`adresse sans protocole (« ${url} ») : écrivez-la en entier, https://…`);
  }
  if (url.startsWith('/') || url.startsWith('#')) {
    if (kind === 'image' && url.startsWith('#')) return refused(`image sans fichier (« ${url} »)`);
    const hash = url.indexOf('#');
    const path = (hash < 0 ? url : url.slice(0, hash)).replace(/\?.*$/, '');
    const fragment = hash < 0 ? undefined : url.slice(hash + 1);
    return { kind: 'internal', path: decoded(path), fragment: fragment === undefined ? undefined : decoded(fragment) };
  }
  const scheme = schemeOf(url);
  if (scheme === undefined) {
    return refused(
      `adresse relative (« ${url} ») : écrivez une adresse du site depuis sa racine (« /rapport/7/ ») ou une adresse https://`,
    );
  }
  if (kind === 'image') {
    return refused(
      `image hors du site (« ${url} ») : une image est un fichier du projet (public/), donnée par son adresse « /… »`,
    );
  }
  if (scheme === 'mailto') {
    return /^mailto:[^@\s/]+@[^@\s/]+$/i.test(url)
      ? { kind: 'external' }
      : refused(`adresse électronique invalide (« ${url} ») : écrivez mailto:nom@exemple.org`);
  }
  if (scheme !== 'https') {
    return refused(`protocole « ${scheme}: » interdit : seuls les liens https:// et mailto: sont publiés`);
  }
  const problem = publicUrlProblem(url);
  return problem ? refused(problem) : { kind: 'external' };
}
