/** Dates of timeline events as precise as the source states them: a year, a month or a day. */
import type { StatedDate } from './figures.ts';

/** "2019", "2022-11" or "2023-01-23". */
export const EVENT_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export interface EventDate extends StatedDate {
  precision: DatePrecision;
  /** As written, which is also the ISO form for <time datetime>. */
  iso: string;
}

export function parseEventDate(value: string): EventDate {
  const match = EVENT_DATE_PATTERN.exec(value);
  if (!match) throw new Error(`"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  const date: EventDate = { year: Number(year), precision: day ? 'day' : month ? 'month' : 'year', iso: value };
  if (month) date.month = Number(month);
  if (day) date.day = Number(day);
  return date;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** "2019", "November 2022" / "November 2022", "23. Januar 2023" / "23 January 2023". */
export function formatEventDate(date: EventDate, locale: string): string {
  return date.precision === 'year' ? String(date.year) : formatMonthOrDay(date, locale, true);
}

/**
 * The date under its year's heading (the timeline): "November", "23. Januar" / "23 January"; undefined for a
 * bare year, which the heading already states.
 */
export function formatEventDateInYear(date: EventDate, locale: string): string | undefined {
  return date.precision === 'year' ? undefined : formatMonthOrDay(date, locale, false);
}

function formatMonthOrDay(date: EventDate, locale: string, withYear: boolean): string {
  const key = `${locale}/${date.precision}/${withYear}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      month: 'long',
      timeZone: 'UTC',
      ...(withYear ? { year: 'numeric' } : {}),
      ...(date.precision === 'day' ? { day: 'numeric' } : {}),
    };
    formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format.format(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** Oldest first; within a year, a bare year sorts before its months and a month before its days. */
export function compareEventDates(a: EventDate, b: EventDate): number {
  return a.iso.localeCompare(b.iso);
}

/** Items grouped by year, years in ascending order, each group keeping the items' order. */
export function groupByYear<T>(items: readonly T[], dateOf: (item: T) => EventDate): { year: number; items: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const { year } = dateOf(item);
    const group = groups.get(year);
    if (group) group.push(item);
    else groups.set(year, [item]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([year, grouped]) => ({ year, items: grouped }));
}

/**
 * Why an event may not take its date from its article's publication date, or undefined when it may:
 * the source must state that date (not the editors), and the event's date must be part of it.
 */
export function publicationDateProblem(date: string, published: string | undefined, dateIsEditorial: boolean): string | undefined {
  if (!published) return 'datedBy: publication, but the article has no publication date; date the event by its text';
  if (dateIsEditorial)
    return `datedBy: publication, but the article's date ${published} was inferred by the editors; date the event by its text`;
  if (!published.startsWith(date))
    return `datedBy: publication, but the article was published on ${published}, which is not within ${date}`;
  return undefined;
}
