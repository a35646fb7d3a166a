import escapeStringRegexp from 'escape-string-regexp';
import type { Link, Root, Text } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import type { CitableText, Citation } from '../lib/citations';
import { slugFor } from '../lib/identifiers';
import {
  CITATION_FREE,
  locateCitations,
  unknownCitations,
  type CitationRun,
  type CitationTree,
  type Located,
} from '../lib/section-citations';
import { resolutionPath, withBase } from '../lib/urls';
import { failOnContent } from './content-fail';
import { frontmatterOf } from './frontmatter';

export interface RemarkCitationsOptions {
  /** The texts that have a page (body and number), from the resolutions collection. */
  known: () => CitableText[];
  /** The site's base path, for the links. */
  base: string;
}

/**
 * Turns every mention of a resolution in a report section into a link to its
 * page (`/resolutions/pp-140/`), wrapping exactly the words as written. The
 * recognizer finds the mentions (`src/lib/section-citations.ts`); a mention
 * whose text has no page stops the build, naming the file, the line and the
 * words. (The content loader's audit applies the same rule before anything
 * compiles; this is the second wall.)
 */
export default function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    if (frontmatterOf(file)?.rapport === undefined) return;
    const known = options.known();
    // The text nodes of the tree are mdast Text nodes: the citations are wrapped in links where they are.
    const runs = locateCitations(tree as CitationTree, known) as CitationRun<Text>[];
    const unknown = unknownCitations(
      runs.flatMap((run) => run.citations),
      known,
    );
    if (unknown.length > 0) failOnContent(file, unknown, { ruleId: 'unknown-citation', source: 'remark-citations' });
    linkCitations(tree, new Map(runs.map((run) => [run.node, run.citations])), options.base, file);
  };
}

/** A link to a cited text's page around the words as written. */
function citationLink(citation: Citation, base: string): Link {
  const slug = slugFor(citation.body!, citation.number);
  return {
    type: 'link',
    url: withBase(base, resolutionPath(slug)),
    children: [{ type: 'text', value: citation.text }],
    data: { hProperties: { className: ['citation'], dataResolution: slug } },
  };
}

/**
 * Wraps each recognized citation in its link with `mdast-util-find-and-replace`:
 * the pattern is the file's cited words (longest first), and a match becomes a
 * link only where the recognizer placed a citation in that very text node, at
 * that very offset. Every citation must get its link: a mention the pattern
 * could not reach (one hidden inside a longer match) stops the build rather
 * than lose its link without a word.
 */
export function linkCitations(tree: Root, byNode: Map<Text, Located[]>, base: string, file: VFile): void {
  const all = [...byNode.values()].flat();
  if (all.length === 0) return;
  const words = [...new Set(all.map((citation) => citation.text))].sort((a, b) => b.length - a.length);
  const linked = new Set<Located>();
  findAndReplace(
    tree,
    [
      new RegExp(words.map((w) => escapeStringRegexp(w)).join('|'), 'g'),
      (value: string, match: RegExpMatchObject): (Link | Text)[] | false => {
        const citation = byNode.get(match.stack.at(-1) as Text)?.find((c) => c.start === match.index);
        if (!citation) return false;
        linked.add(citation);
        // A longer cited phrase written elsewhere may match here: the rest of it stays text.
        const rest = value.slice(citation.text.length);
        return [citationLink(citation, base), ...(rest ? [{ type: 'text' as const, value: rest }] : [])];
      },
    ],
    { ignore: [...CITATION_FREE] },
  );
  const missed = all.filter((citation) => !linked.has(citation));
  if (missed.length > 0) {
    failOnContent(
      file,
      missed.map((citation) => ({
        field: '',
        line: citation.line,
        message: `la citation « ${citation.text} » n’a pas pu recevoir son lien (cas imprévu du découpage en liens : signalez-le)`,
      })),
      { ruleId: 'citation-without-link', source: 'remark-citations' },
    );
  }
}
