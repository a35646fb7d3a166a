import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import {
  READ_ATTRIBUTES,
  typographizeInterface,
  typographizeInterfaceSegments,
  typographizeTree,
  typographyFaults,
} from '../../src/lib/interface-typography';
import { pageTypographyFaults, SCANNED_ATTRIBUTES } from '../helpers/typography-scan';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The interface of a page as views render it, with every fault the issue measured. */
const PLANTED = `<!DOCTYPE html><html lang="fr"><head><title>Redirection : Résolution 140</title>
<meta name="description" content="Le texte &quot;officiel&quot; : cité 4 fois">
<script type="application/ld+json">{"@type":"Report","name":"Rapport l'UIT : 43","url":"https://x/a:b"}</script>
</head><body>
<p class="cited-in">Cité 4 fois
 : <a href="#p0-1">§ 0.1</a>
 , <a href="#p0-5">§ 0.5</a></p>
<footer><p>publié tel quel ; seule la typographie</p></footer>
<dd>« modifiée en 2024 » ; « modifiée en 2023 »</dd>
<a aria-label="Lien vers l'accueil" href="/">x</a>
<p><abbr title="Union internationale" aria-description="l'Union internationale des télécommunications ; UIT">UIT</abbr></p>
<code>a : b, "c"</code>
<noscript><p>Sans JavaScript : la recherche</p></noscript>
</body></html>`;

function typographized(html: string) {
  const tree = fromHtml(html);
  const serialize = (t: Parameters<typeof toHtml>[0]) => toHtml(t, { allowDangerousHtml: true });
  typographizeTree(tree, { parseFragment: (h) => fromHtml(h, { fragment: true }), serialize });
  return fromHtml(serialize(tree));
}

describe('interface typography', () => {
  it('applies the French rules across the text nodes of a block, with no space before a comma', () => {
    expect(typographizeInterfaceSegments(['Cité 4 fois\n : ', '§ 0.1', '\n , ', '§ 0.5'])).toEqual([
      `Cité 4 fois${NBSP}: `,
      '§ 0.1',
      ', ',
      '§ 0.5',
    ]);
    expect(typographizeInterface('tel quel ; seule')).toBe(`tel quel${NNBSP}; seule`);
    expect(typographizeInterface('« modifiée » ; "x"')).toBe(`«${NNBSP}modifiée${NNBSP}»${NNBSP}; «${NNBSP}x${NNBSP}»`);
    expect(typographizeInterface("l'UIT, https://x.org 10:30")).toBe('l’UIT, https://x.org 10:30');
  });

  it('finds each fault a reader could see', () => {
    expect(typographyFaults('tel quel ; seule')).toEqual(['espace sécable avant « ; » : « tel quel ; seule »']);
    expect(typographyFaults('§ 0.1 , § 0.5')).toHaveLength(1);
    expect(typographyFaults('« a » et "b" l\'UIT')).toHaveLength(5);
    expect(typographyFaults(`tel quel${NNBSP}; «${NNBSP}a${NNBSP}», l’UIT https://x 10:30`)).toEqual([]);
  });

  it('catches the planted faults of a page, in its text, title, attributes, meta and JSON-LD', () => {
    const faults = pageTypographyFaults(fromHtml(PLANTED));
    for (const where of [
      '<title>',
      'meta description',
      'a[aria-label]',
      'abbr[aria-description]',
      'JSON-LD',
      'texte',
    ]) {
      expect(
        faults.some((fault) => fault.startsWith(where)),
        where,
      ).toBe(true);
    }
    // Code is not prose: its straight quotes are not faults.
    expect(faults.some((fault) => fault.includes('a : b'))).toBe(false);
  });

  it('leaves none of them after one pass over the page, and keeps code and URLs as written', () => {
    const page = typographized(PLANTED);
    expect(pageTypographyFaults(page)).toEqual([]);
    const html = toHtml(page);
    expect(html).toContain('<code>a : b, "c"</code>');
    expect(html).toContain('"url":"https://x/a:b"');
    expect(html).toContain(`Rapport l’UIT${NBSP}: 43`);
    expect(html).toContain(`Sans JavaScript${NBSP}: la recherche`);
    expect(html).toContain(`aria-description="l’Union internationale des télécommunications${NNBSP}; UIT"`);
  });

  it('reads attributes by the names hast gives them (the scanner’s own list names them as HTML does)', () => {
    const properties = SCANNED_ATTRIBUTES.map(({ property }) => property);
    expect(properties).toContain('ariaLabel');
    expect(properties).toContain('aria-description');
    for (const name of READ_ATTRIBUTES) expect(properties, name).toContain(name);
  });

  it('is stable: a second pass changes nothing', () => {
    const once = toHtml(typographized(PLANTED));
    expect(toHtml(typographized(once))).toBe(once);
  });
});
