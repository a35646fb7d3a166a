/**
 * The fields every collection's schema is made of (`src/schemas/<collection>.ts`): public names, required
 * texts, paragraph references, dates as the report writes them, published links. Each rule of `src/lib` becomes a
 * zod refinement here, with its own French reason; every other message comes from `frenchErrorMap`
 * (`src/lib/content-errors.ts`).
 */
import { z } from 'astro/zod';
import { acronymProblem, blankProblem, publicUrlProblem } from '../lib/content-rules';
import { PARAGRAPH_ID } from '../lib/ids';
import { ADDRESS_NAME } from '../lib/file-names';
import { parsePartialDate, partialDateProblem, requirePartialDate } from '../lib/partial-dates';

/**
 * A public name made of lowercase ASCII words joined by hyphens (a folder, an
 * URL segment, an anchor); `what` names it in the message.
 */
export const slug = (what: string) => z.string().regex(ADDRESS_NAME, `${what} : minuscules, chiffres et tirets`);

/** A report id is the name of its folder: `content/rapport/gtc-smsi-odd-43-44/`. */
export const reportId = slug('identifiant de rapport');

/** A zod refinement from a rule of `src/lib` that returns the reason a value is refused. */
export const rule =
  <T>(problem: (value: T) => string | undefined) =>
  (value: T, ctx: z.RefinementCtx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  };

/** A required text: neither empty nor only spaces. */
export const text = z.string().superRefine(rule(blankProblem));

/** The id of a paragraph of the report: `p7-4`, `p7-2a`. */
export const paragraphRef = z
  .string()
  .regex(PARAGRAPH_ID, 'id de paragraphe attendu, par exemple « p7-4 » ou « p7-2a »');

/** A person named by the report, with their country. */
export const person = z.object({ nom: text, pays: text }).strict();

/** A statement about the report's content, in the report's words as far as possible, with its paragraph. */
export const fact = z.object({ texte: text, source: paragraphRef }).strict();

/**
 * Dates are text, read by our code (`src/lib/partial-dates.ts`), never by YAML: a day (`2025-07-07`), a month
 * (`2026-03`) or a year (`2026`, also accepted unquoted): only as precise as the report is.
 */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().superRefine(rule((value: string) => partialDateProblem(value))),
);

/** A meeting day, `2025-09-09`, read as a date once checked. */
export const day = z
  .string()
  .superRefine(rule((value: string) => partialDateProblem(value, 'jour')))
  .transform((value) => requirePartialDate(value).start);

/** A link published on the site: https only (`src/lib/content-rules.ts`). */
export const publicUrl = z.string().superRefine(rule(publicUrlProblem));

/** An acronym as the report writes it: `GTC-SMSI/ODD`, `S. E.` (`src/lib/content-rules.ts`). */
export const acronym = z.string().superRefine(rule(acronymProblem));

/** The refusal of an end date before the start date (meetings, events). */
export const ENDS_BEFORE_START = { message: 'la date de fin précède la date de début', path: ['fin'] };

/** Both dates of a partial-date range read, and the end's first day before the start's. */
export const endsBeforeStart = (debut: string, fin: string | undefined): boolean => {
  const [start, end] = [parsePartialDate(debut), fin === undefined ? undefined : parsePartialDate(fin)];
  return start !== undefined && end !== undefined && end.start < start.start;
};
