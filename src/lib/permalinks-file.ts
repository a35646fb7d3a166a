/**
 * Reading `permalinks.json` (the published URLs, redirects and paragraph
 * pins) with a French error that names the file and the place of the fault,
 * instead of the JSON parser's English or Astro's « Unable to load your Astro
 * config ».
 */

/** What the build reads of the manifest. */
export interface PermalinksManifest {
  moved?: Record<string, string>;
  paragraphes?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Line and column (1-based) of an offset in a text. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** The offset a JSON.parse error names (`… in JSON at position 42`), if any. */
function offsetOf(error: unknown): number | undefined {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Parses the manifest's text, or throws an error naming `name`, the line and
 * column of the fault and what to do: `parsePermalinks('{"moved": }')` →
 * « permalinks.json illisible : JSON invalide ligne 1, colonne 11 … ».
 */
export function parsePermalinks(text: string, name = 'permalinks.json'): PermalinksManifest {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const offset = offsetOf(error) ?? text.length;
    const { line, column } = placeOf(text, Math.min(offset, text.length));
    throw new Error(
      `${name} illisible : JSON invalide ligne ${line}, colonne ${column} (virgule, guillemet ou accolade manquant ou en trop) ; corrigez-le, ou rétablissez la version publiée et relancez « npm run permalinks »`,
    );
  }
  const problem = shapeProblem(data);
  if (problem) throw new Error(`${name} invalide : ${problem}`);
  return data as PermalinksManifest;
}

/** What is wrong with the manifest's shape, if anything. */
function shapeProblem(data: unknown): string | undefined {
  const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isRecord(data)) return 'un objet JSON { … } est attendu';
  const manifest = data as Record<string, unknown>;
  if (manifest.moved !== undefined) {
    if (!isRecord(manifest.moved)) return 'champ « moved » : un objet { "ancienne adresse": "nouvelle" } est attendu';
    const bad = Object.entries(manifest.moved as Record<string, unknown>).find(([, to]) => typeof to !== 'string');
    if (bad) return `champ « moved.${bad[0]} » : une adresse (texte) est attendue`;
  }
  if (manifest.paragraphes !== undefined && !isRecord(manifest.paragraphes)) {
    return 'champ « paragraphes » : un objet par rapport est attendu';
  }
  return undefined;
}
