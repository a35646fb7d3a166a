import { execFileSync } from 'node:child_process';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { inBackground } from '../../scripts/lib/project-copy.mjs';

/** What a command in the background (`npm test`'s site build, Prettier and ESLint in `npm run check`) runs at. */
describe('a command run in the background', () => {
  it('runs, with the processes it starts, at a lower priority than the work beside it', () => {
    // A Node process that starts another and prints both priorities.
    const script = `const { execFileSync } = require('node:child_process'); const { getPriority } = require('node:os');
      const child = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(require("node:os").getPriority()))']);
      process.stdout.write(getPriority() + ' ' + child);`;
    const [program, ...args] = inBackground([process.execPath, '-e', script]);
    const [own, child] = execFileSync(program!, args, { encoding: 'utf8' }).split(' ').map(Number);
    expect(own).toBeGreaterThan(getPriority());
    expect(child).toBe(own);
  });
});
