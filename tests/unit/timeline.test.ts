import { describe, expect, it } from 'vitest';
import { compareEventDates, formatEventDate, groupByYear, parseEventDate, publicationDateProblem } from '../../src/record/event-dates.ts';

describe('event dates', () => {
  it('reads the precision from the form', () => {
    expect(parseEventDate('2019')).toEqual({ year: 2019, precision: 'year', iso: '2019' });
    expect(parseEventDate('2022-11')).toEqual({ year: 2022, month: 11, precision: 'month', iso: '2022-11' });
    expect(parseEventDate('2023-01-23')).toEqual({ year: 2023, month: 1, day: 23, precision: 'day', iso: '2023-01-23' });
    expect(() => parseEventDate('2023-13')).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => parseEventDate('23.01.2023')).toThrow();
  });

  it('formats each precision in both languages', () => {
    expect(formatEventDate(parseEventDate('2019'), 'de-DE')).toBe('2019');
    expect(formatEventDate(parseEventDate('2022-11'), 'de-DE')).toBe('November 2022');
    expect(formatEventDate(parseEventDate('2022-03'), 'en-GB')).toBe('March 2022');
    expect(formatEventDate(parseEventDate('2023-01-23'), 'de-DE')).toBe('23. Januar 2023');
    expect(formatEventDate(parseEventDate('2023-01-23'), 'en-GB')).toBe('23 January 2023');
  });

  it('sorts oldest first, a bare year before its months and a month before its days', () => {
    const dates = ['2023-01-23', '2019', '2023', '2022-11', '2023-01'].map(parseEventDate).sort(compareEventDates);
    expect(dates.map((date) => date.iso)).toEqual(['2019', '2022-11', '2023', '2023-01', '2023-01-23']);
  });

  it('groups by year, years ascending, keeping the order within a year', () => {
    const items = ['2023-a', '2019-b', '2023-c'].map((id) => ({ id, date: parseEventDate(id.slice(0, 4)) }));
    expect(groupByYear(items, (item) => item.date).map(({ year, items: grouped }) => [year, grouped.map((item) => item.id)])).toEqual([
      [2019, ['2019-b']],
      [2023, ['2023-a', '2023-c']],
    ]);
  });
});

describe('publicationDateProblem', () => {
  it('allows an event within the date the source states', () => {
    expect(publicationDateProblem('2025', '2025-11-03T08:20', false)).toBeUndefined();
    expect(publicationDateProblem('2025-11', '2025-11-03T08:20', false)).toBeUndefined();
  });

  it('refuses an editorial date, a missing date and a date outside it', () => {
    expect(publicationDateProblem('2023', '2023-01-23', true)).toMatch(/inferred by the editors/);
    expect(publicationDateProblem('2023', undefined, false)).toMatch(/no publication date/);
    expect(publicationDateProblem('2025-10', '2025-11-03T08:20', false)).toMatch(/not within 2025-10/);
  });
});
