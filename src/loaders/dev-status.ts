/**
 * The content audit's verdict, for the dev server. Under `astro dev` a content
 * fault found when the watcher reloads a file is only logged by Astro, and the
 * page goes on showing the data stored before (the old dates): so the loaders
 * register here a function that audits the content as it is on disk (cheap
 * when nothing changed: each file is hashed once per version), and
 * `src/middleware.ts` asks it on every request, throwing the French message so
 * that Astro shows its error overlay instead of the stale page. Shared through
 * `globalThis`: the loaders and the middleware live in two module graphs of one
 * process. No import: the middleware's bundle stays small.
 */
const KEY = Symbol.for('gtc.content-audit');

type Registry = Record<symbol, (() => string | undefined) | undefined>;

/** Registers the audit of the content as it is now: the French report of its faults, or undefined. */
export function registerContentAudit(audit: () => string | undefined): void {
  (globalThis as unknown as Registry)[KEY] = audit;
}

/** The faults of the content as it is now, when an audit is registered (the dev server), else undefined. */
export function currentContentFaults(): string | undefined {
  return (globalThis as unknown as Registry)[KEY]?.();
}
