import type { VFile } from 'vfile';

/**
 * The front matter Astro attaches to a Markdown/MDX file while it is compiled.
 * Plugins may read it and add derived fields, which pages then receive as
 * `remarkPluginFrontmatter` from `render()`.
 */
export function frontmatterOf(file: VFile): Record<string, unknown> | undefined {
  const astro = file.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  return astro?.frontmatter;
}

/** Where a file is, relative to the working directory, for error messages. */
export function displayPath(file: VFile): string {
  const path = file.path ?? '';
  const cwd = file.cwd ?? process.cwd();
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path || '(fichier inconnu)';
}
