import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A call that runs Astro in a test file: a fixture site's build or sync, the permalinks script, a dev server, or
 * waiting for a shared fixture site (the first file to ask builds it).
 */
const ASTRO_RUN =
  /\brunAstroIn\(|\brunFixtureSite\(|scripts\/permalinks\.mjs|astro\.js'\), 'dev'|\bsharedFixtureSite\(/g;

/** How many times a test file runs Astro: each run costs seconds of CPU, far more than any other test. */
export function astroRunsIn(source: string): number {
  return source.match(ASTRO_RUN)?.length ?? 0;
}

/**
 * Vitest's order (projects in `groupOrder`, then the slowest files of the last run first), except that,
 * within a project, the files that run Astro start first, those running it most times before the others.
 * A fresh clone has no record of the last run, and Vitest then starts the largest files first: the
 * fixture builds, in small files, came last and left one worker building alone at the end of the `site`
 * project while the other had nothing left to do.
 */
export default class AstroRunsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((spec, index) => [spec, index]));
    const runs = new Map(sorted.map((spec) => [spec, astroRunsIn(readFileSync(spec.moduleId, 'utf8'))]));
    const weight = (spec: TestSpecification) => (spec.project.name === 'unit' ? 0 : runs.get(spec)!);
    return [...sorted].sort((a, b) =>
      a.project.name === b.project.name
        ? weight(b) - weight(a) || position.get(a)! - position.get(b)!
        : position.get(a)! - position.get(b)!,
    );
  }
}
