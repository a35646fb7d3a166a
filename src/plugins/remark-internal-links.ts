import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { RecordedLink } from '../lib/internal-links';
import { linkTarget } from '../lib/link-policy';
import { withBase } from '../lib/urls';
import { displayPath } from './frontmatter';

export interface RemarkInternalLinksOptions {
  /** The site's base path: an internal link `/rapport/7/` is published as `<base>rapport/7/`. */
  base: string;
  /** Given each compiled file's internal links (all of them, at each compilation), for the check after the build. */
  onLinks?: (file: string, links: RecordedLink[]) => void;
}

/**
 * Records where each internal link and image of a content file leads
 * (`/rapport/7/#p7-3`, `#p7-3`), with its line and column, for the check that
 * runs once the pages exist (`src/integrations/content-links.ts`), and
 * publishes it under the base path. The addresses themselves were already
 * checked by the content guard (`src/lib/link-policy.ts`).
 */
export default function remarkInternalLinks(options: RemarkInternalLinksOptions) {
  return (tree: Root, file: VFile) => {
    const links: RecordedLink[] = [];
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const target = linkTarget(node.url, node.type === 'image' ? 'image' : 'lien');
      if (target.kind !== 'internal') return;
      links.push({
        file: displayPath(file),
        line: node.position?.start.line,
        column: node.position?.start.column,
        path: target.path,
        fragment: target.fragment,
        url: node.url,
      });
      if (target.path !== '' && options.base !== '/') node.url = withBase(options.base, node.url);
    });
    options.onLinks?.(displayPath(file), links);
  };
}
