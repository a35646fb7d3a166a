/**
 * The citations of a report section and the rule that each names a text that
 * has a page: the recognizer (`citations.ts`) run over the text of a section's
 * mdast tree, in reading order, each citation with its line, and the French
 * problem of every citation whose text has no file in `content/resolutions/`.
 * Written once for the two places that apply it: the content loader's audit,
 * before anything compiles (`src/content.config.ts`, every fault of the content
 * at once), and `remark-citations`, which links the citations while MDX
 * compiles and stops on one the audit could not have seen.
 */
import type { ContentProblem } from './content-errors';
import { recognizeCitations, resolveBodies, type CitableText, type Citation } from './citations';
import { baseNumber, slugFor } from './identifiers';

/** The parts of an mdast node read here: a text's value, a parent's children, a position. */
export interface CitationTree {
  type: string;
  value?: unknown;
  children?: readonly CitationTree[];
  position?: { start: { line: number } };
}

/** Node types under which mentions stay plain text: headings, existing links, code. */
export const CITATION_FREE: readonly string[] = ['heading', 'link', 'linkReference', 'inlineCode', 'code'];

/** A citation with the line of the file where it starts. */
export type Located = Citation & { line: number };

/** A text node of the tree and the citations it holds, bodies resolved. */
export interface CitationRun<N> {
  node: N;
  citations: Located[];
}

/**
 * The citations of a section's mdast tree, by text node in reading order
 * (nodes without a citation left out), outside headings, links and code. A
 * mention that does not name its body (« la Résolution 214 ») gets it from an
 * earlier citation of the same number in the file, else from the one known
 * text of that number (`resolveBodies`).
 *
 * `Vu la Résolution 140 de la Conférence de plénipotentiaires.` on line 7 →
 * `[{ node, citations: [{ text: 'Résolution 140', body: 'pp', number: '140', line: 7, … }] }]`.
 */
export function locateCitations<N extends CitationTree>(tree: N, known: readonly CitableText[]): CitationRun<N>[] {
  const runs: { node: N; citations: Citation[] }[] = [];
  const walk = (node: N) => {
    if (CITATION_FREE.includes(node.type)) return;
    if (node.type === 'text') runs.push({ node, citations: recognizeCitations(String(node.value ?? '')) });
    for (const child of node.children ?? []) walk(child as N);
  };
  walk(tree);
  // Bodies left unsaid are resolved in reading order across the whole file.
  const resolved = resolveBodies(
    runs.flatMap((run) => run.citations),
    known,
  );
  const located: CitationRun<N>[] = [];
  let next = 0;
  for (const run of runs) {
    const citations = resolved.slice(next, next + run.citations.length);
    next += run.citations.length;
    if (citations.length === 0) continue;
    const value = String(run.node.value ?? '');
    const line = (offset: number) =>
      (run.node.position?.start.line ?? 0) + (value.slice(0, offset).match(/\n/g)?.length ?? 0);
    located.push({
      node: run.node,
      citations: citations.map((citation) => ({ ...citation, line: line(citation.start) })),
    });
  }
  return located;
}

/**
 * The problem of each citation that names no known text, with its line: the
 * file it would need (`cmdt-999.mdx`), or, for a mention without its body,
 * that several texts (or none) have its number.
 *
 * « Résolution 999 (Rév. Kigali, 2022) de la CMDT », line 7, no such text →
 * `{ field: '', line: 7, message: 'la citation « Résolution 999 (Rév. Kigali, 2022) » ne correspond à aucun texte de content/resolutions/ (attendu : un fichier cmdt-999.mdx)' }`.
 */
export function unknownCitations(citations: readonly Located[], known: readonly CitableText[]): ContentProblem[] {
  const knownKeys = new Set(known.map((text) => `${text.body}:${text.number}`));
  return citations
    .filter(
      (citation) => !citation.body || !knownKeys.has(`${citation.body}:${baseNumber(citation.body, citation.number)}`),
    )
    .map((citation) => ({
      field: '',
      line: citation.line,
      message: citation.body
        ? `la citation « ${citation.text} » ne correspond à aucun texte de content/resolutions/ (attendu : un fichier ${slugFor(citation.body, citation.number)}.mdx)`
        : `la citation « ${citation.text} » ne dit pas de quel organe elle relève et plusieurs textes (ou aucun) portent ce numéro`,
    }));
}

/** The problems of every citation of a section's tree that names no known text (the audit's check, before compiling). */
export function sectionCitationProblems(tree: CitationTree, known: readonly CitableText[]): ContentProblem[] {
  return unknownCitations(
    locateCitations(tree, known).flatMap((run) => run.citations),
    known,
  );
}
