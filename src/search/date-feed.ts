/**
 * "Newest first" without a Pagefind sort key: the hidden date filter counts a search's results per date,
 * and each batch fetches only the dates it shows (see nextDateGroup). Pure over the search it is given,
 * so the search page runs it on Pagefind and the tests on a search of their own.
 */
import { compareNewestFirst } from '../record/dates.ts';
import { datesNewestFirst, nextDateGroup } from './facets.ts';

/** A search's results in display order, handed out batch by batch. */
export interface Feed<Hit> {
  total: number;
  next(count: number): Promise<Hit[]>;
  done(): boolean;
}

/** What the date order needs of a search (in every language searched). */
export interface DatedSearch<Hit> {
  /** Result counts per date filter value. */
  counts: Record<string, number>;
  /** Every result, in any order: those without a date filter value come from here, last. */
  all: Hit[];
  /** The results whose date filter value is `date`, or any of `date.any`. */
  withDate(date: string | { any: string[] }): Promise<Hit[]>;
  /** The date the result's page shows (its metadata), for the order within a group of dates. */
  dateOf(hit: Hit): Promise<string>;
  /** Identity of a result across searches. */
  key(hit: Hit): string;
  /** Higher is more relevant. */
  score(hit: Hit): number;
}

/**
 * Pages of one date keep relevance order; undated pages come last; a result without a date value still
 * comes, after them.
 */
export function dateFeed<Hit>(search: DatedSearch<Hit>): Feed<Hit> {
  const dates = datesNewestFirst(search.counts);
  const byScore = (a: Hit, b: Hit) => search.score(b) - search.score(a);
  const shown = new Set<string>();
  let cursor = 0;
  let rest: Hit[] = [];

  async function next(count: number): Promise<Hit[]> {
    const batch = rest.splice(0, count);
    while (batch.length < count && cursor < dates.length) {
      const group = nextDateGroup(dates, cursor, count - batch.length);
      cursor = group.next;
      if (group.whole.length) {
        const dated = await Promise.all(
          (await search.withDate({ any: group.whole })).map(async (hit) => ({ hit, date: await search.dateOf(hit) })),
        );
        batch.push(...dated.sort((a, b) => compareNewestFirst(a.date, b.date) || byScore(a.hit, b.hit)).map(({ hit }) => hit));
      }
      if (group.last) {
        rest = (await search.withDate(group.last)).sort(byScore);
        batch.push(...rest.splice(0, count - batch.length));
      }
    }
    for (const hit of batch) shown.add(search.key(hit));
    if (batch.length < count && cursor >= dates.length && rest.length === 0) {
      const undatable = search.all
        .filter((hit) => !shown.has(search.key(hit)))
        .sort(byScore)
        .slice(0, count - batch.length);
      for (const hit of undatable) shown.add(search.key(hit));
      batch.push(...undatable);
    }
    return batch;
  }
  return { total: search.all.length, next, done: () => shown.size >= search.all.length };
}
