import type { CitableText } from '../lib/citations';
import { isBodyId } from '../lib/bodies';
import { baseNumber } from '../lib/identifiers';
import { readContentData } from './content-files';

/**
 * Reads the body and number of every entry of the resolutions collection
 * (`content/resolutions/*.mdx` front matter), for the citation plugin, which
 * runs while MDX compiles and cannot query collections. The collection's own
 * schema still validates these files; this only reads two fields.
 */
export function readCitableTexts(dir: string): CitableText[] {
  return readContentData(dir).flatMap((entry) => {
    const data = (entry ?? {}) as Record<string, unknown>;
    const body = String(data.organe ?? '');
    if (!isBodyId(body) || data.numero === undefined) return [];
    return [{ body, number: baseNumber(body, String(data.numero)) }];
  });
}
