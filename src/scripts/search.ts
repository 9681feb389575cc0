/**
 * Search page behaviour: runs Pagefind for the query in the URL, keeps the URL in step with the form
 * (shareable, reload and Back restore results), searches the other language's bundle on request,
 * answers queries that name an entity with a card (or a "did you mean"), and lets the keyboard reach
 * everything. Loaded on the search page only; Pagefind itself loads when the field gets focus, the
 * reader types, or the page opens with a query.
 */
import { formatDay, parsePublicationDate, PUBLICATION_DATE_PATTERN } from '../record/dates.ts';
import {
  createEntityAnswers,
  type EntityAnswer,
  type EntityAnswers,
  type EntityCard,
  type EntityNameIndex,
} from '../search/entity-answers.ts';
import { dateFeed, type Feed } from '../search/date-feed.ts';
import { DATE_FILTER, UNDATED } from '../search/facets.ts';
import type { Pagefind, PagefindFilters, PagefindResult } from '../search/pagefind-client.ts';
import type { SearchScriptStrings } from '../i18n/types.ts';
import { filePath, LOCALES, otherLang, pathFor, type Lang } from '../routing/urls.ts';
import {
  FILTER_KEYS,
  fill,
  highlightUrl,
  markedTerms,
  PAGEFIND_SEARCH_OPTIONS,
  readSearchState,
  searchParams,
  TYPING_DELAY_MS,
  type SearchState,
} from '../search/state.ts';

interface Hit {
  lang: Lang;
  result: PagefindResult;
}
/**
 * Results rendered at once. Each needs its page's fragment (4–5 KB gzipped for a long article) before it
 * shows; at 1280×800 the first screen holds one or two results under the form, so four fill two screens
 * and keep the first search light; "More results" adds four at a time.
 */
const PAGE_SIZE = 4;

const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const across = form.querySelector<HTMLInputElement>('input[name="all"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const answers = document.getElementById('entity-answers')!;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('more-results') as HTMLButtonElement;
/** Handed over by SearchLayout (searchScriptStrings). */
const strings = JSON.parse(form.dataset['strings']!) as SearchScriptStrings;
/** The label of a filter value or result type, when the strings have one. */
const labelOf = <Key extends string>(labels: Record<Key, string>, value: string): string | undefined =>
  Object.hasOwn(labels, value) ? labels[value as Key] : undefined;
const pageLang = document.documentElement.lang as Lang;

const bundles = new Map<Lang, Promise<Pagefind>>();
/**
 * The language's search: the bundles its parts file lists (one for a site built at once, one per shard for a
 * site built in shards), the first loaded and the others merged into it, so one search covers them all.
 */
function bundle(lang: Lang): Promise<Pagefind> {
  let loading = bundles.get(lang);
  if (!loading) {
    loading = fetchJson<string[]>(filePath({ kind: 'searchParts', lang }), { cache: 'no-cache' }).then(async ([first, ...others]) => {
      if (first === undefined) throw new Error(`no search bundle for ${lang}`);
      const part = (name: string) => (name ? { part: name } : {});
      const pagefind = (await import(
        /* @vite-ignore */ filePath({ kind: 'searchBundle', lang, ...part(first), file: 'pagefind.js' })
      )) as Pagefind;
      // noWorker: the worker is one more 12 KB script, and our searches are small enough for the main thread.
      await pagefind.options({
        basePath: filePath({ kind: 'searchBundle', lang, ...part(first) }),
        noWorker: true,
        ...PAGEFIND_SEARCH_OPTIONS,
      });
      await pagefind.init();
      await Promise.all(
        others.map((name) => pagefind.mergeIndex(filePath({ kind: 'searchBundle', lang, part: name }), PAGEFIND_SEARCH_OPTIONS)),
      );
      return pagefind;
    });
    loading.catch(() => bundles.delete(lang));
    bundles.set(lang, loading);
  }
  return loading;
}

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  return (await response.json()) as T;
}

let entityAnswers: Promise<EntityAnswers> | undefined;
function loadEntityAnswers(): Promise<EntityAnswers> {
  entityAnswers ??= fetchJson<EntityNameIndex>(filePath({ kind: 'entityNames', lang: pageLang }))
    .then(createEntityAnswers)
    .catch((error: unknown) => {
      entityAnswers = undefined;
      throw error;
    });
  return entityAnswers;
}

