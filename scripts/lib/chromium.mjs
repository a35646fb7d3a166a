// The system Chromium that the browser tests and benchmarks drive (no browser is downloaded),
// and the flags it needs on these machines: no sandbox as root, no GPU, and no background
// networking (the machines have no internet, and Chromium would keep trying).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Chromium's headless shell (Debian: `apt-get install -y chromium-headless-shell`), the same
 * engine without the browser's interface: what Playwright itself runs for headless tests.
 * Opening a tab and loading a page cost about half the processor time of the full browser
 * (docs/qualite.md), and the browser tests open hundreds.
 */
const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];

/**
 * The Chromium to drive: `CHROME_PATH` if set, else the system Chromium. Throws a clear error
 * when none is found: browser tests never skip silently.
 * With `{ forTests: true }` (the browser tests' one browser per worker), the headless shell is
 * preferred when installed; benchmarks and journeys that need the full browser (caret browsing)
 * keep the full one. `exists` tells which files are installed (the file system; a test passes its own).
 * @param {{ forTests?: boolean, exists?: (path: string) => boolean }} [options]
 * @returns {string}
 */
export function chromiumPath({ forTests = false, exists = existsSync } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = [...(forTests ? HEADLESS_SHELLS : []), ...CANDIDATES].find((path) => exists(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian: `apt-get install -y chromium`) ' +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}
