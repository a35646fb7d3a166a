import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { formatContentProblems, type ContentProblem } from '../lib/content-errors';
import { displayPath } from './frontmatter';

/** Which rule of which plugin refused the content: the `ruleId` and `source` of a vfile message. */
export interface ContentRule {
  /** The rule, in kebab case: `unknown-citation`, `heading-without-anchor`. */
  ruleId: string;
  /** The plugin that checks it: `remark-citations`. */
  source: string;
}

/**
 * Stops the compilation of `file` the unified way, with `file.fail`: the
 * French message names the file and each problem's line and field (as the
 * content loader's do), `place` is where the first problem is (the node's
 * position, else its line), and `ruleId`/`source` say which rule of which
 * plugin refused it. Astro shows the message with the file and the line.
 */
export function failOnContent(
  file: VFile,
  problems: readonly ContentProblem[],
  rule: ContentRule,
  place?: Position,
): never {
  const line = problems.find((problem) => problem.line !== undefined)?.line;
  return file.fail(formatContentProblems(displayPath(file), problems), {
    place: place ?? (line === undefined ? undefined : { line, column: 1 }),
    ...rule,
  });
}
