/** Publication dates as the source gives them: a day, optionally a local time, and its zone only when stated or given by the editors. */

export const PUBLICATION_DATE_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d))?$/;

export interface PublicationDate {
  year: number;
  month: number;
  day: number;
  /** "HH:MM" when the source states a time. */
  time?: string;
  /** Zone of `time` ("Europe/Berlin" or "+01:00"), when the source states it or the editors give it. */
  timeZone?: string;
}

/** What the time zone field says when it is wrong. */
export const TIME_ZONE_FIX =
  'use an IANA time zone name such as "Europe/Berlin", or the UTC offset the source states such as "+01:00" (or leave timeZone out when no zone is known)';

/** A UTC offset as Intl reads it ("+01:00", "-05:30"): what a source states when it names no place. */
const UTC_OFFSET = /^[+-](?:0\d|1[0-4]):[0-5]\d$/;

/** A zone this runtime knows: an IANA name ("Europe/Berlin", "UTC") or a UTC offset ("+01:00"). */
export function isTimeZone(name: string): boolean {
  if (!UTC_OFFSET.test(name) && !/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A date as the frontmatter writes it, without its zone (articleDate adds that). */
export function parsePublicationDate(value: string): PublicationDate {
  const match = PUBLICATION_DATE_PATTERN.exec(value);
  if (!match) throw new Error(`"${value}" is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  const [, year, month, day, hours, minutes] = match;
  const date: PublicationDate = { year: Number(year), month: Number(month), day: Number(day) };
  if (hours !== undefined && minutes !== undefined) date.time = `${hours}:${minutes}`;
  return date;
}

/** Why `timeZone` cannot go with `published`, or undefined when it can. */
export function timeZoneProblem(published: string, timeZone: string): string | undefined {
  if (!isTimeZone(timeZone)) return `timeZone "${timeZone}" is not a time zone name: ${TIME_ZONE_FIX}`;
  if (!PUBLICATION_DATE_PATTERN.exec(published)?.[4])
    return `timeZone "${timeZone}" needs a time in published ("${published}" is a day): add the time, e.g. "${published}T08:20", or remove timeZone`;
  return undefined;
}

/**
 * The date of an article's frontmatter with its zone, or undefined when the source gives none. The zone must
 * be an IANA name or a UTC offset, have a time to apply to, and not skip that time (the content check reports the first two
 * with the file's name first).
 */
export function articleDate(data: { published?: string | undefined; timeZone?: string | undefined }): PublicationDate | undefined {
  if (data.published === undefined) return undefined;
  const date = parsePublicationDate(data.published);
  if (data.timeZone === undefined) return date;
  const problem = timeZoneProblem(data.published, data.timeZone);
  if (problem) throw new Error(problem);
  const zoned = { ...date, timeZone: data.timeZone };
  zoneOffsetMinutes(zoned);
  return zoned;
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

const pad = (value: number): string => String(value).padStart(2, '0');

/** One formatter per zone, for the same reason as above. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that `timeZone` is at the instant `epochMs`. */
function offsetAt(epochMs: number, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format)
    zoneFormats.set(
      timeZone,
      (format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })),
    );
  const part = Object.fromEntries(format.formatToParts(epochMs).map(({ type, value }) => [type, Number(value)]));
  const wall = Date.UTC(part['year']!, part['month']! - 1, part['day']!, part['hour']!, part['minute']!, part['second']!);
  return Math.round((wall - epochMs) / 60_000);
}

/**
 * The zone's offset from UTC, in minutes, at a zoned date's local time. The offset is taken from a day before
 * and a day after (zones change at most once in two days) and kept if it maps back to the same clock time.
 * A time the zone repeats (clocks going back) is its first occurrence; a time it skips is an error.
 */
export function zoneOffsetMinutes(date: PublicationDate): number {
  if (!date.time || !date.timeZone) throw new Error('zoneOffsetMinutes needs a date with a time and a time zone');
  const [hours, minutes] = date.time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(date.year, date.month - 1, date.day, hours, minutes);
  const day = 86_400_000;
  const offsets = [offsetAt(wall - day, date.timeZone), offsetAt(wall + day, date.timeZone)]
    .filter((offset) => offsetAt(wall - offset * 60_000, date.timeZone!) === offset)
    // The larger offset is the earlier instant.
    .sort((a, b) => b - a);
  if (offsets[0] === undefined)
    throw new Error(`${isoDay(date)} ${date.time} does not exist in ${date.timeZone} (the clocks skip it): check the time or the zone`);
  return offsets[0];
}

/** "YYYY-MM-DD". */
function isoDay(date: PublicationDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * ISO 8601 for <time datetime> and JSON-LD: the time with its offset when the zone is known
 * ("2025-11-03T08:20+01:00"), otherwise the day alone. A time without a zone names no instant, and a reader
 * of the machine form would have to guess one, so it stays on the page for people only.
 */
export function isoDateTime(date: PublicationDate): string {
  if (!date.time || !date.timeZone) return isoDay(date);
  const offset = zoneOffsetMinutes(date);
  const sign = offset < 0 ? '-' : '+';
  return `${isoDay(date)}T${date.time}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** Newest first; a day without a time sorts as its start. */
export function compareNewestFirst(a: string, b: string): number {
  return b.localeCompare(a);
}

/**
 * A Date for an RSS pubDate, which RSS 2.0 requires as a full RFC 822 date-time in a named zone; it has no
 * form for a day alone. A time with a known zone is that instant. A day alone, or a time whose zone is
 * unknown, is the day's noon in UTC ("Mon, 23 Jan 2023 12:00:00 GMT"): a placeholder time chosen so that
 * readers from UTC−12 to UTC+11 all see the right day (midnight UTC would show the day before everywhere
 * west of UTC). The clock time itself is not sent as GMT: that would state a wrong instant.
 */
export function feedDate(date: PublicationDate): Date {
  if (date.time && date.timeZone) {
    const [hours, minutes] = date.time.split(':').map(Number) as [number, number];
    return new Date(Date.UTC(date.year, date.month - 1, date.day, hours, minutes) - zoneOffsetMinutes(date) * 60_000);
  }
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}
