/** The addresses search results open: the page or paragraph, with the words to mark there. */
import { foldText } from '../lib/fold';
import { MAX_HIGHLIGHT_TERMS } from '../lib/french-words';
import { HIGHLIGHT_PARAM } from './highlight-param';

/**
 * A result's address with the words to mark (`?surligner=…`, each once up to
 * accents and case, at most `MAX_HIGHLIGHT_TERMS`) and an optional paragraph
 * fragment: `resultUrl('/rapport/', ['financières', 'financement'], 'p0-4')` →
 * `/rapport/?surligner=financi%C3%A8res&surligner=financement#p0-4`.
 */
export function resultUrl(url: string, words: readonly string[], fragment?: string): string {
  const target = new URL(url, location.href);
  const seen = new Set<string>();
  for (const word of words) {
    const key = foldText(word);
    if (word.length < 2 || seen.has(key) || seen.size >= MAX_HIGHLIGHT_TERMS) continue;
    seen.add(key);
    target.searchParams.append(HIGHLIGHT_PARAM, word);
  }
  if (fragment) target.hash = fragment;
  return target.pathname + target.search + target.hash;
}
