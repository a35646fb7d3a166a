/**
 * The report's structure: which sections a report has, in which order, and
 * checks that span several content entries. Pure functions over plain data,
 * shared by the content loader (checks) and the pages (ordering, navigation).
 */
import { ContentError, findDuplicates } from './content-errors';
import { isBodyId } from './bodies';
import { slugFor } from './identifiers';

/** The minimum a section entry carries for ordering and checks. */
export interface SectionLike {
  id: string;
  filePath?: string;
  data: { rapport: string; numero: number; titre: string };
}

/** Numbered sections of one report (the preamble, section 0, excluded), in order. */
export function numberedSections<T extends SectionLike>(sections: readonly T[], rapport: string): T[] {
  return sections
    .filter((s) => s.data.rapport === rapport && s.data.numero > 0)
    .sort((a, b) => a.data.numero - b.data.numero);
}

/** The preamble (section 0) of a report, if it has one. */
export function preambleOf<T extends SectionLike>(sections: readonly T[], rapport: string): T | undefined {
  return sections.find((s) => s.data.rapport === rapport && s.data.numero === 0);
}

/** Previous and next numbered sections around `numero`. */
export function neighbours<T extends SectionLike>(ordered: readonly T[], numero: number): { previous?: T; next?: T } {
  const index = ordered.findIndex((s) => s.data.numero === numero);
  return { previous: index > 0 ? ordered[index - 1] : undefined, next: index >= 0 ? ordered[index + 1] : undefined };
}

/**
 * Checks that hold across the sections collection: a report uses each section
 * number once, and a file sits in the folder of the report it declares.
 */
export function checkSections(
  entries: readonly { id: string; filePath?: string; data: Record<string, unknown> }[],
): ContentError[] {
  const errors: ContentError[] = [];
  const file = (e: { id: string; filePath?: string }) => e.filePath ?? e.id;
  for (const clash of findDuplicates(entries, (e) => `${String(e.data.rapport)} § ${String(e.data.numero)}`, file)) {
    const [first, ...others] = clash.files;
    errors.push(
      new ContentError(others.join(', '), [
        { field: 'numero', message: `numéro déjà utilisé dans le même rapport (${clash.key}) par ${first}` },
      ]),
    );
  }
  for (const entry of entries) {
    const rapport = String(entry.data.rapport);
    const folder = file(entry).split('/').slice(-2, -1)[0];
    if (folder !== rapport) {
      errors.push(
        new ContentError(file(entry), [
          { field: 'rapport', message: `« ${rapport} » ne correspond pas au dossier du fichier (« ${folder} »)` },
        ]),
      );
    }
  }
  return errors;
}

/** Checks that every meeting number is used once across the collection. */
export function checkMeetings(
  entries: readonly { id: string; filePath?: string; data: Record<string, unknown> }[],
): ContentError[] {
  return findDuplicates(
    entries,
    (e) => String(e.data.numero),
    (e) => e.filePath ?? e.id,
  ).map(
    (clash) =>
      new ContentError(clash.files.slice(1).join(', '), [
        { field: 'numero', message: `réunion ${clash.key} déjà décrite par ${clash.files[0]}` },
      ]),
  );
}

/**
 * Checks that each resolutions entry sits in the file its body and number
 * call for (`pp-140.mdx`): slugs are public URLs and must follow from the data.
 */
export function checkResolutions(
  entries: readonly { id: string; filePath?: string; data: Record<string, unknown> }[],
): ContentError[] {
  return entries.flatMap((entry) => {
    const body = String(entry.data.organe);
    if (!isBodyId(body)) return [];
    const expected = slugFor(body, String(entry.data.numero));
    return entry.id === expected
      ? []
      : [
          new ContentError(entry.filePath ?? entry.id, [
            {
              field: 'numero',
              message: `ce texte doit s’appeler ${expected}.mdx (organe ${body}, numéro ${String(entry.data.numero)})`,
            },
          ]),
        ];
  });
}
