import { describe, expect, it } from 'vitest';
import { encodeTerm, formatTextDirective, parseFragment } from '../../src/lib/text-fragments-syntax';

describe('encodeTerm', () => {
  it('percent-encodes the characters the directive syntax uses, and spaces', () => {
    expect(encodeTerm('a-b & c, d')).toBe('a%2Db%20%26%20c%2C%20d');
  });

  it('encodes typographic characters as UTF-8 and decodes back to the same words', () => {
    const words = '7\u201111 avril\u00a0: l’UIT «\u202ftexte\u202f» (A/RES/80/173)!';
    const encoded = encodeTerm(words);
    expect(encoded).toMatch(/^[A-Za-z0-9%._]+$/);
    expect(encoded).toContain('%E2%80%91');
    expect(decodeURIComponent(encoded)).toBe(words);
  });
});

describe('formatTextDirective and parseFragment', () => {
  it('writes prefix, start, end and suffix in the specified order and reads them back', () => {
    const directive = { prefix: 'de l’UIT,', textStart: 'notamment les', textEnd: '1334 du', suffix: 'Conseil.' };
    const written = formatTextDirective(directive);
    expect(written).toBe('text=de%20l%E2%80%99UIT%2C-,notamment%20les,1334%20du,-Conseil.');
    expect(parseFragment(`#p7-4:~:${written}`)).toEqual({ elementId: 'p7-4', directives: [directive] });
  });

  it('reads a fragment without directive, and skips malformed directives without throwing', () => {
    expect(parseFragment('#p7-4')).toEqual({ elementId: 'p7-4', directives: [] });
    expect(parseFragment('p7-3:~:text=%E2%80&text=a,b,c&text=&foo=1&text=ok')).toEqual({
      elementId: 'p7-3',
      directives: [{ textStart: 'ok' }],
    });
    expect(parseFragment(':~:text=pre-').directives).toEqual([]);
  });
});

describe('parseFragment with a limit', () => {
  it('keeps the first well-formed directives only', () => {
    const fragment = `#p7-3:~:text=%E2%80%&${Array.from({ length: 50 }, (_, i) => `text=mot${i}`).join('&')}`;
    expect(parseFragment(fragment, 3).directives).toEqual([
      { textStart: 'mot0' },
      { textStart: 'mot1' },
      { textStart: 'mot2' },
    ]);
    expect(parseFragment(fragment).directives).toHaveLength(50);
  });
});
