import { describe, expect, it } from 'vitest';
import { parsePermalinks } from '../../src/lib/permalinks-file';

describe('parsePermalinks', () => {
  it('reads a manifest', () => {
    expect(parsePermalinks('{ "moved": { "/a/": "/b/" } }')).toEqual({ moved: { '/a/': '/b/' } });
  });

  it('names the file, the line and the column of invalid JSON, in French', () => {
    expect(() => parsePermalinks('{\n  "moved": {\n    "/a/": "/b/",\n  }\n}\n')).toThrow(
      /^permalinks\.json illisible : JSON invalide ligne 4, colonne 3 /,
    );
  });

  it('refuses a manifest of the wrong shape', () => {
    expect(() => parsePermalinks('[]')).toThrow('permalinks.json invalide : un objet JSON { … } est attendu');
    expect(() => parsePermalinks('{ "moved": { "/a/": 3 } }')).toThrow('champ « moved./a/ »');
  });
});
