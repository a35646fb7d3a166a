/**
 * The one fold of accents and case, used wherever two spellings of a word
 * must compare equal: search (queries, identifier keys, acronym keys),
 * highlighting, stop words, and slugs for ids. Lower case, accents and other
 * combining marks of U+0300–U+036F removed after canonical decomposition, and
 * the ligatures spelled out: `Évaluée` → `evaluee`, `Cœur` → `coeur`,
 * `ŒUVRE` → `oeuvre`, `Æ` → `ae`. Compatibility forms are kept (`ﬁ`, `ß`).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}
