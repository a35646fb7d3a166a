/**
 * The `/recherche/` page: runs the query in its URL (`?q=…&type=…&organe=…`),
 * keeps the URL in step as the reader types or filters, so a search can be
 * sent by email, and lists every result in `#resultats`.
 */
import { countMessage, renderHits } from './search-results';
import { search, warmUp, type SearchFilters } from './search-engine';

const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('#resultats')!;
const status = document.querySelector<HTMLElement>('#etat-recherche')!;
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
  if (query) params.set('q', query);
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
  const hits = await search(query, filters, 50, (exact) => {
    if (ticket === latest) renderHits(list, exact);
  });
  if (ticket !== latest) return;
  renderHits(list, hits);
  status.textContent = countMessage(hits.length, query);
}

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
  box.checked = params.getAll(box.name).includes(box.value);
  // Filters set by the URL are shown, so the reader sees why results are narrowed.
  if (box.checked) form.querySelector('details')!.open = true;
}
input.addEventListener('focus', warmUp, { once: true });
input.addEventListener('input', () => {
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
