/**
 * Paragraph ids are pinned, not positional. `permalinks.json` records, for
 * every published paragraph id, a short fingerprint of its words; at build,
 * paragraphs are matched to their published ids by fingerprint, in order, so
 * a paragraph inserted by an editor does not shift the others: it gets the id
 * of the paragraph before it plus a letter (`p7-2a`, `p7-0a` before the first).
 * A published paragraph whose words changed, or that disappeared, is a problem
 * that stops the build until the change is accepted (a corrigendum).
 */
import { createHash } from 'node:crypto';
import { compareParagraphIds, paragraphId, parseParagraphId } from './ids';

/** What the manifest keeps of a published paragraph. */
export interface Pin {
  /** Fingerprint of the paragraph's words ({@link fingerprint}). */
  empreinte: string;
  /** Its first words, for messages and the history. */
  debut: string;
  /** Removed by an accepted corrigendum: its link lands on the section with a notice. */
  retire?: true;
}

/** The pins of one report: paragraph id → pin. */
export type ReportPins = Record<string, Pin>;

/** The words of a text, typography aside: case, accents kept; quotes, apostrophes, dashes and spaces ignored. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A short fingerprint of a paragraph's words: the first 12 hex digits of their SHA-256. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(words(text).join(' ')).digest('hex').slice(0, 12);
}

/** The first words of a text, for a message: « Le Groupe a pris note… ». */
export function firstWords(text: string, count = 8): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length > count ? `${all.slice(0, count).join(' ')}…` : all.join(' ');
}

/** The ids and fingerprints a build gave one section's paragraphs: what `npm run permalinks` records. */
export interface PinnedSection {
  rapport: string;
  numero: number;
  paragraphs: { id: string; empreinte: string; debut: string }[];
}

/** A section's paragraphs as `npm run permalinks` records them: id, fingerprint and first words of each. */
export function pinnedSection(
  rapport: string,
  numero: number,
  ids: readonly string[],
  texts: readonly string[],
): PinnedSection {
  const paragraphs = ids.map((id, i) => ({ id, empreinte: fingerprint(texts[i]!), debut: firstWords(texts[i]!) }));
  return { rapport, numero, paragraphs };
}

/** A published paragraph that changed or disappeared. */
export interface PinProblem {
  id: string;
  kind: 'modifie' | 'retire';
  avant: string;
  apres?: string;
}

/** The ids given to a section's paragraphs, the removed ids to keep as notices, and the problems. */
export interface PinnedIds {
  ids: string[];
  /** Removed paragraphs (accepted): their id and where they stood (before paragraph `before`, or at the end). */
  notices: { id: string; debut: string; before: number }[];
  problems: PinProblem[];
}

/** Longest common subsequence of two lists of fingerprints, as pairs of indexes. */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The id of a paragraph inserted after `previous` and before `next` (ids of
 * the same section, `next` undefined at the end): after `p7-2`, `p7-2a`, then
 * `p7-2b`; after `p7-2a`, `p7-2b`; when `p7-2b` is taken, `p7-2aa` (which
 * reads between `p7-2a` and `p7-2b`). Between `p7-2` and an existing `p7-2a`
 * no id reads in between: the paragraph then gets the first free letter of
 * its number, out of order (a rare case, left visible rather than shifting ids).
 */
export function insertedId(previous: string, next: string | undefined, used: ReadonlySet<string>): string {
  const parsed = parseParagraphId(previous)!;
  const stem = `p${parsed.section}-${parsed.index}`;
  const free = (id: string) => !used.has(id);
  const inOrder = (id: string) => free(id) && (next === undefined || compareParagraphIds(id, next) < 0);
  const letter = (code: number) => String.fromCharCode(code);
  const head = parsed.letters.slice(0, -1);
  const from = parsed.letters ? parsed.letters.charCodeAt(parsed.letters.length - 1) + 1 : 97;
  for (let code = from; code <= 122; code++)
    if (inOrder(`${stem}${head}${letter(code)}`)) return `${stem}${head}${letter(code)}`;
  for (let code = 97; code <= 122; code++)
    if (inOrder(`${previous}${letter(code)}`)) return `${previous}${letter(code)}`;
  for (let n = 1; ; n++) {
    for (let code = 97; code <= 122; code++) {
      const id = `${stem}${'z'.repeat(n - 1)}${letter(code)}`;
      if (free(id)) return id;
    }
  }
}

