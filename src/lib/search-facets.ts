/** What a page tells the search index about itself: filters, result metadata and the date sort key. */
import type { EntityKind } from './entity-kinds.ts';

export type SearchType = 'article' | 'summary' | 'entity';

export interface SearchFacets {
  type: SearchType;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". */
  published?: string | undefined;
  publisher?: string | undefined;
  kind?: EntityKind | undefined;
}

/** Sort key for "newest first": undated pages sort last instead of dropping out of sorted results. */
export const UNDATED_SORT_KEY = '0000-00-00';

export function facetFilters(facets: SearchFacets): Record<string, string> {
  const filters: Record<string, string> = { type: facets.type };
  if (facets.published) filters['year'] = facets.published.slice(0, 4);
  if (facets.publisher) filters['publisher'] = facets.publisher;
  if (facets.kind) filters['kind'] = facets.kind;
  return filters;
}
