import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { termFinder, type Term, type TermMatch } from '../lib/glossary';
import { typographize } from '../lib/typography';
import { readContentData } from './content-files';
import { frontmatterOf } from './frontmatter';

/**
 * An abbreviation in the Markdown tree; mdast-util-to-hast renders it as
 * `<abbr title aria-description>` (`data.hName`, `data.hProperties`).
 */
export interface Abbr extends Parent {
  type: 'abbr';
  children: Text[];
  data: { hName: 'abbr'; hProperties: { title: string; 'aria-description': string } };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    abbr: Abbr;
  }
  interface RootContentMap {
    abbr: Abbr;
  }
}

export interface RemarkAbbrOptions {
  /** The glossary's terms (sigle and expansion), from `content/glossaire/`. */
  terms: () => Term[];
}

/** Where acronyms stay plain text: headings, links, code, and abbreviations already marked. */
const PLAIN = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'abbr']);

/**
 * Wraps the first occurrence of each glossary acronym of a report section in
 * `<abbr title="expansion">`, in reading order, without changing a character
 * of the text (the source's no-break hyphens and spaces included). Headings,
 * links and code are left alone; files that are not report sections (no
 * `rapport` in their front matter) too. `src/lib/glossary.ts` finds the terms.
 *
 * `title` shows the expansion as a tooltip; Chromium exposes it as the
 * abbreviation's accessible name only, so the same expansion is also given as
 * `aria-description`, which assistive technologies read as its description.
 */
export default function remarkAbbr(options: RemarkAbbrOptions) {
  return (tree: Root, file: VFile) => {
    if (frontmatterOf(file)?.rapport === undefined) return;
    const terms = options.terms();
    const titles = new Map(terms.map((term) => [term.sigle, typographize(term.developpe)]));
    const find = termFinder(terms.map((term) => term.sigle));
    const seen = new Set<string>();

    const runs: { node: Text; parent: Parent; matches: TermMatch[] }[] = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => PLAIN.has(a.type))) return;
      const matches = find(node.value).filter((match) => !seen.has(match.sigle) && Boolean(seen.add(match.sigle)));
      if (matches.length > 0) runs.push({ node, parent: ancestors.at(-1) as Parent, matches });
    });
    for (const { node, parent, matches } of runs) {
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...withAbbrs(node, matches, titles));
    }
  };
}

/** The text of a node split around its matches, each match wrapped in an abbreviation. */
function withAbbrs(node: Text, matches: TermMatch[], titles: Map<string, string>): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) parts.push({ type: 'text', value: node.value.slice(at, match.start) });
    parts.push({
      type: 'abbr',
      children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
      data: {
        hName: 'abbr',
        hProperties: { title: titles.get(match.sigle)!, 'aria-description': titles.get(match.sigle)! },
      },
    });
    at = match.end;
  }
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}

/**
 * Reads the sigles and expansions of every glossary file (`content/glossaire/*.yaml`)
 * for this plugin, which runs while MDX compiles and cannot query collections.
 * The glossary collection's schema still validates these files; entries that
 * are not well-formed are skipped here and reported there.
 */
export function readGlossaryTerms(dir: string): Term[] {
  const terms = new Map<string, Term>();
  for (const file of readContentData(dir)) {
    const data = file as { sigles?: unknown } | null;
    for (const entry of Array.isArray(data?.sigles) ? data.sigles : []) {
      const { sigle, developpe } = (entry ?? {}) as Partial<Term>;
      if (typeof sigle === 'string' && typeof developpe === 'string' && !terms.has(sigle)) {
        terms.set(sigle, { sigle, developpe });
      }
    }
  }
  return [...terms.values()];
}
