import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recognizeCitations, resolveBodies } from '../../src/lib/citations';
import { splitFrontmatter } from '../../src/lib/content-source';
import { acronymProblem } from '../../src/lib/content-rules';
import { slugFor } from '../../src/lib/identifiers';
import { compareResolutions, type ResolutionData } from '../../src/lib/resolutions';
import { glossaryTerms } from '../../src/lib/content-data';
import { contentData } from '../../src/loaders/reader';

/**
 * Site-level checks of the real content/ folder against the source report
 * (tests/fixtures/rapport-gtc-smsi-odd-43-44.txt). The unit tests of the same
 * functions run on their own small fixtures (tests/fixtures/unit/).
 */
const source = readFileSync('tests/fixtures/rapport-gtc-smsi-odd-43-44.txt', 'utf8');

/** The resolutions collection's front matter, by slug. */
const entries = readdirSync('content/resolutions')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({
    slug: file.replace(/\.mdx$/, ''),
    data: parse(splitFrontmatter(readFileSync(`content/resolutions/${file}`, 'utf8')).frontmatter) as ResolutionData,
  }));

/** What the recognizer reads in the source's text lines (not its table of contents). */
const cited = resolveBodies(
  source
    .split('\n')
    .filter((line) => !/^\d\t/.test(line))
    .flatMap((line) => recognizeCitations(line)),
  [],
);

describe('site content: the resolutions collection against the source', () => {
  it('has one entry per text the source cites, and no other', () => {
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.map((e) => e.slug).sort()).toEqual(
      [...new Set(cited.map((c) => slugFor(c.body!, c.number)))].sort(),
    );
  });

  it('records the revisions exactly as the source writes them', () => {
    for (const { slug, data } of entries) {
      const revisions = [
        ...new Set(cited.filter((c) => slugFor(c.body!, c.number) === slug && c.revision).map((c) => c.revision)),
      ];
      expect(data.revisions ?? [], slug).toEqual(revisions);
    }
  });

  it('orders the real texts ITU first, numbers numerically', () => {
    const ordered = [...entries].sort((a, b) => compareResolutions(a.data, b.data)).map((e) => e.slug);
    expect(ordered.slice(0, 4)).toEqual(['pp-71', 'pp-140', 'pp-172', 'pp-214']);
    expect(ordered.at(-1)).toBe('e-res-2025-18');
  });
});

describe('site content: the glossary', () => {
  const terms = glossaryTerms(contentData('content/glossaire'));

  it('is read whole by remark-abbr, each sigle once', () => {
    expect(terms.length).toBeGreaterThan(20);
    expect(terms).toContainEqual({
      sigle: 'UNGIS',
      developpe: "Groupe des Nations Unies sur la société de l'information",
    });
    expect(new Set(terms.map((t) => t.sigle)).size).toBe(terms.length);
  });

  it('holds only acronyms the content rules accept', () => {
    for (const { sigle } of terms) expect(acronymProblem(sigle), sigle).toBeUndefined();
  });
});