const cards = new Map<string, Promise<EntityCard>>();
function loadCard(id: string): Promise<EntityCard> {
  let loading = cards.get(id);
  if (!loading) {
    loading = fetchJson<EntityCard>(filePath({ kind: 'entityCard', lang: pageLang, id }));
    loading.catch(() => cards.delete(id));
    cards.set(id, loading);
  }
  return loading;
}

function searchLangs(state: Pick<SearchState, 'across'>): Lang[] {
  return state.across ? [pageLang, otherLang(pageLang)] : [pageLang];
}

/** Starts loading what a search needs before the first query is complete. */
function warmUp(): void {
  for (const lang of searchLangs({ across: across.checked })) bundle(lang).catch(() => undefined);
  loadEntityAnswers().catch(() => undefined);
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
  if (key === 'type') return labelOf(strings.types, value) ?? value;
  if (key === 'kind') return labelOf(strings.kinds, value) ?? value;
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

/** A UI string template with one placeholder filled by a node (a link) instead of text. */
function fillWithNode(template: string, name: string, node: Node): (string | Node)[] {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return [before, node, after];
}

function formatDate(value: string | undefined): string {
  return value && PUBLICATION_DATE_PATTERN.test(value) ? formatDay(parsePublicationDate(value), LOCALES[pageLang]) : '';
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
  meta.append(element('span', 'badge', labelOf(strings.types, data.meta['type'] ?? '') ?? ''));
  if (pageLang !== hit.lang || across.checked) meta.append(' ', element('span', 'badge badge-lang', strings.languageBadge[hit.lang]));
  const date = formatDate(data.meta['date']);
  if (date) meta.append(' ', element('span', 'result-date', date));
  const excerpt = element('p', 'result-excerpt');
  excerpt.append(excerptNode(data.excerpt));
  item.append(heading, meta, excerpt);
  const subs = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
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

function entityCard(id: string, entity: EntityCard, form: string): HTMLElement {
  const card = element('section', 'entity-answer');
  const headingId = `entity-answer-${id}`;
  card.setAttribute('aria-labelledby', headingId);
  const heading = element('h2', 'entity-answer-name');
  heading.id = headingId;
  const link = element('a', undefined, entity.name);
  link.href = pathFor(pageLang, { kind: 'entity', id });
  heading.append(link);
  const meta = element('p', 'result-meta');
  meta.append(element('span', 'badge', labelOf(strings.kinds, entity.kind) ?? entity.kind));
  card.append(heading, meta);
  if (form !== entity.name) card.append(element('p', 'entity-answer-alias', fill(strings.entityAlias, { alias: form, name: entity.name })));
  card.append(element('p', 'entity-answer-text', entity.description));
  return card;
}

function suggestion(form: string): HTMLParagraphElement {
  const link = element('a', undefined, form);
  link.href = `${location.pathname}?${searchParams({ ...formState(), query: form })}`;
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    input.value = form;
    update(true);
  });
  const paragraph = element('p', 'did-you-mean');
  paragraph.append(...fillWithNode(strings.didYouMean, 'suggestion', link));
  return paragraph;
}

async function answerNodes(answer: EntityAnswer | undefined): Promise<HTMLElement[]> {
  if (!answer) return [];
  if (answer.type === 'suggestion') return [suggestion(answer.form)];
  return Promise.all(answer.ids.map(async (id) => entityCard(id, await loadCard(id), answer.form)));
}

async function searchHits(lang: Lang, query: string, filters: PagefindFilters): Promise<Hit[]> {
  const found = await (await bundle(lang)).search(query, { filters });
  return found.results.map((result) => ({ lang, result }));
}

const byScore = (a: Hit, b: Hit) => b.result.score - a.result.score;

async function relevanceFeed(state: SearchState): Promise<Feed<Hit>> {
  const hits = (await Promise.all(searchLangs(state).map((lang) => searchHits(lang, state.query, state.filters)))).flat().sort(byScore);
  return { total: hits.length, next: async (count) => hits.splice(0, count), done: () => hits.length === 0 };
}

