import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumPath } from '../../scripts/lib/chromium.mjs';

/** Which Chromium the browser tests and the benchmarks drive, given what is installed. */
describe('the Chromium to drive', () => {
  const installed =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);
  const SHELL = '/usr/bin/chromium-headless-shell';
  const FULL = '/usr/bin/chromium';
  afterEach(() => vi.unstubAllEnvs());

  it('is the headless shell for the tests when it is installed, the full browser otherwise', () => {
    vi.stubEnv('CHROME_PATH', '');
    expect(chromiumPath({ forTests: true, exists: installed(SHELL, FULL) })).toBe(SHELL);
    expect(chromiumPath({ forTests: true, exists: installed(FULL) })).toBe(FULL);
  });

  it('is the full browser for the benchmarks and the journeys that need it, shell installed or not', () => {
    vi.stubEnv('CHROME_PATH', '');
    expect(chromiumPath({ exists: installed(SHELL, FULL) })).toBe(FULL);
    expect(chromiumPath({ exists: installed(SHELL, '/usr/bin/chromium-browser') })).toBe('/usr/bin/chromium-browser');
  });

  it('is CHROME_PATH when it is set, for the tests too, and says so when that file does not exist', () => {
    vi.stubEnv('CHROME_PATH', '/opt/chrome/chrome');
    expect(chromiumPath({ forTests: true, exists: installed(SHELL, FULL, '/opt/chrome/chrome') })).toBe(
      '/opt/chrome/chrome',
    );
    expect(() => chromiumPath({ exists: installed(FULL) })).toThrow('CHROME_PATH=/opt/chrome/chrome does not exist.');
  });

  it('refuses to go on without a Chromium, rather than skip the browser tests', () => {
    vi.stubEnv('CHROME_PATH', '');
    expect(() => chromiumPath({ forTests: true, exists: installed(SHELL.replace('shell', 'other')) })).toThrow(
      /No Chromium found for the browser tests/,
    );
  });
});
