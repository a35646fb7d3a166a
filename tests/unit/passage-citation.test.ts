import { describe, expect, it } from 'vitest';
import { paragraphRangeLabel, passageCitation, passageLink } from '../../src/lib/passage-citation';
import { readerAddress } from '../../src/lib/reader-address';

const TITLE = 'Rapport de la Présidente du GTC-SMSI/ODD (43ème et 44ème réunions)';

describe('paragraphRangeLabel', () => {
  it('names one paragraph, or the first and last of a passage', () => {
    expect(paragraphRangeLabel('p7-3', 'p7-3')).toBe('§ 7.3');
    expect(paragraphRangeLabel('p7-3', 'p7-4')).toBe('§ 7.3–7.4');
    expect(paragraphRangeLabel('p6-5', 'p7-1')).toBe('§ 6.5–7.1');
  });
});

describe('readerAddress and passageLink', () => {
  it('keeps the reader’s own origin and path, drops query and fragment, and adds the directive', () => {
    const address = readerAddress('http://127.0.0.1:4321/gtc/rapport/7/?surligner=mandat#p7-1', 'p7-3');
    expect(address).toBe('http://127.0.0.1:4321/gtc/rapport/7/#p7-3');
    expect(passageLink(address, { prefix: 'central', textStart: 'de l’UIT' })).toBe(
      'http://127.0.0.1:4321/gtc/rapport/7/#p7-3:~:text=central-,de%20l%E2%80%99UIT',
    );
    expect(passageLink(address, undefined)).toBe(address);
  });
});

describe('passageCitation', () => {
  const link = 'https://example.org/rapport/7/#p7-3:~:text=a%20renouvel%C3%A9';

  it('quotes the words exactly, in French quotes, then the report, the § and the link', () => {
    const citation = passageCitation({
      words: 'a renouvelé et renforcé le mandat de l’UIT',
      title: TITLE,
      firstId: 'p7-3',
      lastId: 'p7-3',
      link,
    });
    expect(citation.quote).toBe('«\u202fa renouvelé et renforcé le mandat de l’UIT\u202f»');
    expect(citation.source).toBe(`${TITLE}, § 7.3`);
    expect(citation.text).toBe(`«\u202fa renouvelé et renforcé le mandat de l’UIT\u202f»\n${TITLE}, § 7.3 — ${link}`);
    expect(citation.html).toBe(
      `<p>«\u202fa renouvelé et renforcé le mandat de l’UIT\u202f»<br>${TITLE}, § 7.3 — <a href="${link}">${link}</a></p>`,
    );
  });

  it('cites a passage across paragraphs from the first to the last', () => {
    expect(
      passageCitation({ words: 'UNGIS. Le Groupe', title: TITLE, firstId: 'p7-3', lastId: 'p7-4', link }).source,
    ).toBe(`${TITLE}, § 7.3–7.4`);
  });

  it('escapes the words and title in the HTML, never in the plain text', () => {
    const citation = passageCitation({
      words: '<b>&"',
      title: 'T & <i>',
      firstId: 'p1-1',
      lastId: 'p1-1',
      link: 'https://x/#a"b',
    });
    expect(citation.html).toBe(
      '<p>«\u202f&lt;b&gt;&amp;&quot;\u202f»<br>T &amp; &lt;i&gt;, § 1.1 — <a href="https://x/#a&quot;b">https://x/#a&quot;b</a></p>',
    );
    expect(citation.text).toContain('«\u202f<b>&"\u202f»');
  });
});
