/**
 * The files around the paragraph pins, for `astro.config.mjs`: the published
 * pins are read from `permalinks.json`, and under `npm run permalinks` each
 * section's pinned ids are recorded for the script, which then writes
 * `permalinks.json`. The plugin (`rehype-paragraph-ids`) reads and writes no
 * file: it takes the pins and the recorder as options.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PinnedSection, ReportPins } from '../lib/paragraph-pins';
import { parsePermalinks, type PermalinksManifest } from '../lib/permalinks-file';

/**
 * The permalinks manifest (`permalinks.json`), read with a French error that
 * names it and the place of a fault (`src/lib/permalinks-file.ts`); an absent
 * manifest reads as empty (a new site publishes nothing yet).
 */
export function readPermalinks(manifestPath = 'permalinks.json'): PermalinksManifest {
  if (!existsSync(manifestPath)) return {};
  return parsePermalinks(readFileSync(manifestPath, 'utf8'), manifestPath);
}

/** The published paragraphs of every report, from a permalinks manifest's `paragraphes` (none when it is absent). */
export function readPins(manifestPath = 'permalinks.json'): Record<string, ReportPins> {
  return (readPermalinks(manifestPath).paragraphes ?? {}) as Record<string, ReportPins>;
}

/**
 * A recorder for `rehype-paragraph-ids`' `onPinned` option: writes each
 * section's ids and fingerprints as `<rapport>--<numero>.json` into `folder`,
 * which `scripts/permalinks.mjs` reads (PARAGRAPH_PINS_RECORD, src/config.ts).
 */
export function pinRecorder(folder: string): (section: PinnedSection) => void {
  return (section) => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${section.rapport}--${section.numero}.json`), JSON.stringify(section));
  };
}
