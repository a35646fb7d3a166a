import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, readableTitle } from '../../src/lib/search-excerpts';

describe('excerptParts', () => {
  it('splits marked words out and decodes entities, keeping markup from the index as text', () => {
    expect(excerptParts('la <mark>Résolution</mark> 140 &amp; &lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      { text: 'la ', marked: false },
      { text: 'Résolution', marked: true },
      { text: ' 140 & <script>alert(1)</script>', marked: false },
    ]);
  });

  it('decodes numeric and named references, names in their case', () => {
    expect(excerptParts('&#8239;&#x2011;&quot;&nbsp;&eacute;&#39;&hellip;')).toEqual([
      { text: '\u202f\u2011"\u00a0é\'…', marked: false },
    ]);
    expect(decodeEntities('&Eacute;&eacute;&AMP;&lt;')).toBe('Éé&<');
  });

  it('keeps text that is not a reference, and never throws on an impossible code point', () => {
    expect(excerptParts('A &nope; &amp &#99999999; &#0; &#xD800;')).toEqual([
      { text: 'A &nope; &amp \ufffd \ufffd \ufffd', marked: false },
    ]);
  });
});

describe('excerpt marks', () => {
  it('leaves stop words unmarked and rejoins elisions', () => {
    expect(
      excerptParts('gouvernance <mark>de</mark> l’ <mark>IA.</mark> et <mark>des</mark> <mark>Nations</mark>'),
    ).toEqual([
      { text: 'gouvernance ', marked: false },
      { text: 'de', marked: false },
      { text: ' l’', marked: false },
      { text: 'IA.', marked: true },
      { text: ' et ', marked: false },
      { text: 'des', marked: false },
      { text: ' ', marked: false },
      { text: 'Nations', marked: true },
    ]);
  });
});

describe('readableTitle', () => {
  it('joins the elisions the index split, across spaces and line breaks', () => {
    expect(readableTitle('6. La gouvernance de l’ intelligence artificielle')).toBe(
      '6. La gouvernance de l’intelligence artificielle',
    );
    expect(readableTitle('Résolution 71 de l’ \n  Assemblée')).toBe('Résolution 71 de l’Assemblée');
    expect(readableTitle("Aujourd’hui d' Abidjan & N’Djamena")).toBe("Aujourd’hui d'Abidjan & N’Djamena");
    // Plain text: what looks like a character reference is the title's own text.
    expect(readableTitle('<script> &amp; Zorglub')).toBe('<script> &amp; Zorglub');
  });

  it('joins an elision split by a line break inside an excerpt', () => {
    expect(
      excerptParts('de l’\n<mark>intelligence</mark>')
        .map((part) => part.text)
        .join(''),
    ).toBe('de l’intelligence');
  });
});
