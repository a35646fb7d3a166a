/**
 * Computes a value once per build. Every page of a static build runs in one
 * process and shares this module, so data that all pages need (the reports and
 * their paragraphs) is assembled once, not once per page. In `astro dev`
 * nothing is kept: content changes while the server runs.
 */

/** Wraps `compute` so that, in a production build, it runs once and later calls share its promise. */
export function buildOnce<T>(compute: () => Promise<T>, keep = !import.meta.env?.DEV): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (!keep) return compute();
    cached ??= compute();
    return cached;
  };
}

/** Like {@link buildOnce}, for a function of one key (a report): one computation per key. */
export function buildOncePer<K, T>(
  compute: (key: K) => Promise<T>,
  keep = !import.meta.env?.DEV,
): (key: K) => Promise<T> {
  const cached = new Map<K, Promise<T>>();
  return (key) => {
    if (!keep) return compute(key);
    let value = cached.get(key);
    if (!value) {
      value = compute(key);
      cached.set(key, value);
    }
    return value;
  };
}
