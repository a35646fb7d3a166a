/**
 * Content errors that name the file and the field, in the spirit of
 * Starlight's error map: one message listing every problem with its path,
 * so an editor knows exactly what to fix. The build stops on them.
 */

/** One problem found in a content file. */
export interface ContentProblem {
  /** Dotted path of the field (`numero`, `presidence.source`); empty for the whole entry. */
  field: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** An error raised for invalid content; its message names the file and each field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ContentProblem[],
  ) {
    super(formatContentProblems(file, problems));
    this.name = 'ContentError';
  }
}

/** Formats problems as a message: `Contenu invalide dans content/x.mdx :` then one line per problem. */
export function formatContentProblems(file: string, problems: readonly ContentProblem[]): string {
  const lines = problems.map((problem) => {
    const where = problem.line ? `ligne ${problem.line}, ` : '';
    const field = problem.field ? `champ « ${problem.field} »` : 'entrée';
    return `  - ${where}${field} : ${problem.message}`;
  });
  return [`Contenu invalide dans ${file} :`, ...lines].join('\n');
}

/** The shape of a zod issue that this module reads (zod 3, as bundled by Astro 5). */
export interface ZodLikeIssue {
  path: readonly (string | number)[];
  message: string;
  code: string;
  keys?: readonly string[];
  expected?: unknown;
  received?: unknown;
}

/** Turns zod issues into content problems with French messages. */
export function problemsFromZodIssues(issues: readonly ZodLikeIssue[]): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const field = issue.path.join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        field: field ? `${field}.${key}` : key,
        message: 'champ inconnu (vérifiez son orthographe ou ajoutez-le au schéma)',
      }));
    }
    if (issue.code === 'invalid_type' && issue.received === 'undefined') {
      return [{ field, message: 'champ obligatoire manquant' }];
    }
    if (issue.code === 'invalid_type') {
      return [
        {
          field,
          message: `type attendu : ${String(issue.expected)}, reçu : ${String(issue.received)}`,
        },
      ];
    }
    return [{ field, message: issue.message }];
  });
}

/**
 * Finds values that more than one entry uses for a field that must be unique
 * (within a group, such as a report), and describes each clash.
 */
export function findDuplicates<T>(
  entries: readonly T[],
  key: (entry: T) => string,
  file: (entry: T) => string,
): { key: string; files: string[] }[] {
  const byKey = new Map<string, string[]>();
  for (const entry of entries) {
    const k = key(entry);
    byKey.set(k, [...(byKey.get(k) ?? []), file(entry)]);
  }
  return [...byKey].filter(([, files]) => files.length > 1).map(([k, files]) => ({ key: k, files: files.sort() }));
}
