/** Reads publication dates as scraped sources write them (ISO 8601, RFC 2822, German) into "YYYY-MM-DD[THH:MM]", the clock time as given. */
import { PUBLICATION_DATE_PATTERN } from '../dates.ts';

export interface DateReading {
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM": the day and clock time the source states, never converted to another zone. */
  published: string;
  /** Which form was read, for the import report: "ISO 8601", "RFC 2822", "German". */
  form: string;
  /** The UTC offset the value states for its time ("+01:00"), as the frontmatter's timeZone takes it. */
  timeZone?: string;
  /** What the reading assumes that the value does not say (the century of a two-digit year), for the import report. */
  assumed?: string;
}

/** An offset as a source writes it ("Z", "+0100", "+01:00", "GMT") as the frontmatter writes it, or undefined for a zone abbreviation that is no offset. */
function statedOffset(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  if (/^(?:Z|UTC?|GMT)$/i.test(zone)) return '+00:00';
  const offset = /^([+-]\d{2}):?(\d{2})$/.exec(zone);
  return offset ? `${offset[1]}:${offset[2]}` : undefined;
}

/** A reading, with the zone when the value states a time and an offset for it. */
function reading(published: string | undefined, form: string, zone: string | undefined): DateReading | undefined {
  if (!published) return undefined;
  const timeZone = published.includes('T') ? statedOffset(zone) : undefined;
  return { published, form, ...(timeZone ? { timeZone } : {}) };
}

export const GERMAN_MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];
const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const RFC_2822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?(?:\s*([+-]\d{4}|[A-Z]{1,5}))?$/;
/** A weekday before the date ("Donnerstag, ", "Do., "): part of the date, so no reader takes it for a publisher's name. */
const WEEKDAY = String.raw`(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+|(?:Mo|Di|Mi|Do|Fr|Sa|So)(?:\.,?|,)\s*)`;
/**
 * A clock time after the date: "14:05", "14:05 Uhr", "18.30 Uhr", after a comma, a dash or "um". A dot between hours
 * and minutes only with "Uhr" after it: without it, "18.30" may be any number.
 */
const CLOCK = String.raw`,?\s*(?:(?:um\s|[–—-])\s*)?(\d{1,2})(?::|\.(?=\d{2}\s*Uhr))(\d{2})(?:\s*Uhr)?`;
/** A German date whose year matches `year`; its groups are day, month number, month name, year, hours, minutes. */
const germanDateSource = (year: string): string =>
  String.raw`${WEEKDAY}?(\d{1,2})\.\s*(?:(\d{1,2})\.\s*|(${GERMAN_MONTHS.join('|')})\s+)(${year})(?:${CLOCK})?`;
/** "30.5.2016", "12.03.2025, 14:05 Uhr", "3. September 2024", "Donnerstag, 4. Dezember 2026, 18.30 Uhr": one pattern source, also found inside text. */
export const GERMAN_DATE_SOURCE = germanDateSource(String.raw`\d{4}`);
/** A whole value may write the year with two digits ("04.12.26"): a field that holds only a date says it is one; in text, "Version 4.12.26" is none. */
const GERMAN = new RegExp(`^${germanDateSource(String.raw`\d{4}|\d{2}`)}$`, 'iu');

/** A two-digit year is of this century: the archive holds news of the 21st century. */
const fullYear = (year: string): string => (year.length === 2 ? `20${year}` : year);

const pad = (value: string | number): string => String(value).padStart(2, '0');

/** "YYYY-MM-DD[THH:MM]" of a day the calendar has, or undefined. */
export function publication(year: string, month: number, day: string, hours?: string, minutes?: string): string | undefined {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const value = hours !== undefined && minutes !== undefined ? `${date}T${pad(hours)}:${minutes}` : date;
  // The pattern allows a 31st in every month; the calendar does not.
  const real = new Date(Date.UTC(Number(year), month - 1, Number(day))).getUTCDate() === Number(day);
  return real && PUBLICATION_DATE_PATTERN.test(value) ? value : undefined;
}

/** The groups of a GERMAN_DATE_SOURCE match as a publication date. */
export function germanDate(groups: (string | undefined)[]): string | undefined {
  const [day, monthNumber, monthName, year, hours, minutes] = groups;
  const month = monthNumber ? Number(monthNumber) : GERMAN_MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  return publication(fullYear(year!), month, day!, hours, minutes);
}

/** A whole value that is a date, e.g. a front-matter field or a <time datetime>; undefined when it is none of the forms. */
export function readDate(value: string): DateReading | undefined {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return reading(publication(iso[1]!, Number(iso[2]), iso[3]!, iso[4], iso[5]), 'ISO 8601', iso[6]);
  const rfc = RFC_2822.exec(text);
  if (rfc) {
    const month = ENGLISH_MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    return reading(month ? publication(rfc[3]!, month, rfc[1]!, rfc[4], rfc[5]) : undefined, 'RFC 2822', rfc[6]);
  }
  const german = GERMAN.exec(text);
  const published = german ? germanDate(german.slice(1)) : undefined;
  if (!published) return undefined;
  const year = german![4]!;
  const assumed =
    year.length === 2
      ? `the two-digit year "${year}" read as ${fullYear(year)}, since the archive holds news of the 21st century`
      : undefined;
  return { published, form: 'German', ...(assumed ? { assumed } : {}) };
}

/** "Redmond — 3. September 2024 — Die Firma …": a place, a date and a dash at the start of a paragraph. */
const DATELINE = new RegExp(String.raw`^[\p{Lu}][\p{L} .()/-]{1,40}?\s+[—–-]\s+${GERMAN_DATE_SOURCE}\s+[—–-]\s`, 'iu');
/** "(Thomas Beispiel, 30.5.2016)": a closing byline with a date. */
const CLOSING_BYLINE = new RegExp(String.raw`^\([^()]{1,80}?,\s*${GERMAN_DATE_SOURCE}\)$`, 'iu');

/** The date of a dateline at the start of a paragraph. */
export function datelineDate(paragraph: string): string | undefined {
  const match = DATELINE.exec(paragraph);
  return match ? germanDate(match.slice(1)) : undefined;
}

/** The date of a closing byline such as "(Name, 30.5.2016)". */
export function closingBylineDate(line: string): string | undefined {
  const match = CLOSING_BYLINE.exec(line.trim());
  return match ? germanDate(match.slice(1)) : undefined;
}
