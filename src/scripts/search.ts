/**
 * Search page behaviour: runs Pagefind for the query in the URL, keeps the URL in step with the form
 * (shareable, reload and Back restore results), searches the other language's bundle on request,
 * and lets the keyboard reach everything. Loaded on the search page only.
 */
import { formatDay, parsePublicationDate, PUBLICATION_DATE_PATTERN } from '../lib/dates.ts';
import { withBase } from '../i18n/routes.ts';
import { FILTER_KEYS, fill, highlightUrl, markedTerms, readSearchState, searchParams, type SearchState } from '../lib/search-state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
type Lang = 'de' | 'en';
interface Hit {
  lang: Lang;
  result: PagefindResult;
  date?: string;
}

/** Results rendered at once: each needs its page's excerpt fragment fetched, so fewer keeps the first search light. */
const PAGE_SIZE = 5;
const TYPING_DELAY_MS = 150;

const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const across = form.querySelector<HTMLInputElement>('input[name="all"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('more-results') as HTMLButtonElement;
const strings = JSON.parse(form.dataset['strings']!) as Record<string, unknown> & {
  types: Record<string, string>;
  kinds: Record<string, string>;
  languageBadge: Record<Lang, string>;
  locale: string;
};
const text = (key: string) => String(strings[key]);
const pageLang = document.documentElement.lang as Lang;
const otherLang: Lang = pageLang === 'de' ? 'en' : 'de';

const bundles = new Map<Lang, Promise<Pagefind>>();
function bundle(lang: Lang): Promise<Pagefind> {
  let loading = bundles.get(lang);
  if (!loading) {
    const url = withBase(`pagefind/${lang}/pagefind.js`);
    loading = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      // Weaker length normalisation: short entity pages should not outrank the articles that discuss a term.
      await pagefind.options({ basePath: withBase(`pagefind/${lang}/`), excerptLength: 24, ranking: { pageLength: 0.25 } });
      await pagefind.init();
      return pagefind;
    });
    bundles.set(lang, loading);
  }
  return loading;
}

function formState(): Omit<SearchState, 'truncated'> {
  const data = new FormData(form);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = String(data.get(key) ?? '');
    if (value) filters[key] = value;
  }
  return { query: input.value.trim(), across: across.checked, filters, sort: sortSelect.value === 'date' ? 'date' : 'relevance' };
}

function showState(state: SearchState): void {
  input.value = state.query;
  across.checked = state.across;
  sortSelect.value = state.sort === 'date' ? 'date' : '';
  for (const key of FILTER_KEYS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
    const value = state.filters[key] ?? '';
    if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(filterLabel(key, value), value));
    select.value = value;
  }
}

function filterLabel(key: string, value: string): string {
  if (key === 'type') return strings.types[value] ?? value;
  if (key === 'kind') return strings.kinds[value] ?? value;
  return value;
}

async function fillFilterOptions(): Promise<void> {
  const available = await (await bundle(pageLang)).filters();
  for (const key of FILTER_KEYS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
    const values = Object.keys(available[key] ?? {}).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    for (const value of values) {
      if (![...select.options].some((option) => option.value === value)) select.add(new Option(filterLabel(key, value), value));
    }
  }
}

