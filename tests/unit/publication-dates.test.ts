/** Publication dates with and without a zone: the machine forms in <time>, JSON-LD and feeds, and the zone's checks. */
import { describe, expect, it } from 'vitest';
import {
  articleDate,
  feedDate,
  isTimeZone,
  isoDateTime,
  parsePublicationDate,
  timeZoneProblem,
  zoneOffsetMinutes,
} from '../../src/record/dates.ts';

/** A frontmatter date with its zone, as articleDate reads it. */
const zoned = (published: string, timeZone: string) => articleDate({ published, timeZone })!;

describe('zone names', () => {
  it('takes IANA names and the UTC offsets sources state, refuses abbreviations, typos and malformed offsets', () => {
    for (const name of [
      'Europe/Berlin',
      'Asia/Shanghai',
      'America/Argentina/Buenos_Aires',
      'UTC',
      'Etc/GMT-8',
      '+01:00',
      '-05:30',
      '+00:00',
    ])
      expect(isTimeZone(name), name).toBe(true);
    for (const name of ['CEST', 'Europe/Berlinn', 'europe berlin', '', 'Europe/', '+0100', '+1:00', '+25:00'])
      expect(isTimeZone(name), name).toBe(false);
  });
  it('reads a stated offset as that moment', () => {
    expect(zoneOffsetMinutes(zoned('2025-05-14T07:45', '+02:00'))).toBe(120);
    expect(isoDateTime(zoned('2025-05-14T07:45', '+02:00'))).toBe('2025-05-14T07:45+02:00');
  });
  it('says what is wrong: a bad name, or a zone without a time', () => {
    expect(timeZoneProblem('2025-11-03T08:20', 'MEZ')).toContain('is not a time zone name');
    expect(timeZoneProblem('2023-01-23', 'Europe/Berlin')).toContain('needs a time in published');
    expect(timeZoneProblem('2025-11-03T08:20', 'Europe/Berlin')).toBeUndefined();
    expect(() => zoned('2023-01-23', 'Europe/Berlin')).toThrow('needs a time');
  });
});

describe('offsets', () => {
  it('follows the zone through summer and winter time', () => {
    expect(zoneOffsetMinutes(zoned('2025-11-03T08:20', 'Europe/Berlin'))).toBe(60);
    expect(zoneOffsetMinutes(zoned('2025-07-03T08:20', 'Europe/Berlin'))).toBe(120);
    expect(zoneOffsetMinutes(zoned('2025-11-03T08:20', 'Asia/Shanghai'))).toBe(480);
    expect(zoneOffsetMinutes(zoned('2025-11-03T08:20', 'America/New_York'))).toBe(-300);
    expect(zoneOffsetMinutes(zoned('2025-11-03T08:20', 'Asia/Kolkata'))).toBe(330);
  });
  it('takes the first of a repeated hour and refuses a skipped one', () => {
    // Berlin, 26 October 2025: 02:30 happens at +02:00 and again at +01:00.
    expect(isoDateTime(zoned('2025-10-26T02:30', 'Europe/Berlin'))).toBe('2025-10-26T02:30+02:00');
    // Berlin, 30 March 2025: the clocks jump from 02:00 to 03:00.
    expect(() => zoned('2025-03-30T02:30', 'Europe/Berlin')).toThrow('does not exist in Europe/Berlin');
  });
});

describe('machine-readable dates', () => {
  it('give a time only with its offset, otherwise the day alone', () => {
    expect(isoDateTime(zoned('2025-11-03T08:20', 'Asia/Shanghai'))).toBe('2025-11-03T08:20+08:00');
    expect(isoDateTime(zoned('2025-11-03T08:20', 'America/New_York'))).toBe('2025-11-03T08:20-05:00');
    expect(isoDateTime(zoned('2025-11-03T08:20', 'UTC'))).toBe('2025-11-03T08:20+00:00');
    expect(isoDateTime(parsePublicationDate('2025-11-03T08:20'))).toBe('2025-11-03');
    expect(isoDateTime(parsePublicationDate('2023-01-23'))).toBe('2023-01-23');
  });
  it('send a zoned time to feeds as its instant, and a day (or an unzoned time) as its noon in UTC', () => {
    expect(feedDate(zoned('2025-11-03T08:20', 'Asia/Shanghai')).toUTCString()).toBe('Mon, 03 Nov 2025 00:20:00 GMT');
    expect(feedDate(zoned('2025-11-03T08:20', 'Europe/Berlin')).toISOString()).toBe('2025-11-03T07:20:00.000Z');
    expect(feedDate(parsePublicationDate('2025-11-03T08:20')).toUTCString()).toBe('Mon, 03 Nov 2025 12:00:00 GMT');
    expect(feedDate(parsePublicationDate('2023-01-23')).toUTCString()).toBe('Mon, 23 Jan 2023 12:00:00 GMT');
  });
  it('keep the day for readers from UTC−12 to UTC+11', () => {
    const sent = feedDate(parsePublicationDate('2023-01-23'));
    for (const zone of ['Etc/GMT+12', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', 'Etc/GMT-11'])
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(sent), zone).toBe('2023-01-23');
  });
});
