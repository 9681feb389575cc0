/**
 * Pagefind's browser module (pagefind.js) as this site calls it: the search page in the browser and the
 * tests in Node. Types only – Pagefind ships none for it – so the search script stays free of anything else.
 */

export interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  /** HTML: text with <mark> around the matched words. */
  excerpt: string;
  /** Word positions of the matches in `content`. */
  locations: number[];
  meta: Record<string, string | undefined>;
  /** Sections of the page (by heading or id) that match. */
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Loads the page's fragment. */
  data(): Promise<PagefindResultData>;
}

/** Filter name → a value, or any of several values. */
export type PagefindFilters = Record<string, string | { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Result counts per filter value, for the filters whose values are loaded. */
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Joins the bundle at `basePath` to this one: a search then searches both (scored by each, sorted by score). */
  mergeIndex(basePath: string, options?: Record<string, unknown>): Promise<void>;
  /** Loads the index chunks a search for `query` needs, without searching. */
  preload(query: string, options?: PagefindSearchOptions): Promise<void>;
  search(query: string, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Every filter's values with their page counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}
