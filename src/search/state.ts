/** The search page's state as it lives in the URL (?q=…&all=1&type=…&sort=date), parsed and written back. */

/** Longer queries are cut: nobody types more, and Pagefind's cost grows with the query. */
export const MAX_QUERY_LENGTH = 200;
/** The pause in typing after which the search page searches (`npm run bench` reports its times after it). */
export const TYPING_DELAY_MS = 150;
/**
 * How the search page has Pagefind rank and cut excerpts (the tests run Pagefind with the same). Weaker
 * length normalisation: short entity pages should not outrank the articles that discuss a term.
 */
export const PAGEFIND_SEARCH_OPTIONS = { excerptLength: 24, ranking: { pageLength: 0.25 } };
export const FILTER_KEYS = ['type', 'kind', 'publisher', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  query: string;
  /** The query as typed was longer than MAX_QUERY_LENGTH. */
  truncated: boolean;
  /** Also search the other language's index. */
  across: boolean;
  filters: Partial<Record<FilterKey, string>>;
  sort: 'relevance' | 'date';
}

export function readSearchState(params: URLSearchParams): SearchState {
  const typed = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return {
    query: [...typed].slice(0, MAX_QUERY_LENGTH).join(''),
    truncated: [...typed].length > MAX_QUERY_LENGTH,
    across: params.get('all') === '1',
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

export function searchParams(state: Omit<SearchState, 'truncated'>): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.across) params.set('all', '1');
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** Fills "{name}" placeholders in a UI string template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The distinct highlighted words of a Pagefind excerpt, for a text fragment on the result link. */
export function markedTerms(excerpt: string, limit = 3): string[] {
  const terms = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)]
    .map((match) => decodeEntities(match[1]!).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  return [...new Set(terms)].slice(0, limit);
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? '',
  );
}

/** A result URL that makes the browser highlight the matched words when it opens (URL text fragments). */
export function highlightUrl(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const directive = terms.map((term) => `text=${encodeURIComponent(term).replace(/-/g, '%2D')}`).join('&');
  return `${url}${url.includes('#') ? '' : '#'}:~:${directive}`;
}
