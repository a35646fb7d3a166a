import escapeStringRegexp from 'escape-string-regexp';
import type { Link, Root, Text } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { recognizeCitations, resolveBodies, type CitableText, type Citation } from '../lib/citations';
import { baseNumber, slugFor } from '../lib/identifiers';
import { resolutionPath, withBase } from '../lib/urls';
import { failOnContent } from './content-fail';
import { frontmatterOf } from './frontmatter';

export interface RemarkCitationsOptions {
  /** The texts that have a page (body and number), from the resolutions collection. */
  known: () => CitableText[];
  /** The site's base path, for the links. */
  base: string;
}

/** Where mentions stay plain text: headings, existing links, code. */
const PLAIN = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code']);

/**
 * Turns every mention of a resolution in a report section into a link to its
 * page (`/resolutions/pp-140/`), wrapping exactly the words as written. The
 * recognizer (`src/lib/citations.ts`) finds the mentions; a mention whose text
 * has no page stops the build, naming the file, the line and the words.
 */
export default function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    if (frontmatterOf(file)?.rapport === undefined) return;
    const known = options.known();
    const knownKeys = new Set(known.map((k) => `${k.body}:${k.number}`));

    const runs: { node: Text; citations: Citation[] }[] = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => PLAIN.has(a.type))) return;
      runs.push({ node, citations: recognizeCitations(node.value) });
    });
    // Bodies left unsaid are resolved in reading order across the whole file.
    const resolved = resolveBodies(
      runs.flatMap((run) => run.citations),
      known,
    );
    const byNode = new Map<Text, Located[]>();
    let next = 0;
    for (const run of runs) {
      const citations = resolved.slice(next, next + run.citations.length);
      next += run.citations.length;
      if (citations.length === 0) continue;
      const line = (offset: number) =>
        (run.node.position?.start.line ?? 0) + (run.node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
      for (const citation of citations) {
        const key = citation.body && `${citation.body}:${baseNumber(citation.body, citation.number)}`;
        if (!key || !knownKeys.has(key)) {
          failOnContent(
            file,
            [
              {
                field: '',
                line: line(citation.start),
                message: citation.body
                  ? `la citation « ${citation.text} » ne correspond à aucun texte de content/resolutions/ (attendu : un fichier ${slugFor(citation.body, citation.number)}.mdx)`
                  : `la citation « ${citation.text} » ne dit pas de quel organe elle relève et plusieurs textes (ou aucun) portent ce numéro`,
              },
            ],
            { ruleId: 'unknown-citation', source: 'remark-citations' },
          );
        }
      }
      byNode.set(
        run.node,
        citations.map((citation) => ({ ...citation, line: line(citation.start) })),
      );
    }
    linkCitations(tree, byNode, options.base, file);
  };
}

/** A citation with the line of the file where it starts. */
export type Located = Citation & { line: number };

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
    { ignore: [...PLAIN] },
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
