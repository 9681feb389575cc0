import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFeed } from '../../src/search/date-feed.ts';
import { DATE_FILTER, datesNewestFirst, facetFilters, nextDateGroup, UNDATED } from '../../src/search/facets.ts';

describe('search facets', () => {
  it('give every page a date filter value, undated pages one that sorts last', () => {
    expect(facetFilters({ type: 'article', published: '2023-01-23T10:15', publisher: 'Bloomberg' })).toEqual({
      type: 'article',
      [DATE_FILTER]: '2023-01-23T10:15',
      year: '2023',
      publisher: 'Bloomberg',
    });
    expect(facetFilters({ type: 'entity', kind: 'person' })).toEqual({ type: 'entity', [DATE_FILTER]: UNDATED, kind: 'person' });
    expect(datesNewestFirst({ [UNDATED]: 4, '2023-01-23': 1, '2025-10-29T09:00': 2, '2025-10-29': 1, '2024-05-01': 0 })).toEqual([
      ['2025-10-29T09:00', 2],
      ['2025-10-29', 1],
      ['2023-01-23', 1],
      [UNDATED, 4],
    ]);
  });

  it('group the next dates: those that fit the batch together, a date that overflows it alone', () => {
    const dates: [string, number][] = [
      ['d5', 1],
      ['d4', 2],
      ['d3', 1],
      ['d2', 3],
      [UNDATED, 10],
    ];
    expect(nextDateGroup(dates, 0, 5)).toEqual({ whole: ['d5', 'd4', 'd3'], last: 'd2', next: 4 });
    expect(nextDateGroup(dates, 0, 4)).toEqual({ whole: ['d5', 'd4', 'd3'], next: 3 });
    expect(nextDateGroup(dates, 0, 1)).toEqual({ whole: ['d5'], next: 1 });
    expect(nextDateGroup(dates, 1, 1)).toEqual({ whole: [], last: 'd4', next: 2 });
    expect(nextDateGroup(dates, 4, 5)).toEqual({ whole: [], last: UNDATED, next: 5 });
    expect(nextDateGroup(dates, 4, 10)).toEqual({ whole: [UNDATED], next: 5 });
    expect(nextDateGroup(dates, 3, 50)).toEqual({ whole: ['d2', UNDATED], next: 5 });
    expect(nextDateGroup(dates, 5, 5)).toEqual({ whole: [], next: 5 });
  });

  it("the search page's date feed hands out every result once, batch by batch: newest first, undated after, those without a date value last", async () => {
    interface TestHit {
      id: number;
      /** The date filter value; absent for a result that has none. */
      date?: string;
      score: number;
    }
    const hitsArbitrary = fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 0, maxLength: 30 }).chain((scores) =>
      fc.tuple(
        ...scores.map((score, id) =>
          fc
            .option(
              fc.oneof(
                fc.constant(UNDATED),
                fc.integer({ min: 1, max: 9 }).map((day) => `2020-01-0${day}`),
              ),
              { nil: undefined },
            )
            .map((date): TestHit => ({ id, score, ...(date === undefined ? {} : { date }) })),
        ),
      ),
    );
    let walks = 0;
    await fc.assert(
      fc.asyncProperty(hitsArbitrary, fc.integer({ min: 1, max: 6 }), async (hits, batchSize) => {
        const counts: Record<string, number> = {};
        for (const hit of hits) if (hit.date) counts[hit.date] = (counts[hit.date] ?? 0) + 1;
        const feed = dateFeed<TestHit>({
          counts,
          // In reverse, so that the feed must put them in order itself.
          all: [...hits].reverse(),
          withDate: async (date) =>
            hits.filter((hit) => hit.date !== undefined && (typeof date === 'string' ? [date] : date.any).includes(hit.date)).reverse(),
          dateOf: async (hit) => (hit.date === undefined || hit.date === UNDATED ? '' : hit.date),
          key: (hit) => String(hit.id),
          score: (hit) => hit.score,
        });
        expect(feed.total).toBe(hits.length);
        const batches: TestHit[][] = [];
        while (!feed.done()) {
          batches.push(await feed.next(batchSize));
          expect(batches.length).toBeLessThanOrEqual(hits.length);
        }
        const newestFirst = (a: TestHit, b: TestHit) =>
          Number(a.date === undefined) - Number(b.date === undefined) || (b.date ?? '').localeCompare(a.date ?? '') || b.score - a.score;
        expect(batches.flat().map((hit) => hit.id)).toEqual([...hits].sort(newestFirst).map((hit) => hit.id));
        const sizes = Array.from({ length: Math.ceil(hits.length / batchSize) }, (_, n) =>
          Math.min(batchSize, hits.length - n * batchSize),
        );
        expect(batches.map((batch) => batch.length)).toEqual(sizes);
        if (hits.length) walks += 1;
      }),
    );
    expect(walks).toBeGreaterThan(50);
  });
});
