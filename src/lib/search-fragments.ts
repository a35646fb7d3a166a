/**
 * Pagefind's fragment files read back at build time: each page's id, address
 * and indexed text, for the files search writes beside the index (the page of
 * each result id, the vocabulary of typo suggestions). Build-time only.
 */
import { gunzipSync } from 'node:zlib';

/** A page as Pagefind indexed it: its result id (`fr_1752a34`), its address and its indexed text. */
export interface IndexedPage {
  id: string;
  url: string;
  content: string;
}

/** The prefix of Pagefind's decompressed files. */
const SIGNATURE = 'pagefind_dcd';

/**
 * The pages of one fragment file (`fragment/<hash>.pf_fragment`): a single
 * page, whose id is the file's hash, or a group of pages keyed by id. Fails,
 * naming the file, on anything else.
 */
export function pagesOfFragmentFile(fileName: string, compressed: Uint8Array): IndexedPage[] {
  const text = gunzipSync(compressed).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`Fragment Pagefind illisible : ${fileName}`);
  const parsed = JSON.parse(text.slice(SIGNATURE.length)) as
    { url: string; content: string } | Record<string, { url: string; content: string }>;
  const id = fileName.replace(/^.*\//, '').replace(/\.pf_fragment$/, '');
  const entries = typeof parsed.url === 'string' ? [[id, parsed]] : Object.entries(parsed);
  return entries.map(([key, page]) => {
    const { url, content } = page as { url: unknown; content: unknown };
    if (typeof url !== 'string' || typeof content !== 'string') {
      throw new Error(`Fragment Pagefind sans adresse ni texte : ${fileName} (${String(key)})`);
    }
    return { id: String(key), url, content };
  });
}
