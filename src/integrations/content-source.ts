import type { AstroIntegration } from 'astro';
import { relative, resolve } from 'node:path';

export interface ContentSourceOptions {
  /** The content folder (`CONTENT_DIR`). */
  dir: string;
  /**
   * A content file's text as the one reader reads it (`src/loaders/reader.ts`:
   * no BOM, LF line endings, NFC), or undefined when it cannot be read (the
   * loaders' audit reports why). Path relative to the working directory.
   */
  read: (path: string) => string | undefined;
}

/**
 * Gives the MDX compiler the text of each content file as the content reader
 * reads it, not the file's raw bytes: a Vite `load` hook, which comes before
 * every transform (`@astrojs/mdx`'s included), so that a section saved with a BOM, CRLF line endings or
 * decomposed accents compiles, gets its ids and its fingerprints exactly as a
 * clean one.
 */
export default function contentSource(options: ContentSourceOptions): AstroIntegration {
  const root = resolve(options.dir);
  return {
    name: 'content-source',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-source',
                enforce: 'pre',
                load(id: string) {
                  const [path, query] = id.split('?');
                  if (query && query !== 'astroPropagatedAssets') return undefined;
                  if (!path!.endsWith('.mdx') || !path!.startsWith(root + '/')) return undefined;
                  const text = options.read(relative(process.cwd(), path!));
                  return text === undefined ? undefined : { code: text, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
