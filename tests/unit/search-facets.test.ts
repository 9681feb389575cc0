import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

  it('walking the groups batch by batch yields every result once, newest first', () => {
    const datesArbitrary = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 7 })), {
      selector: ([day]) => day,
      maxLength: 12,
    });
    fc.assert(
      fc.property(datesArbitrary, fc.integer({ min: 1, max: 6 }), (raw, batchSize) => {
        const dates = datesNewestFirst(Object.fromEntries(raw.map(([day, count]) => [`2020-01-${String(day).padStart(2, '0')}`, count])));
        // Simulates the search page: whole dates come completely, the last one fills the batch and leaves a remainder.
        const shown: string[] = [];
        let rest: string[] = [];
        let cursor = 0;
        while (cursor < dates.length || rest.length) {
          const batch = rest.splice(0, batchSize);
          while (batch.length < batchSize && cursor < dates.length) {
            const group = nextDateGroup(dates, cursor, batchSize - batch.length);
            cursor = group.next;
            const members = (date: string) => Array.from({ length: dates.find(([value]) => value === date)![1] }, () => date);
            const whole = group.whole.flatMap(members);
            expect(batch.length + whole.length).toBeLessThanOrEqual(batchSize);
            batch.push(...whole);
            if (group.last) {
              rest = members(group.last);
              batch.push(...rest.splice(0, batchSize - batch.length));
            }
          }
          expect(batch.length === batchSize || (cursor === dates.length && rest.length === 0)).toBe(true);
          shown.push(...batch);
        }
        expect(shown).toEqual(dates.flatMap(([date, count]) => Array.from({ length: count }, () => date)));
      }),
    );
  });
});