/** Newest first (see dateFeed), over every language searched. */
async function newestFirstFeed(state: SearchState): Promise<Feed<Hit>> {
  const langs = searchLangs(state);
  const searches = await Promise.all(
    langs.map(async (lang) => {
      const pagefind = await bundle(lang);
      // Loads the date filter's values, so that the search below counts its results per date.
      await pagefind.preload(state.query, { filters: { ...state.filters, [DATE_FILTER]: UNDATED } });
      return { lang, found: await pagefind.search(state.query, { filters: state.filters }) };
    }),
  );
  const counts: Record<string, number> = {};
  const all: Hit[] = [];
  for (const { lang, found } of searches) {
    for (const [date, count] of Object.entries(found.filters[DATE_FILTER] ?? {})) counts[date] = (counts[date] ?? 0) + count;
    all.push(...found.results.map((result) => ({ lang, result })));
  }
  return dateFeed({
    counts,
    all,
    withDate: async (date) =>
      (await Promise.all(langs.map((lang) => searchHits(lang, state.query, { ...state.filters, [DATE_FILTER]: date })))).flat(),
    dateOf: async (hit) => (await hit.result.data()).meta['date'] ?? '',
    key: (hit) => `${hit.lang}:${hit.result.id}`,
    score: (hit) => hit.result.score,
  });
}

let generation = 0;
let feed: Feed<Hit> | undefined;

async function showMore(): Promise<void> {
  if (!feed) return;
  const current = generation;
  const items = await Promise.all((await feed.next(PAGE_SIZE)).map(renderHit));
  if (current !== generation) return;
  list.append(...items);
  more.hidden = feed.done();
}

async function run(state: SearchState): Promise<void> {
  const current = ++generation;
  list.replaceChildren();
  more.hidden = true;
  feed = undefined;
  if (!state.query) {
    answers.replaceChildren();
    status.textContent = strings.emptyQuery;
    return;
  }
  status.textContent = strings.loading;
  loadEntityAnswers()
    .then(async (entities) => {
      const nodes = await answerNodes(entities.answer(state.query));
      if (current === generation) answers.replaceChildren(...nodes);
    })
    .catch((error: unknown) => {
      console.error(error);
      if (current === generation) answers.replaceChildren();
    });
  try {
    const found = await (state.sort === 'date' ? newestFirstFeed(state) : relevanceFeed(state));
    if (current !== generation) return;
    const count = found.total;
    const summary =
      count === 0
        ? fill(strings.noResults, { query: state.query })
        : fill(count === 1 ? strings.resultCountOne : strings.resultCountMany, { count, query: state.query });
    feed = found;
    await showMore();
    if (current !== generation) return;
    status.textContent = state.truncated ? `${summary} ${fill(strings.truncatedQuery, { length: state.query.length })}` : summary;
  } catch (error) {
    console.error(error);
    // In npm run dev the bundle is the last build's (scripts/dev/last-search-index.ts); before any build there is none.
    if (current === generation) status.textContent = import.meta.env.DEV ? strings.needsBuild : strings.unavailable;
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
input.addEventListener('focus', warmUp, { once: true });
input.addEventListener('input', () => {
  warmUp();
  // Fetch the index chunks for what is typed so far while the reader pauses.
  const state = readSearchState(searchParams(formState()));
  if (state.query)
    for (const lang of searchLangs(state))
      bundle(lang)
        .then((pagefind) => pagefind.preload(state.query, { filters: state.filters }))
        .catch(() => undefined);
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
// One batch at a time: a second click while a batch loads would take the same results or append out of order.
let loadingMore = false;
more.addEventListener('click', () => {
  if (loadingMore) return;
  loadingMore = true;
  showMore()
    .catch((error: unknown) => console.error(error))
    .finally(() => (loadingMore = false));
});
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
const loadFilters = () =>
  void fillFilterOptions()
    .then(() => showState(readSearchState(new URLSearchParams(location.search))))
    .catch(() => undefined);
if (Object.keys(initial.filters).length) {
  filterPanel.open = true;
  loadFilters();
} else {
  filterPanel.addEventListener('toggle', loadFilters, { once: true });
}
// Opened without a query, the page is there to search: the field takes the focus, which starts Pagefind
// (warmUp) while the reader begins to type; reading pages carry no search code at all.
if (initial.query || location.search) void run(initial);
else input.focus();
