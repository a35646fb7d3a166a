/**
 * The report's structure: which sections a report has, in which order, and
 * checks that span several content entries. Pure functions over plain data,
 * shared by the content loader (checks) and the pages (ordering, navigation).
 */
import { ContentError, findDuplicates } from './content-errors';
import { isBodyId, type BodyId } from './bodies';
import { baseNumber, slugFor } from './identifiers';
import { normalizeQuery } from './search-query';
import { checkReportOf, fileStem, reportFolderOf } from './report-files';

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

/** The minimum an entry carries for the checks: its file and its data. */
interface EntryLike {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
}

const fileOf = (entry: { id: string; filePath?: string }) => entry.filePath ?? entry.id;

/**
 * Checks that hold across the sections collection: a report uses each section
 * number once, and a file sits in the folder of the report it declares.
 */
export function checkSections(entries: readonly EntryLike[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const clash of findDuplicates(entries, (e) => `${String(e.data.rapport)} § ${String(e.data.numero)}`, fileOf)) {
    const [first, ...others] = clash.files;
    errors.push(
      new ContentError(others.join(', '), [
        { field: 'numero', message: `numéro déjà utilisé dans le même rapport (${clash.key}) par ${first}` },
      ]),
    );
  }
  return [...errors, ...checkReportOf(reportFolderOf, 'son dossier')(entries)];
}

/**
 * Checks that hold across the meetings collection: a meeting number is used
 * once in the whole site (its page is `/reunions/43/`), and a meeting sits in
 * the folder of the report it declares.
 */
export function checkMeetings(entries: readonly EntryLike[]): ContentError[] {
  const clashes = findDuplicates(entries, (e) => String(e.data.numero), fileOf).map(
    (clash) =>
      new ContentError(clash.files.slice(1).join(', '), [
        { field: 'numero', message: `réunion ${clash.key} déjà décrite par ${clash.files[0]}` },
      ]),
  );
  return [...clashes, ...checkReportOf(reportFolderOf, 'son dossier')(entries)];
}

/** Checks that two reports never share the first segment of their URLs (`chemin`). */
export function checkReports(entries: readonly EntryLike[]): ContentError[] {
  return findDuplicates(entries, (e) => String(e.data.chemin), fileOf).map(
    (clash) =>
      new ContentError(clash.files.slice(1).join(', '), [
        { field: 'chemin', message: `« ${clash.key} » est déjà le chemin de ${clash.files[0]}` },
      ]),
  );
}

/**
 * Checks that each resolutions entry sits in the file its body and number
 * call for (`pp-140.mdx`): slugs are public URLs and must follow from the data.
 */
function checkResolutionFiles(entries: readonly EntryLike[]): ContentError[] {
  return entries.flatMap((entry) => {
    const body = String(entry.data.organe);
    if (!isBodyId(body)) return [];
    const expected = slugFor(body, String(entry.data.numero));
    return fileStem(fileOf(entry)) === expected
      ? []
      : [
          new ContentError(fileOf(entry), [
            {
              field: 'numero',
              message: `ce texte doit s’appeler ${expected}.mdx (organe ${body}, numéro ${String(entry.data.numero)})`,
            },
          ]),
        ];
  });
}

/**
 * The key under which two cited texts are the same text: the body and the
 * number as search compares identifiers (`normalizeQuery`), leading zeros of
 * each number dropped: (`pp`, `0140`) and (`pp`, `140`) → `pp 140`;
 * `A/RES/70/1` and `61-3` keep their form.
 */
export function sameTextKey(body: BodyId, numero: string): string {
  return `${body} ${normalizeQuery(baseNumber(body, numero)).replace(/(?<!\d)0+(?=\d)/g, '')}`;
}

/**
 * Checks the resolutions entries: each sits in the file its body and number
 * call for (`pp-140.mdx`: slugs are public URLs and must follow from the
 * data), and no two files describe the same text (`pp-0140.mdx` beside
 * `pp-140.mdx` would publish « Résolution 0140 » beside Résolution 140),
 * naming both.
 */
