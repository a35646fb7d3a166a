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

/** A report section being compiled: its front matter, report id and section number. */
export interface ReportSection {
  frontmatter: Record<string, unknown>;
  rapport: string;
  numero: number;
}

/**
 * The report section a file is (front matter with `rapport` and a numeric
 * `numero`), or undefined for any other file (resolution notes, pages), which
 * the section plugins leave alone.
 */
export function reportSectionOf(file: VFile): ReportSection | undefined {
  const frontmatter = frontmatterOf(file);
  const numero = frontmatter?.numero;
  if (!frontmatter || typeof numero !== 'number' || frontmatter.rapport === undefined) return undefined;
  return { frontmatter, rapport: String(frontmatter.rapport), numero };
}
