import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  formatContentProblems,
  frenchMessage,
  parseWithFrenchErrors,
  problemsFromZodIssues,
} from '../../src/lib/content-errors';

/**
 * The French error map, through real zod schemas (the zod Astro bundles, as the
 * content loader uses it): every issue an editor can cause reads in French and
 * names its field.
 */
const problems = (schema: z.ZodTypeAny, data: unknown) => {
  const result = parseWithFrenchErrors(schema, data);
  if (result.ok) throw new Error('expected a failure');
  return result.problems;
};

const section = z
  .object({
    numero: z.number().int().min(0),
    titre: z.string(),
    origine: z.enum(['rapport', 'usage']).optional(),
    faits: z
      .array(z.object({ texte: z.string() }).strict())
      .min(1)
      .optional(),
    reunion: z.number().int().positive().optional(),
    id: z
      .string()
      .regex(/^[a-z]+$/, 'id : minuscules')
      .optional(),
    code: z
      .string()
      .regex(/^[A-Z]+$/)
      .optional(),
  })
  .strict();

describe('the French error map', () => {
  it('keeps the messages other tests and editors know: missing field, wrong type, unknown field', () => {
    const message = formatContentProblems(
      'content/rapport/x/01.mdx',
      problems(section, { titre: 3, auteur: 'X', annee: 2025 }),
    );
    expect(message).toContain('Contenu invalide dans content/rapport/x/01.mdx :');
    expect(message).toContain('  - champ « numero » : champ obligatoire manquant');
    expect(message).toContain('  - champ « titre » : type attendu : texte, reçu : nombre');
    // One issue for two unknown fields: one line each.
    expect(message).toContain(
      '  - champ « auteur » : champ inconnu (vérifiez son orthographe ou ajoutez-le au schéma)',
    );
    expect(message).toContain('  - champ « annee » : champ inconnu');
  });

  it('words in French what zod would say in English: a value outside a list, an empty list, a bound, an integer', () => {
    expect(problems(section, { numero: 1, titre: 't', origine: 'habitude' })).toEqual([
      { field: 'origine', message: 'valeur attendue : « rapport » ou « usage » (reçu : « habitude »)' },
    ]);
    expect(problems(section, { numero: 1, titre: 't', faits: [] })).toEqual([
      { field: 'faits', message: 'liste vide : au moins un élément attendu' },
    ]);
    expect(problems(section, { numero: -1, titre: 't', reunion: 0 })).toEqual([
      { field: 'numero', message: 'nombre supérieur ou égal à 0 attendu (reçu : -1)' },
      { field: 'reunion', message: 'nombre supérieur à 0 attendu (reçu : 0)' },
    ]);
    expect(problems(section, { numero: 2.5, titre: 't' })).toEqual([
      { field: 'numero', message: 'nombre entier attendu (reçu : 2.5)' },
    ]);
  });

  it('names nested fields by their path', () => {
    expect(problems(section, { numero: 1, titre: 't', faits: [{ texte: 't', source: 'p1-1' }, {}] })).toEqual([
      { field: 'faits.0.source', message: 'champ inconnu (vérifiez son orthographe ou ajoutez-le au schéma)' },
      { field: 'faits.1.texte', message: 'champ obligatoire manquant' },
    ]);
  });

  it('keeps the message a schema gives itself, and words a pattern without one', () => {
    expect(problems(section, { numero: 1, titre: 't', id: 'A', code: 'a' })).toEqual([
      { field: 'id', message: 'id : minuscules' },
      { field: 'code', message: 'format non reconnu (reçu : « a »)' },
    ]);
    const refined = z
      .object({ debut: z.number(), fin: z.number() })
      .refine((r) => r.fin >= r.debut, { message: 'la date de fin précède la date de début', path: ['fin'] });
    expect(problems(refined, { debut: 2, fin: 1 })).toEqual([
      { field: 'fin', message: 'la date de fin précède la date de début' },
    ]);
  });

  it('returns the parsed data (defaults, transforms) when nothing is wrong', () => {
    const schema = z.object({ jour: z.string().transform((s) => new Date(s)), liste: z.array(z.string()).default([]) });
    const result = parseWithFrenchErrors(schema, { jour: '2025-09-09' });
    expect(result).toEqual({ ok: true, data: { jour: new Date('2025-09-09'), liste: [] } });
  });

  it('has a French word for every kind of issue, never zod’s English', () => {
    for (const code of ['too_big', 'invalid_date', 'invalid_union', 'invalid_literal', 'not_finite']) {
      const message = frenchMessage({ path: [], code, type: 'number', maximum: 3, inclusive: true }, 4);
      expect(message).not.toMatch(/\b(Expected|Invalid|must|Required)\b/);
      expect(message.length).toBeGreaterThan(5);
    }
    expect(frenchMessage({ path: [], code: 'too_big', type: 'array', maximum: 2, inclusive: true }, [])).toBe(
      'au plus 2 éléments attendus',
    );
  });

  it('splits issues given without the map (structure only), keeping their messages', () => {
    expect(problemsFromZodIssues([{ path: ['a'], code: 'unrecognized_keys', keys: ['b', 'c'], message: 'm' }])).toEqual(
      [
        { field: 'a.b', message: 'm' },
        { field: 'a.c', message: 'm' },
      ],
    );
  });
});
