import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentProblems, type GuardNode } from '../lib/content-guard';
import { failOnContent } from './content-fail';

/**
 * Stops the build on MDX that is more than text (`src/lib/content-guard.ts`):
 * runs first, before any other plugin and before MDX compiles expressions or
 * imports into code, and names the file, the line and what was found.
 */
export default function remarkContentGuard() {
  return (tree: Root, file: VFile) => {
    const problems = contentProblems(tree as unknown as GuardNode);
    if (problems.length > 0) failOnContent(file, problems, { ruleId: 'content-guard', source: 'remark-content-guard' });
  };
}