export function checkResolutions(entries: readonly EntryLike[]): ContentError[] {
  const texts = entries.filter((entry) => isBodyId(String(entry.data.organe)));
  const twins = findDuplicates(
    texts,
    (entry) => sameTextKey(entry.data.organe as BodyId, String(entry.data.numero)),
    fileOf,
  ).map(
    (twin) =>
      new ContentError(twin.files.join(', '), [
        {
          field: 'numero',
          message: `ces fichiers décrivent le même texte (${twin.key}) : gardez-en un seul`,
        },
      ]),
  );
  return [...checkResolutionFiles(entries), ...twins];
}

/** An entry that names its report. */
interface ReportEntry {
  id: string;
  filePath?: string;
  data: { rapport: string };
}

/** An editorial page as the checks read it: the texts and meeting each point names. */
interface PageEntry extends ReportEntry {
  data: {
    rapport: string;
    parties: readonly { points: readonly { resolutions: readonly string[]; reunion?: number }[] }[];
  };
}

/** The content of every collection, as the checks across collections read it. */
export interface ContentEntries {
  rapports: readonly { id: string }[];
  sections: readonly ReportEntry[];
  reunions: readonly (ReportEntry & { data: { numero: number } })[];
  reunionsEnsemble: readonly ReportEntry[];
  chronologies: readonly ReportEntry[];
  glossaires: readonly ReportEntry[];
  pages: readonly PageEntry[];
  resolutions: readonly { id: string; filePath?: string }[];
}

/**
 * Checks that span collections and need no compiled text: every file names a
 * report that has a `rapport.yaml`, and an editorial page names cited texts
 * (`content/resolutions/<slug>.mdx`) and meetings of its own report that
 * exist. (References to paragraphs need the compiled sections:
 * `src/data/references.ts`.)
 */
export function checkAcrossCollections(content: ContentEntries): ContentError[] {
  const errors: ContentError[] = [];
  const reports = content.rapports.map((r) => r.id);
  const { sections, reunions, reunionsEnsemble, chronologies, glossaires, pages } = content;
  for (const entry of [...sections, ...reunions, ...reunionsEnsemble, ...chronologies, ...glossaires, ...pages]) {
    if (!reports.includes(entry.data.rapport)) {
      const expected = reports.length > 0 ? `attendu : ${reports.join(', ')}` : 'aucun rapport.yaml trouvé';
      errors.push(
        new ContentError(fileOf(entry), [
          { field: 'rapport', message: `aucun rapport « ${entry.data.rapport} » (${expected})` },
        ]),
      );
    }
  }
  const texts = new Set(content.resolutions.map((entry) => fileStem(fileOf(entry))));
  for (const page of pages) {
    const meetings = new Set(reunions.filter((m) => m.data.rapport === page.data.rapport).map((m) => m.data.numero));
    const problems = page.data.parties.flatMap((part, p) =>
      part.points.flatMap((point, s) => {
        const field = `parties.${p}.points.${s}`;
        const unknownTexts = point.resolutions.flatMap((slug, r) =>
          texts.has(slug)
            ? []
            : [{ field: `${field}.resolutions.${r}`, message: `aucun texte « ${slug} » dans content/resolutions/` }],
        );
        const unknownMeeting =
          point.reunion === undefined || meetings.has(point.reunion)
            ? []
            : [{ field: `${field}.reunion`, message: `le rapport ne décrit pas de réunion ${point.reunion}` }];
        return [...unknownTexts, ...unknownMeeting];
      }),
    );
    if (problems.length > 0) errors.push(new ContentError(fileOf(page), problems));
  }
  return errors;
}

/** The message for a reference to a paragraph its report does not have (`source: p7-9`). */
export const missingParagraph = (id: string) => `le paragraphe « ${id} » n’existe pas dans ce rapport`;

/** The message for a heading id (`objet`) under which no paragraph stands. */
export const missingHeading = (anchor: string) => `aucun paragraphe sous l’intertitre d’id « ${anchor} »`;
