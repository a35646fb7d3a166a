import { describe, expect, it } from 'vitest';
import { citationSpans, retiredParagraphNotice } from '../../src/lib/paragraphs';

describe('citation spans', () => {
  it('give each citation link’s words their span in the paragraph’s text', () => {
    expect(
      citationSpans([
        { text: 'les Résolutions ' },
        { text: '1332', slug: 'conseil-1332' },
        { text: ' et ' },
        { text: '1334', slug: 'conseil-1334' },
        { text: ' du Conseil' },
      ]),
    ).toEqual([
      { slug: 'conseil-1332', start: 16, end: 20 },
      { slug: 'conseil-1334', start: 24, end: 28 },
    ]);
  });

  it('join the pieces of one link (text split by emphasis), but not two links to the same text', () => {
    expect(
      citationSpans([
        { text: 'la ' },
        { text: 'Résolution', slug: 'pp-140' },
        { text: ' 140', slug: 'pp-140' },
        { text: ' et la ' },
        { text: 'Résolution 140', slug: 'pp-140' },
      ]),
    ).toEqual([
      { slug: 'pp-140', start: 3, end: 17 },
      { slug: 'pp-140', start: 24, end: 38 },
    ]);
  });

  it('are none without a citation link', () => {
    expect(citationSpans([{ text: 'Un paragraphe.' }])).toEqual([]);
  });
});

describe('retired paragraph notice', () => {
  it('names the paragraph as cited', () => {
    expect(retiredParagraphNotice('p7-2a')).toBe('Le paragraphe 7.2a a été retiré du rapport par un corrigendum.');
  });
});
