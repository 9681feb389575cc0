/** Publication dates as the source gives them: a day, optionally a local time, never a guessed zone. */

export const PUBLICATION_DATE_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d))?$/;

export interface PublicationDate {
  year: number;
  month: number;
  day: number;
  /** "HH:MM" when the source states a time. */
  time?: string;
}

export function parsePublicationDate(value: string): PublicationDate {
  const match = PUBLICATION_DATE_PATTERN.exec(value);
  if (!match) throw new Error(`"${value}" is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  const [, year, month, day, hours, minutes] = match;
  const date: PublicationDate = { year: Number(year), month: Number(month), day: Number(day) };
  if (hours !== undefined && minutes !== undefined) date.time = `${hours}:${minutes}`;
  return date;
}

/** Intl formatters are costly to create (half a second per thousand pages), so one per locale. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "23. Januar 2023" / "23 January 2023". */
export function formatDay(date: PublicationDate, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format)
    dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(Date.UTC(date.year, date.month - 1, date.day));
}

/** ISO form for <time datetime>, without a zone because the source gives none. */
export function isoDateTime(date: PublicationDate): string {
  const day = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return date.time ? `${day}T${date.time}` : day;
}

/** Newest first; a day without a time sorts as its start. */
export function compareNewestFirst(a: string, b: string): number {
  return b.localeCompare(a);
}

/**
 * A Date for an RSS pubDate, which must name a zone. The source gives local time without one, so the clock
 * time is kept as given and written as GMT ("2025-11-03T08:20" → "Mon, 03 Nov 2025 08:20:00 GMT"); a day
 * without a time is its midnight. No offset is guessed.
 */
export function feedDate(date: PublicationDate): Date {
  const [hours = 0, minutes = 0] = date.time?.split(':').map(Number) ?? [];
  return new Date(Date.UTC(date.year, date.month - 1, date.day, hours, minutes));
}
