import { describe, expect, it } from 'vitest';
import { astroRunsIn } from '../setup/sequencer';

describe('the test sequencer', () => {
  it('counts the Astro runs a test file makes', () => {
    expect(
      astroRunsIn("refused = await runAstroIn(project, 'build');\nrebuilt = await runAstroIn(project, 'build');"),
    ).toBe(2);
    expect(astroRunsIn("const run = await runFixtureSite('citation-inconnue', 'build');")).toBe(1);
    expect(astroRunsIn("[resolve('scripts/permalinks.mjs'), '--accepter']")).toBe(1);
    expect(astroRunsIn("[resolve('node_modules/astro/astro.js'), 'dev', '--host']")).toBe(1);
    expect(astroRunsIn("({ dir, url } = await sharedFixtureSite('rapports-extremes'));")).toBe(1);
    expect(astroRunsIn("import { runAstroIn } from '../helpers/project';\nawait page.goto(siteUrl);")).toBe(0);
    expect(
      astroRunsIn("import { SHARED_FIXTURE_SITES, sharedFixtureSite } from '../helpers/shared-fixture-sites';"),
    ).toBe(0);
  });
});
