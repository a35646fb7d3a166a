import type { AstroIntegration } from 'astro';

/** The module Vite imports into every chunk that has a dynamic `import()` (vite/src/node/plugins/importAnalysisBuild.ts). */
const VITE_PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Lazy code is imported plainly. Vite wraps every dynamic `import()` of the
 * browser's code in its preload helper, which adds `<link rel="modulepreload">`
 * for the imported chunk's own imports; even with `build.modulePreload: false`
 * the helper stays (vitejs/vite#13952, #18551). In the loader every page
 * downloads, that helper and its table of chunk names were 0.8 KB of the 2 KB
 * of gzip (docs/mesures.md). Here no chunk preloads: `modulePreload: false`
 * drops the table, and the helper becomes the import itself. Our lazy chunks
 * import no stylesheet (the only thing the helper would still load): the
 * stylesheet is inlined in every page. A lazy chunk's own imports are then
 * requested once it arrives, one round trip later than with preloading.
 */
export default function lazyImports(): AstroIntegration {
  return {
    name: 'lazy-imports',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: { modulePreload: false },
            plugins: [
              {
                name: 'lazy-imports:plain-import',
                apply: 'build',
                enforce: 'pre',
                load(id) {
                  if (id !== VITE_PRELOAD_HELPER) return null;
                  return { code: 'export const __vitePreload = (load) => load();', moduleSideEffects: false };
                },
              },
            ],
          },
        });
      },
    },
  };
}
