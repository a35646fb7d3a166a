/**
 * File names that become part of an address (`pages/<slug>.yaml` is served at
 * `/<slug>/`, `resolutions/<slug>.mdx` at `/resolutions/<slug>/`) are written
 * in lower-case ASCII letters and digits joined by single hyphens: no
 * uppercase, space, accent or letter of another alphabet (`smsі-20` with a
 * Cyrillic « і » would be published beside `smsi-20`, looking the same).
 */
import { slugify } from './ids';

/** The form of a file name that becomes an address: `smsi-20`, `pp-140`. */
export const ADDRESS_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The problem of a file name (without its extension) that would become an
 * address: `addressNameProblem('Mon Essai')` → « … écrivez par exemple « mon-essai » ».
 */
export function addressNameProblem(stem: string): string | undefined {
  if (ADDRESS_NAME.test(stem)) return undefined;
  const suggestion = slugify(stem);
  return `le nom du fichier « ${stem} » devient une adresse du site : écrivez-le en lettres minuscules sans accents (a-z), chiffres et tirets simples${suggestion ? `, par exemple « ${suggestion} »` : ''}`;
}