/** Safe excerpt: only text and <mark> survive from Pagefind's HTML. */
function excerptNode(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  return fragment;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

function formatDate(value: string | undefined): string {
  return value && PUBLICATION_DATE_PATTERN.test(value) ? formatDay(parsePublicationDate(value), strings.locale) : '';
}

async function renderHit(hit: Hit): Promise<HTMLLIElement> {
  const data = await hit.result.data();
  const item = element('li', 'result');
  if (hit.lang !== pageLang) item.lang = hit.lang;
  const heading = element('h2', 'result-title');
  const link = element('a', undefined, data.meta['title'] ?? data.url);
  link.href = highlightUrl(data.url, markedTerms(data.excerpt));
  heading.append(link);
  const meta = element('p', 'result-meta');
  meta.lang = pageLang;
  meta.append(element('span', 'badge', strings.types[data.meta['type'] ?? ''] ?? ''));
  if (pageLang !== hit.lang || across.checked) meta.append(' ', element('span', 'badge badge-lang', strings.languageBadge[hit.lang]));
  const date = formatDate(data.meta['date']);
  if (date) meta.append(' ', element('span', 'result-date', date));
  const excerpt = element('p', 'result-excerpt');
  excerpt.append(excerptNode(data.excerpt));
  item.append(heading, meta, excerpt);
  const subs = (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (subs.length) {
    const subList = element('ul', 'sub-results');
    for (const sub of subs) {
      const subItem = element('li');
      const subLink = element('a', undefined, sub.title);
      subLink.href = highlightUrl(sub.url, markedTerms(sub.excerpt));
      const subExcerpt = element('p', 'result-excerpt');
      subExcerpt.append(excerptNode(sub.excerpt));
      subItem.append(subLink, subExcerpt);
      subList.append(subItem);
    }
    item.append(subList);
  }
  return item;
}

let generation = 0;
let pending: Hit[] = [];

async function showMore(): Promise<void> {
  const batch = pending.splice(0, PAGE_SIZE);
  const items = await Promise.all(batch.map(renderHit));
  list.append(...items);
  more.hidden = pending.length === 0;
}

async function run(state: SearchState): Promise<void> {
  const current = ++generation;
  list.replaceChildren();
  more.hidden = true;
  pending = [];
  if (!state.query) {
    status.textContent = text('emptyQuery');
    return;
  }
  status.textContent = text('loading');
  try {
    const langs: Lang[] = state.across ? [pageLang, otherLang] : [pageLang];
    const options = { filters: state.filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
    const found = await Promise.all(
      langs.map(async (lang) => ((await (await bundle(lang)).search(state.query, options))?.results ?? []).map((result) => ({ lang, result }) as Hit)),
    );
    if (current !== generation) return;
    let hits = found.flat();
    if (state.sort === 'date' && state.across) {
      await Promise.all(hits.map(async (hit) => (hit.date = (await hit.result.data()).meta['date'] ?? '')));
      hits = hits.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    } else if (state.across) {
      hits = hits.sort((a, b) => b.result.score - a.result.score);
    }
    const count = hits.length;
    const summary = count === 0 ? fill(text('noResults'), { query: state.query }) : fill(text(count === 1 ? 'resultCountOne' : 'resultCountMany'), { count, query: state.query });
    pending = hits;
    await showMore();
    if (current !== generation) return;
    status.textContent = state.truncated ? `${summary} ${fill(text('truncatedQuery'), { length: state.query.length })}` : summary;
  } catch (error) {
    console.error(error);
    if (current === generation) status.textContent = text('unavailable');
  }
}

function update(push: boolean): void {
  const params = searchParams(formState());
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void run(readSearchState(params));
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => update(false), TYPING_DELAY_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  update(true);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) update(true);
});
more.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
  const state = readSearchState(new URLSearchParams(location.search));
  showState(state);
  void run(state);
});

/** "/" and Ctrl/Cmd+K focus the field; arrow keys walk the result links; Escape goes back to the field. */
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
  if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
    event.preventDefault();
    input.focus();
    input.select();
    return;
  }
  const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
  const index = links.indexOf(target as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (target === input || index >= 0) && links.length) {
    event.preventDefault();
    links[Math.min(index + 1, links.length - 1)]!.focus();
  } else if (event.key === 'ArrowUp' && index >= 0) {
    event.preventDefault();
    if (index === 0) input.focus();
    else links[index - 1]!.focus();
  } else if (event.key === 'Escape' && index >= 0) {
    input.focus();
  }
});

const initial = readSearchState(new URLSearchParams(location.search));
showState(initial);
// Filter values load when the filters are opened (or already set in the URL), not with every search.
const filterPanel = form.querySelector<HTMLDetailsElement>('details.search-options')!;
const loadFilters = () => void fillFilterOptions().then(() => showState(readSearchState(new URLSearchParams(location.search)))).catch(() => undefined);
if (Object.keys(initial.filters).length) {
  filterPanel.open = true;
  loadFilters();
} else {
  filterPanel.addEventListener('toggle', loadFilters, { once: true });
}
if (initial.query || location.search) void run(initial);
else input.focus();
