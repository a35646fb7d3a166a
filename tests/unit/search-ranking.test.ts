import { describe, expect, it } from 'vitest';
import { leadingHits, missingNotice } from '../../src/lib/search-ranking';
import type { IdentifierMap } from '../../src/lib/search-map';

describe('leadingHits', () => {
  /** A small map: two texts (one cited twice) and two reports, the newest first. */
  const map: IdentifierMap = {
    textes: {
      'pp-140': {
        titre: 'Résolution 140',
        citation: 'Résolution 140 (Rév. Bucarest, 2022)',
        url: '/resolutions/pp-140/',
        organe: 'PP',
        type: 'Résolution',
        passages: [
          { rapport: 'rapport-ancien', label: '1.1', url: '/rapport-ancien/1/#p1-1', section: '1. Intro', parts: [] },
          {
            rapport: 'rapport',
            label: '7.4',
            url: '/rapport/7/#p7-4',
            section: '7. Travaux',
            parts: [{ text: 'Résolution 140', marked: true }],
          },
        ],
      },
      'conseil-1332': {
        titre: 'Résolution 1332',
        citation: 'Résolution 1332',
        url: '/resolutions/conseil-1332/',
        organe: 'Conseil',
        type: 'Résolution',
        passages: [],
      },
      'pp-7': {
        titre: 'Résolution 7',
        citation: 'Résolution 7',
        url: '/resolutions/pp-7/',
        organe: 'PP',
        type: 'Résolution',
      },
    },
    cles: { '140': ['pp-140'], '1332': ['conseil-1332'], '7': ['pp-7'] },
    sigles: {
      genai: {
        titre: 'GenAI — intelligence artificielle générative',
        url: '/glossaire/#genai',
        passages: [{ rapport: 'rapport', label: '6.2', url: '/rapport/6/#p6-2', section: '6. IA', parts: [] }],
      },
      'gtc-smsi/odd': { titre: 'GTC-SMSI/ODD', url: '/glossaire/#gtc-smsi-odd', passages: [] },
    },
    rapports: [
      {
        chemin: 'rapport',
        titre: 'Rapport 43–44',
        paragraphes: {
          '7': { url: '/rapport/7/', section: '7. Travaux', debut: '' },
          '8': { url: '/rapport/8/', section: '8. Consultation', debut: '' },
          '7.3': { url: '/rapport/7/#p7-3', section: '7. Travaux', debut: 'Le document final…' },
          '0.5': { url: '/rapport/#p0-5', section: 'Préambule', debut: 'Site web…' },
        },
      },
      {
        chemin: 'rapport-ancien',
        titre: 'Rapport 41–42',
        paragraphes: { '7.3': { url: '/rapport-ancien/7/#p7-3', section: '7. Autre', debut: 'Autre texte' } },
      },
    ],
  };
  const urls = (query: string, current?: string) => leadingHits(query, map, current).hits.map((hit) => hit.url);

  it('answers a number with its text, then every passage that cites it, newest report first', () => {
    expect(urls('140')).toEqual(['/resolutions/pp-140/', '/rapport/7/#p7-4', '/rapport-ancien/1/#p1-1']);
    expect(leadingHits('140', map).rest).toBe('140');
  });

  it('names the report of each passage when there are several', () => {
    expect(leadingHits('140', map).hits.map((hit) => hit.titre)).toEqual([
      'Résolution 140',
      '§\u202f7.4 — 7. Travaux (Rapport 43–44)',
      '§\u202f1.1 — 1. Intro (Rapport 41–42)',
    ]);
  });

  it('answers two numbers with both texts, each with its passages', () => {
    expect(urls('140 1332')).toEqual([
      '/resolutions/pp-140/',
      '/rapport/7/#p7-4',
      '/rapport-ancien/1/#p1-1',
      '/resolutions/conseil-1332/',
    ]);
  });

  it('opens a referenced paragraph in the current report first, then the same paragraph elsewhere', () => {
    for (const query of ['§ 7.3', '§7.3', '7.3', 'paragraphe 7.3']) {
      expect(urls(query)).toEqual(['/rapport/7/#p7-3', '/rapport-ancien/7/#p7-3']);
      expect(leadingHits(query, map).rest).toBe('');
    }
    expect(urls('§ 7.3', 'rapport-ancien')).toEqual(['/rapport-ancien/7/#p7-3', '/rapport/7/#p7-3']);
    expect(urls('0.5')).toEqual(['/rapport/#p0-5']);
  });

  it('opens a section by § or by the word, and by a bare number only when no text has it', () => {
    expect(urls('section 7')).toEqual(['/rapport/7/']);
    expect(urls('§ 7')).toEqual(['/rapport/7/']);
    expect(urls('7')).toEqual(['/resolutions/pp-7/']);
    expect(urls('8')).toEqual(['/rapport/8/']);
  });

  it('answers an acronym typed alone with its glossary entry and the few passages that use it', () => {
    expect(urls('GenAI')).toEqual(['/glossaire/#genai', '/rapport/6/#p6-2']);
    expect(urls('genai')).toEqual(['/glossaire/#genai', '/rapport/6/#p6-2']);
    expect(urls('GTC\u2011SMSI/ODD')).toEqual(['/glossaire/#gtc-smsi-odd']);
    expect(urls('GenAI pour le bien social')).toEqual([]);
  });

  it('says which reference does not exist, once, and gives full text nothing of it', () => {
    const answer = leadingHits('§ 9.9', map);
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toEqual(['9.9']);
    expect(answer.rest).toBe('');
    expect(answer.notice).toBe('Le §\u202f9.9 n’existe pas dans ce rapport\u00a0; sections 7 à 8.');
    const repeated = leadingHits('§ 9.9 § 9.9 § 9.9', map);
    expect(repeated.missing).toEqual(['9.9']);
    expect(repeated.notice).toBe(answer.notice);
    expect(leadingHits('§ 9.9 Genève', map).rest).toBe('Genève');
  });

  it('says when a number typed as a text’s is no text’s, and searches the other words only', () => {
    for (const query of ['Résolution 999', 'rés. 999', 'Résolution 999 Résolution 999']) {
      const answer = leadingHits(query, map);
      expect(answer.missingTexts, query).toEqual(['999']);
      expect(answer.notice, query).toBe('Aucun texte cité ne porte le numéro 999.');
      expect(answer.rest, query).toBe('');
    }
    expect(leadingHits('A/RES/99/1 Genève', map).missingTexts).toEqual(['A/RES/99/1']);
    expect(leadingHits('A/RES/99/1 Genève', map).rest).toBe('Genève');
    expect(leadingHits('Résolution 140', map).missingTexts).toEqual([]);
    expect(leadingHits('999', map).notice).toBe('');
  });

  it('reads the map by its own keys only: constructor, __proto__, toString are words', () => {
    for (const query of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(() => leadingHits(query, map), query).not.toThrow();
      expect(leadingHits(query, map).hits, query).toEqual([]);
    }
    const hostile = JSON.parse('{"textes":{},"cles":{},"sigles":{"__proto__":{"titre":"x","url":"/x","passages":[]}}}');
    expect(leadingHits('constructor', hostile).hits).toEqual([]);
  });

  it('answers nothing, calmly, for words, punctuation, stop words or hostile input', () => {
    for (const query of [
      'Genève',
      '!!!',
      'de la',
      '<img src=x onerror=alert(1)>',
      'x'.repeat(10_000),
      '\u202e\ud800',
    ]) {
      expect(leadingHits(query, map).hits).toEqual([]);
    }
  });
});

describe('missingNotice', () => {
  it('says every missing reference and text once, in one or two sentences', () => {
    expect(missingNotice([], [])).toBe('');
    expect(missingNotice(['9.9', '12'], [], { first: 1, last: 8 })).toBe(
      'Les §\u202f9.9 et 12 n’existent pas dans ce rapport\u00a0; sections 1 à 8.',
    );
    expect(missingNotice(['9.9'], ['999', '998'])).toBe(
      'Le §\u202f9.9 n’existe pas dans ce rapport. Aucun texte cité ne porte les numéros 999 et 998.',
    );
  });
});
