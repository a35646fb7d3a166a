/**
 * Per-report data files (a report's timeline, its meetings together, its
 * glossary) name their report in a `rapport` field; this checks that the
 * field agrees with where the file sits, so that copying a file into another
 * report's folder without editing it cannot go unnoticed.
 */
import { ContentError } from './content-errors';

interface EntryLike {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
}

/**
 * Returns a collection check that compares each entry's `rapport` with the
 * report its path implies (`where` reads it from the path: the report's folder,
 * or the file's name for `content/glossaire/<rapport>.yaml`).
 */
export function checkReportOf(where: (path: string) => string | undefined, expected: string) {
  return (entries: readonly EntryLike[]): ContentError[] =>
    entries.flatMap((entry) => {
      const file = entry.filePath ?? entry.id;
      const rapport = String(entry.data.rapport);
      const actual = where(file);
      return actual === rapport
        ? []
        : [
            new ContentError(file, [
              {
                field: 'rapport',
                message: `« ${rapport} » ne correspond pas à ${expected} (« ${actual ?? '?'} »)`,
              },
            ]),
          ];
    });
}

/** The report folder of a path under `content/rapport/<rapport>/…`. */
export function reportFolderOf(path: string): string | undefined {
  const parts = path.split('/');
  const at = parts.lastIndexOf('rapport');
  return at >= 0 ? parts[at + 1] : undefined;
}

/** The file name without extension: `content/glossaire/gtc-smsi-odd-43-44.yaml` → `gtc-smsi-odd-43-44`. */
export function fileStem(path: string): string | undefined {
  return path
    .split('/')
    .at(-1)
    ?.replace(/\.[^.]+$/, '');
}
