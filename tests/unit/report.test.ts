import { describe, expect, it } from 'vitest';
import { formatContentProblems, problemsFromZodIssues } from '../../src/lib/content-errors';
import { checkMeetings, checkSections, neighbours, numberedSections, preambleOf } from '../../src/lib/report';

const section = (rapport: string, numero: number, file = `content/rapport/${rapport}/0${numero}.mdx`) => ({
  id: `${rapport}/${numero}`,
  filePath: file,
  data: { rapport, numero, titre: `Section ${numero}` },
});

describe('report structure', () => {
  const all = [section('a', 2), section('a', 0), section('b', 1), section('a', 1)];

  it('orders numbered sections and finds the preamble', () => {
    expect(numberedSections(all, 'a').map((s) => s.data.numero)).toEqual([1, 2]);
    expect(preambleOf(all, 'a')?.data.numero).toBe(0);
    expect(preambleOf(all, 'b')).toBeUndefined();
  });

  it('finds neighbours', () => {
    const ordered = numberedSections(all, 'a');
    expect(neighbours(ordered, 1).previous).toBeUndefined();
    expect(neighbours(ordered, 1).next?.data.numero).toBe(2);
    expect(neighbours(ordered, 2).next).toBeUndefined();
  });
});

describe('checks across entries', () => {
  it('reports a section number used twice in one report, naming both files and the field', () => {
    const errors = checkSections([section('a', 1), section('a', 1, 'content/rapport/a/01-bis.mdx'), section('b', 1)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('content/rapport/a/01.mdx');
    expect(errors[0]!.message).toContain('content/rapport/a/01-bis.mdx');
    expect(errors[0]!.message).toContain('« numero »');
  });

  it('reports a section filed under another report’s folder', () => {
    const errors = checkSections([section('a', 1, 'content/rapport/b/01.mdx')]);
    expect(errors[0]!.message).toMatch(/content\/rapport\/b\/01\.mdx[\s\S]*« rapport »/);
  });

  it('accepts a consistent collection', () => {
    expect(checkSections([section('a', 0), section('a', 1), section('b', 1)])).toEqual([]);
  });

  it('reports a meeting described twice', () => {
    const meeting = (file: string) => ({ id: file, filePath: file, data: { numero: 43 } });
    expect(checkMeetings([meeting('x/43.yaml'), meeting('y/43.yaml')])[0]!.message).toContain('y/43.yaml');
  });
});

describe('content error messages', () => {
  it('name the file and each field, in French', () => {
    const problems = problemsFromZodIssues([
      { path: ['numero'], code: 'invalid_type', message: 'Required', expected: 'number', received: 'undefined' },
      { path: ['titre'], code: 'invalid_type', message: 'Expected string', expected: 'string', received: 'number' },
      { path: [], code: 'unrecognized_keys', message: 'Unrecognized key', keys: ['auteur'] },
    ]);
    const message = formatContentProblems('content/rapport/x/01.mdx', problems);
    expect(message).toContain('content/rapport/x/01.mdx');
    expect(message).toContain('champ « numero » : champ obligatoire manquant');
    expect(message).toContain('champ « titre » : type attendu : string, reçu : number');
    expect(message).toContain('champ « auteur » : champ inconnu');
  });
});
