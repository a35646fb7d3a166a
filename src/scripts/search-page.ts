/**
 * The `/recherche/` page: runs the query in its URL (`?q=…&type=…&organe=…`),
 * keeps the URL in step as the reader types or filters, so a search can be
 * sent by email, and lists every result in `#resultats`.
 */
import { countMessage, renderHits, showSuggestion } from './search-results';
import { search, warmUp, type SearchAnswer, type SearchFilters } from './search-engine';
import { cleanQuery } from '../lib/search-query';

/** Full-text results drawn at a time: their fragments are fetched only when shown. */
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('#resultats')!;
const status = document.querySelector<HTMLElement>('#etat-recherche')!;
const moreButton = document.querySelector<HTMLButtonElement>('#plus-de-resultats')!;
form.hidden = false;

function readForm(): { query: string; filters: SearchFilters } {
  const data = new FormData(form);
  return {
    query: String(data.get('q') ?? ''),
    filters: { type: data.getAll('type').map(String), organe: data.getAll('organe').map(String) },
  };
}

function writeUrl(query: string, filters: SearchFilters) {
  const params = new URLSearchParams();
  // Cleaned: a lone surrogate would come back from the address as U+FFFD.
  if (cleanQuery(query)) params.set('q', cleanQuery(query));
  for (const value of filters.type ?? []) params.append('type', value);
  for (const value of filters.organe ?? []) params.append('organe', value);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

async function run() {
  const { query, filters } = readForm();
  writeUrl(query, filters);
  const ticket = ++latest;
  status.textContent = query.trim() ? 'Recherche…' : '';
  moreButton.hidden = true;
  const answer = await search(query, filters, (leading) => {
    if (ticket === latest) renderHits(list, leading);
  });
  if (ticket !== latest) return;
  const first = await answer.more(PAGE_SIZE);
  if (ticket !== latest) return;
  current = answer;
  renderHits(list, [...answer.leading, ...first]);
  moreButton.hidden = !answer.hasMore();
  status.textContent = countMessage(answer.total(), query, answer.notice);
  list.removeAttribute('aria-busy');
  const suggestion = await answer.suggest(first);
  if (suggestion && ticket === latest) {
    showSuggestion(status, suggestion, `?q=${encodeURIComponent(suggestion)}`, (corrected) => {
      input.value = corrected;
      void run();
    });
  }
}

let current: SearchAnswer | undefined;

moreButton.addEventListener('click', async () => {
  const answer = current;
  if (!answer) return;
  const shown = list.children.length;
  const hits = await answer.more(PAGE_SIZE);
  if (answer !== current) return;
  renderHits(list, hits, true);
  moreButton.hidden = !answer.hasMore();
  // Focus goes to the first new result, so keyboard and screen-reader users continue from there.
  list.children[shown]?.querySelector<HTMLAnchorElement>('a')?.focus();
});

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
  box.checked = params.getAll(box.name).includes(box.value);
  // Filters set by the URL are shown, so the reader sees why results are narrowed.
  if (box.checked) form.querySelector('details')!.open = true;
}
input.addEventListener('focus', warmUp, { once: true });
input.addEventListener('input', () => {
  // The list is about to change: assistive technologies (and tests) wait for the new answer.
  list.setAttribute('aria-busy', 'true');
  clearTimeout(timer);
  timer = setTimeout(run, 150);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).type === 'checkbox') void run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
if (input.value.trim()) void run();
