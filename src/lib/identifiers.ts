/**
 * Identifiers of cited texts: how a body and a number become a stable slug
 * (`pp-140`, `conseil-1332`, `uit-r-61`, `a-res-80-173`), and how UN symbols
 * are written. Slugs are public URLs (`/resolutions/pp-140/`): never change
 * this mapping without redirects.
 */
import { BODIES, type BodyId } from './bodies';
import { slugify } from './ids';

/** A UN document symbol: `A/RES/80/173`, `A/70/684`, `E/RES/2025/18`. */
export const UN_SYMBOL = /^[AE]\/(?:RES\/)?\d+(?:\/\d+)+$/;

/** Upper-cases a UN symbol and drops spaces: `a/res/80/173` → `A/RES/80/173`. */
export function normalizeSymbol(symbol: string): string {
  return symbol.replace(/[\s\u00a0\u202f]/g, '').toUpperCase();
}

/** The body that issues a UN symbol: `A/…` the General Assembly, `E/…` ECOSOC. */
export function symbolBody(symbol: string): BodyId {
  return normalizeSymbol(symbol).startsWith('E/') ? 'ecosoc' : 'agnu';
}

/** Whether a UN symbol names a resolution (`…/RES/…`) rather than another document (`A/70/684`). */
export function isResolutionSymbol(symbol: string): boolean {
  return /\/RES\//.test(normalizeSymbol(symbol));
}

/**
 * The number under which a body files a text. ITU-R resolutions carry their
 * revision as a suffix (`61-3` is the third revision of Resolution 61), so the
 * text is `61`; every other number is kept whole.
 */
export function baseNumber(body: BodyId, number: string): string {
  if (body === 'uit-r') return number.replace(/[-\u2011]\d+$/, '');
  if (body === 'agnu' || body === 'ecosoc') return normalizeSymbol(number);
  return number;
}

/** The stable slug of a cited text: `pp-140`, `uit-r-61`, `a-res-80-173`. */
export function slugFor(body: BodyId, number: string): string {
  const base = baseNumber(body, number);
  const prefix = BODIES[body].prefixe;
  return prefix ? `${prefix}-${slugify(base)}` : slugify(base);
}
