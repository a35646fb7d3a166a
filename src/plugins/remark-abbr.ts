import type { Parent, Root, Text } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import { plainSigle, termPattern, type Term } from '../lib/glossary';
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
  /** The glossary's terms (sigle and expansion), from `content/glossaire/` (`glossaryTerms` of `src/lib/content-data.ts`). */
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
    const pattern = termPattern(terms.map((term) => term.sigle));
    if (!pattern) return;
    const titles = new Map(terms.map((term) => [plainSigle(term.sigle), term.developpe]));
    const seen = new Set<string>();
    findAndReplace(
      tree,
      [
        pattern,
        (value: string): Abbr | false => {
          const key = plainSigle(value);
          if (seen.has(key)) return false;
          seen.add(key);
          const title = titles.get(key)!;
          return {
            type: 'abbr',
            children: [{ type: 'text', value }],
            data: { hName: 'abbr', hProperties: { title, 'aria-description': title } },
          };
        },
      ],
      { ignore: [...PLAIN] },
    );
  };
}
