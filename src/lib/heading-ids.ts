/**
 * The rule that makes heading ids fit to be public anchors: every heading of a
 * section gets a non-empty id (`headingId` of `src/lib/ids.ts`), no two
 * headings of a section share one, and none takes an id the page's layout
 * already uses (`contenu`, `menu-…`: `src/lib/layout-ids.ts`). A repeated id is
 * never silently suffixed: ids are public, so the editor writes a distinct
 * heading. Applied by the content audit (every section at once) and by
 * `rehype-heading-ids`, which gives the ids.
 */
import { toString } from 'mdast-util-to-string';
import type { ContentProblem } from './content-errors';
import { headingId } from './ids';
import { isLayoutId } from './layout-ids';

/** A heading of a section: its text and line. */
export interface SectionHeading {
  text: string;
  line: number | undefined;
}

/**
 * The problems of a section's headings: `[{ text: '🚀', … }]` in section 8 →
 * « intertitre sans id » ; two « Suivi » → both lines named.
 * Headings without an anchor in the preamble are `rehype-heading-ids`' to report.
 */
export function headingIdProblems(
  headings: readonly SectionHeading[],
  numero: number,
  anchors: Readonly<Record<string, string>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, SectionHeading>();
  for (const heading of headings) {
    const id = headingId(heading.text, numero, anchors);
    if (id === undefined) continue;
    const line = heading.line;
    if (id === '' || id.endsWith('-')) {
      problems.push({
        field: '',
        line,
        message: `l’intertitre « ${heading.text} » n’a pas d’id possible (aucune lettre ni chiffre) : écrivez-le avec des mots`,
      });
      continue;
    }
    if (isLayoutId(id)) {
      problems.push({
        field: '',
        line,
        message: `l’intertitre « ${heading.text} » aurait l’id « ${id} », déjà pris par la mise en page : choisissez une autre ancre`,
      });
    }
    const first = seen.get(id);
    if (first) {
      problems.push({
        field: '',
        line,
        message: `l’intertitre « ${heading.text} » aurait le même id « ${id} » que celui de la ligne ${first.line ?? '?'} : les ids sont publics, écrivez un intertitre distinct`,
      });
    } else seen.set(id, heading);
  }
  return problems;
}

/** The parts of an mdast node that {@link sectionHeadings} reads. */
interface HeadingNode {
  type: string;
  children?: readonly HeadingNode[];
  position?: { start: { line: number } };
}

/** The headings of a section's Markdown tree, in order, with their text and line. */
export function sectionHeadings(tree: HeadingNode): SectionHeading[] {
  const headings: SectionHeading[] = [];
  const visit = (node: HeadingNode) => {
    if (node.type === 'heading') {
      headings.push({ text: toString(node as never).trim(), line: node.position?.start.line });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return headings;
}
