import type { RequestListener } from 'node:http';
import { describe, expect, it } from 'vitest';
import { listen, serverOfBuild, untilBuilt } from '../helpers/serve';

/** The tests' server for a site still being built (the run's site, the shared fixture sites). */
describe('a server for a site being built', () => {
  it('holds requests until the build ends, then serves them, and says it is ready', async () => {
    let finish: (answer: RequestListener) => void = () => {};
    const site = new Promise<RequestListener>((done) => (finish = done));
    let builds = 0;
    const served = await listen(
      serverOfBuild(() => {
        builds += 1;
        return site;
      }),
      0,
    );
    try {
      const page = fetch(new URL('rapport/', served.url)).then((response) => response.text());
      const ready = untilBuilt(served.url);
      finish((req, res) => res.end(`page ${req.url}`));
      await expect(ready).resolves.toBeUndefined();
      await expect(page).resolves.toBe('page /rapport/');
      expect(builds).toBe(2);
    } finally {
      await served.close();
    }
  });

  it('answers a failed build with its output, which untilBuilt throws', async () => {
    const failed = Promise.reject(new Error('The fixture site x did not build:\nContenu invalide dans content/a.mdx'));
    failed.catch(() => undefined);
    const served = await listen(
      serverOfBuild(() => failed),
      0,
    );
    try {
      await expect(untilBuilt(served.url)).rejects.toThrow('Contenu invalide dans content/a.mdx');
    } finally {
      await served.close();
    }
  });
});
