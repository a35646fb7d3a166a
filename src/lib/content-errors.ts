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
  /** 1-based column in that line, when it matters (an invisible character). */
  column?: number;
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
    const column = problem.line && problem.column ? `colonne ${problem.column}, ` : '';
    const where = problem.line ? `ligne ${problem.line}, ${column}` : '';
    const field = problem.field ? `champ « ${problem.field} »` : 'entrée';
    return `  - ${where}${field} : ${problem.message}`;
  });
  return [`Contenu invalide dans ${file} :`, ...lines].join('\n');
}

/**
 * The shape of a zod issue that this module reads (zod 3, as bundled by Astro 5). Structural, so that `src/lib`
 * needs no Astro import; zod's own issues fit it.
 */
export interface ZodLikeIssue {
  path: readonly (string | number)[];
  code: string;
  /** Set by the schema itself (`.regex(re, message)`, `.refine(…, message)`): zod then does not ask the map. */
  message?: string;
  keys?: readonly string[];
  expected?: unknown;
  received?: unknown;
  options?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  exact?: boolean;
  type?: string;
}

const quoted = (value: unknown) => `« ${String(value)} »`;

/** How many items: `1 élément`, `2 éléments`. */
const count = (n: unknown, word: string) => `${String(n)} ${word}${Number(n) > 1 ? 's' : ''}`;

/** The French message for a bound (`too_small`, `too_big`) of a list, a text or a number. */
function boundMessage(issue: ZodLikeIssue, data: unknown): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  if (issue.type === 'array') {
    if (small && Number(limit) === 1 && !issue.exact) return 'liste vide : au moins un élément attendu';
    const bound = issue.exact ? 'exactement' : small ? 'au moins' : 'au plus';
    return `${bound} ${count(limit, 'élément')} attendu${Number(limit) > 1 ? 's' : ''}`;
  }
  if (issue.type === 'string') {
    const bound = issue.exact ? 'exactement' : small ? 'au moins' : 'au plus';
    return `texte de ${bound} ${count(limit, 'caractère')} attendu`;
  }
  const relation = small
    ? issue.inclusive
      ? 'supérieur ou égal à'
      : 'supérieur à'
    : issue.inclusive
      ? 'inférieur ou égal à'
      : 'inférieur à';
  return `nombre ${relation} ${String(limit)} attendu (reçu : ${String(data)})`;
}

/** The French name of a zod type, as an editor knows it from YAML: `number` → `nombre`. */
const TYPE_NAMES: Record<string, string> = {
  string: 'texte',
  number: 'nombre',
  integer: 'nombre entier',
  float: 'nombre',
  boolean: 'booléen (true ou false)',
  date: 'date',
  array: 'liste',
  object: 'table de champs',
  null: 'valeur vide',
  undefined: 'rien',
  bigint: 'nombre',
  nan: 'nombre invalide',
};

function typeName(type: unknown): string {
  return TYPE_NAMES[String(type)] ?? String(type);
}

/**
 * The one place where a zod issue becomes the French message an editor reads,
 * in the spirit of Starlight's error map (`parseWithFriendlyErrors`): every
 * collection is parsed with it, so no schema repeats a message for a missing
 * field, a wrong type, an unknown field, an empty list, a value outside a list
 * or a number out of range. Messages a schema gives itself (a rule of
 * `content-rules.ts`, a refinement across fields) are kept as written.
 */
export function frenchMessage(issue: ZodLikeIssue, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return 'champ obligatoire manquant';
      if (issue.expected === 'integer') return `nombre entier attendu (reçu : ${String(data)})`;
      return `type attendu : ${typeName(issue.expected)}, reçu : ${typeName(issue.received)}`;
    case 'unrecognized_keys':
      return 'champ inconnu (vérifiez son orthographe ou ajoutez-le au schéma)';
    case 'invalid_enum_value':
      return `valeur attendue : ${(issue.options ?? []).map(quoted).join(' ou ')} (reçu : ${quoted(issue.received)})`;
    case 'invalid_literal':
      return `valeur attendue : ${quoted(issue.expected)} (reçu : ${quoted(data)})`;
    case 'too_small':
    case 'too_big':
      return boundMessage(issue, data);
    case 'invalid_string':
      return `format non reconnu (reçu : ${quoted(data)})`;
    case 'invalid_date':
      return 'date invalide';
    case 'invalid_union':
      return 'valeur qui ne correspond à aucune des formes attendues';
    default:
      return issue.message ?? 'valeur refusée';
  }
}

/** A zod error map (zod 3's `errorMap` parse parameter) that words every issue in French. */
export function frenchErrorMap(issue: ZodLikeIssue, context: { data: unknown }): { message: string } {
  return { message: frenchMessage(issue, context.data) };
}

/** Turns zod issues into content problems, one per field (an issue naming several unknown fields gives one each). */
export function problemsFromZodIssues(issues: readonly ZodLikeIssue[]): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const field = issue.path.join('.');
    const message = issue.message ?? frenchMessage(issue, undefined);
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({ field: field ? `${field}.${key}` : key, message }));
    }
    return [{ field, message }];
  });
}

/** What {@link parseWithFrenchErrors} needs of a schema: zod's `safeParse` with an error map. */
export interface ParsableSchema<T> {
  safeParse(
    data: unknown,
    params?: { errorMap?: typeof frenchErrorMap },
  ): { success: true; data: T } | { success: false; error: { issues: readonly ZodLikeIssue[] } };
}

/**
 * Parses data with a schema and the French error map (Starlight's
 * `parseWithFriendlyErrors`, without throwing): the parsed data, or every
 * problem with its field.
 */
export function parseWithFrenchErrors<T>(
  schema: ParsableSchema<T>,
  data: unknown,
): { ok: true; data: T } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { errorMap: frenchErrorMap });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, problems: problemsFromZodIssues(result.error.issues) };
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