/**
 * Gives a section's paragraphs their ids from the report's pins. Without any
 * pin for the section (a new section or report), ids are positional
 * (`p9-1`, `p9-2`…). With `accept`, a changed paragraph keeps its id and a
 * removed one becomes a notice (a corrigendum being recorded); otherwise both
 * are problems.
 */
export function pinParagraphIds(
  numero: number,
  texts: readonly string[],
  pins: ReportPins | undefined,
  accept = false,
): PinnedIds {
  const ofSection = Object.entries(pins ?? {})
    .filter(([id]) => parseParagraphId(id)?.section === numero)
    .sort(([a], [b]) => compareParagraphIds(a, b));
  const active = ofSection.filter(([, pin]) => !pin.retire);
  if (active.length === 0) {
    return { ids: texts.map((_, i) => paragraphId(numero, i + 1)), notices: [], problems: [] };
  }
  const prints = texts.map(fingerprint);
  const pairs = commonSubsequence(
    active.map(([, pin]) => pin.empreinte),
    prints,
  );
  const ids = new Array<string>(texts.length);
  const used = new Set(ofSection.map(([id]) => id));
  const problems: PinProblem[] = [];
  const removed: { id: string; debut: string }[] = [];
  let [oldAt, newAt] = [0, 0];
  let previous = paragraphId(numero, 0);
  for (const [oldEnd, newEnd] of [...pairs, [active.length, texts.length] as [number, number]]) {
    // The gap before this match: published paragraphs without a match, new paragraphs without a match.
    const gapOld = active.slice(oldAt, oldEnd);
    const gapNew = Array.from({ length: newEnd - newAt }, (_, k) => newAt + k);
    const paired = Math.min(gapOld.length, gapNew.length);
    for (let k = 0; k < gapOld.length; k++) {
      const [id, pin] = gapOld[k]!;
      if (k < paired) {
        const index = gapNew[k]!;
        if (!accept) problems.push({ id, kind: 'modifie', avant: pin.debut, apres: firstWords(texts[index]!) });
        ids[index] = id;
        previous = id;
      } else if (accept) {
        removed.push({ id, debut: pin.debut });
      } else {
        problems.push({ id, kind: 'retire', avant: pin.debut });
      }
    }
    const next = oldEnd < active.length ? active[oldEnd]![0] : undefined;
    for (const index of gapNew.slice(paired)) {
      const id = insertedId(previous, next, used);
      used.add(id);
      ids[index] = id;
      previous = id;
    }
    if (oldEnd < active.length) {
      ids[newEnd] = active[oldEnd]![0];
      previous = ids[newEnd]!;
    }
    [oldAt, newAt] = [oldEnd + 1, newEnd + 1];
  }
  const retired = [
    ...ofSection.filter(([, pin]) => pin.retire).map(([id, pin]) => ({ id, debut: pin.debut })),
    ...removed,
  ];
  const notices = retired.map(({ id, debut }) => {
    const before = ids.findIndex((other) => compareParagraphIds(other, id) > 0);
    return { id, debut, before: before === -1 ? ids.length : before };
  });
  return { ids, notices, problems };
}

/** The message of a section whose published paragraphs changed, for the editor. */
export function pinProblemsMessage(problems: readonly PinProblem[]): string[] {
  return problems.map((problem) =>
    problem.kind === 'modifie'
      ? `le paragraphe ${problem.id} a changé : « ${problem.avant} » devient « ${problem.apres} »`
      : `le paragraphe ${problem.id} a disparu : « ${problem.avant} »`,
  );
}
