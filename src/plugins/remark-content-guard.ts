import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { ContentError } from '../lib/content-errors';
import { contentProblems, type GuardNode } from '../lib/content-guard';
import { displayPath } from './frontmatter';

/**
 * Stops the build on MDX that is more than text (`src/lib/content-guard.ts`):
 * runs first, before any other plugin and before MDX compiles expressions or
 * imports into code, and names the file, the line and what was found.
 */
export default function remarkContentGuard() {
  return (tree: Root, file: VFile) => {
    const problems = contentProblems(tree as unknown as GuardNode);
    if (problems.length > 0) throw new ContentError(displayPath(file), problems);
  };
}
