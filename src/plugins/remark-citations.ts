import type { Link, Parent, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { recognizeCitations, resolveBodies, type CitableText, type Citation } from '../lib/citations';
import { ContentError } from '../lib/content-errors';
import { baseNumber, slugFor } from '../lib/identifiers';
import { resolutionPath, withBase } from '../lib/urls';
import { displayPath, frontmatterOf } from './frontmatter';

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

    const runs: { node: Text; parent: Parent; citations: Citation[] }[] = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => PLAIN.has(a.type))) return;
      runs.push({ node, parent: ancestors.at(-1) as Parent, citations: recognizeCitations(node.value) });
    });
    // Bodies left unsaid are resolved in reading order across the whole file.
    const resolved = resolveBodies(
      runs.flatMap((run) => run.citations),
      known,
    );
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
          throw new ContentError(displayPath(file), [
            {
              field: '',
              line: line(citation.start),
              message: citation.body
                ? `la citation « ${citation.text} » ne correspond à aucun texte de content/resolutions/ (attendu : un fichier ${slugFor(citation.body, citation.number)}.mdx)`
                : `la citation « ${citation.text} » ne dit pas de quel organe elle relève et plusieurs textes (ou aucun) portent ce numéro`,
            },
          ]);
        }
      }
      const index = run.parent.children.indexOf(run.node);
      run.parent.children.splice(index, 1, ...withLinks(run.node, citations, options.base));
    }
  };
}

/** The text of a node split around its citations, each citation wrapped in a link. */
function withLinks(node: Text, citations: Citation[], base: string): (Text | Link)[] {
  const parts: (Text | Link)[] = [];
  let at = 0;
  for (const citation of citations) {
    if (citation.start > at) parts.push({ type: 'text', value: node.value.slice(at, citation.start) });
    const slug = slugFor(citation.body!, citation.number);
    parts.push({
      type: 'link',
      url: withBase(base, resolutionPath(slug)),
      children: [{ type: 'text', value: citation.text }],
      data: { hProperties: { className: ['citation'], dataResolution: slug } },
    });
    at = citation.end;
  }
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}
