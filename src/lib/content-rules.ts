/**
 * Rules for single content fields, as pure functions that return the reason a
 * value is refused (in French, for the editor) or undefined when it is good.
 * The collections' schemas (`src/schemas/`) apply them.
 */

/** A required text must say something: not empty, not only spaces (no-break ones included). */
export function blankProblem(text: string): string | undefined {
  return text.trim() === '' ? 'texte vide ou fait seulement d’espaces' : undefined;
}

/**
 * An acronym is one visible token, as the report writes it: a letter first,
 * then letters (accents allowed), digits and the inner characters + - / . ‑
 * (U+2011), words separated by single spaces: `GTC-SMSI/ODD`, `SMSI+20`,
 * `GenAI`, `S. E.`, `Rép.`.
 */
export const ACRONYM = /^\p{L}[\p{L}\p{N}+\-/.\u2011]*(?: [\p{L}\p{N}+\-/.\u2011]+)*$/u;

export function acronymProblem(sigle: string): string | undefined {
  if (ACRONYM.test(sigle)) return undefined;
  return `sigle attendu : une lettre puis des lettres, chiffres, + - / . et des espaces simples (reçu : « ${sigle} »)`;
}

/**
 * A link published on the site: `https:` only, an absolute address with a
 * host, no user name or password, no whitespace or control character.
 * `javascript:`, `data:`, `http:` and relative paths are refused.
 */
export function publicUrlProblem(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return `adresse avec une espace ou un caractère de contrôle (« ${text} »)`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `adresse absolue attendue, commençant par https:// (reçu : « ${text} »)`;
  }
  if (url.protocol !== 'https:') {
    return `seules les adresses https:// sont publiées (reçu : « ${url.protocol} »)`;
  }
  if (url.username !== '' || url.password !== '') return 'adresse avec un identifiant ou un mot de passe';
  if (url.hostname === '') return `adresse sans nom de site (« ${text} »)`;
  return undefined;
}
