import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config';

/** The build's environment, read once and checked (src/config.ts; the table in docs/deploiement.md). */
describe('readConfig', () => {
  it('gives the defaults for an empty environment, and treats an empty variable as unset', () => {
    const defaults = {
      site: undefined,
      base: '/',
      contentDir: 'content',
      outDir: './dist',
      cacheDir: './node_modules/.astro',
      paragraphPins: { accept: false, record: undefined },
    };
    expect(readConfig({})).toEqual(defaults);
    expect(readConfig({ SITE_URL: '', BASE_PATH: '', CONTENT_DIR: '' })).toEqual(defaults);
  });

  it('reads every variable', () => {
    expect(
      readConfig({
        SITE_URL: 'https://exemple.org',
        BASE_PATH: '/gtc-smsi-odd/',
        CONTENT_DIR: 'tests/fixtures/sites/deux-rapports/content',
        OUT_DIR: 'tmp/site',
        CACHE_DIR: 'tmp/cache',
        PARAGRAPH_PINS_ACCEPT: '1',
        PARAGRAPH_PINS_RECORD: 'tmp/pins',
        HOME: '/root',
      }),
    ).toEqual({
      site: 'https://exemple.org',
      base: '/gtc-smsi-odd/',
      contentDir: 'tests/fixtures/sites/deux-rapports/content',
      outDir: 'tmp/site',
      cacheDir: 'tmp/cache',
      paragraphPins: { accept: true, record: 'tmp/pins' },
    });
  });

  it('stops on a wrong value, naming each variable in French', () => {
    expect(() => readConfig({ SITE_URL: 'exemple.org', BASE_PATH: 'gtc/', PARAGRAPH_PINS_ACCEPT: 'oui' }))
      .toThrowErrorMatchingInlineSnapshot(`
      [Error: Variables d’environnement invalides :
        - SITE_URL : adresse http:// ou https:// attendue, par exemple « https://exemple.org »
        - BASE_PATH : chemin commençant par « / » attendu, par exemple « /gtc/ »
        - PARAGRAPH_PINS_ACCEPT : valeur attendue : « 0 » ou « 1 » (reçu : « oui »)]
    `);
    expect(() => readConfig({ SITE_URL: 'ftp://exemple.org' })).toThrow(
      /SITE_URL : adresse http:\/\/ ou https:\/\/ attendue/,
    );
  });
});
