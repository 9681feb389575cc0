/** What a page tells the search index about itself (filters, result metadata), and how "newest first" reads the date filter. */
import type { EntityKind } from '../entities/kinds.ts';

export type SearchType = 'article' | 'summary' | 'entity';

export interface SearchFacets {
  type: SearchType;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". */
  published?: string | undefined;
  publisher?: string | undefined;
  kind?: EntityKind | undefined;
}

/**
 * Hidden filter that carries each page's publication date for "newest first". A filter, not a Pagefind
 * sort key: a sort key sits in the metadata every first search downloads, a filter's values load only
 * when someone sorts by date.
 */
export const DATE_FILTER = 'date';
/** Date filter value of undated pages: sorts below every date, so they come last instead of dropping out. */
export const UNDATED = '0000-00-00';

export function facetFilters(facets: SearchFacets): Record<string, string> {
  const filters: Record<string, string> = { type: facets.type, [DATE_FILTER]: facets.published ?? UNDATED };
  if (facets.published) filters['year'] = facets.published.slice(0, 4);
  if (facets.publisher) filters['publisher'] = facets.publisher;
  if (facets.kind) filters['kind'] = facets.kind;
  return filters;
}

/** Date filter values among a search's results with their result counts, newest first, undated last. */
export function datesNewestFirst(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => b.localeCompare(a));
}

/**
 * The date values to fetch for the next `need` results in date order, starting at `start`: `whole` fit
 * completely (fetched together, ordered by their pages' own dates), `last` is a date with more results
 * than still fit (fetched alone, in relevance order, its remainder left for the next batch).
 */
export function nextDateGroup(dates: [string, number][], start: number, need: number): { whole: string[]; last?: string; next: number } {
  const whole: string[] = [];
  let taken = 0;
  let index = start;
  while (index < dates.length && taken < need) {
    const [value, count] = dates[index]!;
    index += 1;
    if (taken + count > need) return { whole, last: value, next: index };
    whole.push(value);
    taken += count;
  }
  return { whole, next: index };
}
