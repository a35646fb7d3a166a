import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { ContentError } from '../lib/content-errors';
import {
  fingerprint,
  firstWords,
  pinParagraphIds,
  pinProblemsMessage,
  type PinnedIds,
  type ReportPins,
} from '../lib/paragraph-pins';
import { displayPath } from './frontmatter';

/** The published paragraphs of every report, from a permalinks manifest's `paragraphes` (none when it is absent). */
export function readPins(manifestPath = 'permalinks.json'): Record<string, ReportPins> {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      paragraphes?: Record<string, ReportPins>;
    };
    return manifest.paragraphes ?? {};
  } catch {
    return {};
  }
}

/** What `npm run permalinks` asks of the pins (src/config.ts reads its environment). */
export interface PinOptions {
  /** Changed paragraphs keep their id, removed ones become notices (a corrigendum). */
  accept?: boolean;
  /** A folder where each section's ids and fingerprints are written. */
  record?: string;
}

/**
 * Pins a section's paragraph ids (`src/lib/paragraph-pins.ts`) to those
 * published in `permalinks.json`, read at each compilation so that `npm run dev`
 * sees an accepted change. A changed or removed published paragraph stops the
 * build, listing the ids with their old and new first words.
 *
 * `npm run permalinks` sets `record` (a folder: each section's ids and
 * fingerprints are written there; PARAGRAPH_PINS_RECORD, read by src/config.ts)
 * and, with `--accepter`, `accept` (changed paragraphs keep their id, removed
 * ones become notices; PARAGRAPH_PINS_ACCEPT=1) — nothing else writes anything.
 * `pins` replaces the manifest (tests pass their own).
 */
export function pinSection(
  file: VFile,
  rapport: string,
  numero: number,
  texts: readonly string[],
  pins: Record<string, ReportPins> = readPins(),
  { accept = false, record }: PinOptions = {},
): PinnedIds {
  const pinned = pinParagraphIds(numero, texts, pins[rapport], accept);
  if (pinned.problems.length > 0) {
    throw new ContentError(displayPath(file), [
      ...pinProblemsMessage(pinned.problems).map((message) => ({ field: '', message })),
      {
        field: '',
        message:
          'un lien déjà publié (#id) montrerait un autre texte : rétablissez le texte, ou, si le changement est voulu (corrigendum), enregistrez-le avec « npm run permalinks -- --accepter »',
      },
    ]);
  }
  if (record) {
    mkdirSync(record, { recursive: true });
    const paragraphs = pinned.ids.map((id, i) => ({
      id,
      empreinte: fingerprint(texts[i]!),
      debut: firstWords(texts[i]!),
    }));
    writeFileSync(join(record, `${rapport}--${numero}.json`), JSON.stringify({ rapport, numero, paragraphs }));
  }
  return pinned;
}
