/**
 * Highlights, on a page opened from a search result, the words that were
 * searched (`?surligner=…`), with Pagefind's own highlighter.
 */
import { HIGHLIGHT_PARAM } from './highlight-param';

const BASE = import.meta.env.BASE_URL;
const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind-highlight.js`)) as {
  default: new (options: Record<string, unknown>) => unknown;
};
new module.default({ highlightParam: HIGHLIGHT_PARAM, markContext: 'main article', addStyles: false });
