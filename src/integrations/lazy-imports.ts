import type { AstroIntegration } from 'astro';

/** The module Vite imports into every chunk that has a dynamic `import()` (vite/src/node/plugins/importAnalysisBuild.ts). */
const VITE_PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite's preload helper, cut to what our lazy code needs: before a lazy chunk is imported, a
 * `<link rel="modulepreload">` for it and each chunk it imports (the list Vite writes beside each
 * `import()`, paths under the build's assets folder), so that they download together, once.
 * Vite's own helper (0.8 KB of gzip, every page) also loads stylesheets, reads a CSP nonce and
 * reports failures as an event: our lazy chunks import no stylesheet (it is inlined in every
 * page), the policy has no nonce, and a failed import still rejects.
 */
export function preloadHelper(base: string): string {
  return `const seen = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    const href = ${JSON.stringify(base)} + dep;
    if (seen.has(href)) continue;
    seen.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return load();
};`;
}

/**
 * Lazy code without Vite's generic preload helper. Vite wraps every dynamic `import()` of the
 * browser's code in that helper, even with `build.modulePreload: false` (vitejs/vite#13952,
 * #18551); in the loader every page downloads it was 0.8 KB of the 2 KB of gzip
 * (docs/mesures.md). This supplies a smaller helper that keeps the preloading (see
 * {@link preloadHelper}).
 */
export default function lazyImports(): AstroIntegration {
  let base = '/';
  return {
    name: 'lazy-imports',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lazy-imports:small-preload-helper',
                apply: 'build',
                enforce: 'pre',
                configResolved(config) {
                  base = config.base;
                },
                load(id) {
                  if (id !== VITE_PRELOAD_HELPER) return null;
                  return { code: preloadHelper(base), moduleSideEffects: false };
                },
              },
            ],
          },
        });
      },
    },
  };
}
