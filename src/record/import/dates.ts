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

/** A date as one of the forms writes it, before the calendar is asked. */
interface DateParts {
  form: string;
  year: string;
  month: number;
  day: string;
  hours: string | undefined;
  minutes: string | undefined;
  /** The zone as written after the time ("+0100", "GMT", "EST"). */
  zone: string | undefined;
  assumed: string | undefined;
}

/** The parts the calendar checks. */
type CalendarParts = Pick<DateParts, 'year' | 'month' | 'day' | 'hours' | 'minutes'>;

/** "January" to "December", for an error that names a month. */
const MONTH_NAMES = ENGLISH_MONTHS.map((_, index) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, index, 1)),
);

/** Why a year, month, day and time are no moment of the calendar, or undefined when they are one. */
function calendarProblem({ year, month, day, hours, minutes }: CalendarParts): string | undefined {
  if (month < 1 || month > 12) return `is no day of the calendar: there is no month ${month}`;
  const leap = Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (Number(day) < 1) return `is no day of the calendar: there is no day ${day}`;
  if (Number(day) > days) return `is no day of the calendar: ${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  if (hours !== undefined && minutes !== undefined && (Number(hours) > 23 || Number(minutes) > 59))
    return `is no time of day: ${pad(hours)}:${minutes}`;
  return undefined;
}

/** "YYYY-MM-DD[THH:MM]" of parts the calendar has, or undefined. */
function publicationOf(parts: CalendarParts): string | undefined {
  const date = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  const value = parts.hours !== undefined && parts.minutes !== undefined ? `${date}T${pad(parts.hours)}:${parts.minutes}` : date;
  return !calendarProblem(parts) && PUBLICATION_DATE_PATTERN.test(value) ? value : undefined;
}

/** "YYYY-MM-DD[THH:MM]" of a day the calendar has, or undefined. */
export function publication(year: string, month: number, day: string, hours?: string, minutes?: string): string | undefined {
  return publicationOf({ year, month, day, hours, minutes });
}

/** The parts of a GERMAN_DATE_SOURCE match (or of the whole-value pattern, which allows a two-digit year). */
function germanParts(groups: (string | undefined)[]): DateParts {
  const [day, monthNumber, monthName, year, hours, minutes] = groups;
  const month = monthNumber ? Number(monthNumber) : GERMAN_MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  const assumed =
    year!.length === 2
      ? `the two-digit year "${year}" read as ${fullYear(year!)}, since the archive holds news of the 21st century`
      : undefined;
  return { form: 'German', year: fullYear(year!), month, day: day!, hours, minutes, zone: undefined, assumed };
}

/** The groups of a GERMAN_DATE_SOURCE match as a publication date. */
export function germanDate(groups: (string | undefined)[]): string | undefined {
  return publicationOf(germanParts(groups));
}

/** A whole value's parts in one of the forms, or undefined when it is in none. */
function dateParts(text: string): DateParts | undefined {
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day, hours, minutes, zone] = iso;
    return { form: 'ISO 8601', year: year!, month: Number(month), day: day!, hours, minutes, zone, assumed: undefined };
  }
  const rfc = RFC_2822.exec(text);
  const rfcMonth = rfc ? ENGLISH_MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1 : 0;
  if (rfc && rfcMonth) {
    const [, day, , year, hours, minutes, zone] = rfc;
    return { form: 'RFC 2822', year: year!, month: rfcMonth, day: day!, hours, minutes, zone, assumed: undefined };
  }
  const german = GERMAN.exec(text);
  return german ? germanParts(german.slice(1)) : undefined;
}

/** The forms a whole value may take, for an error about one that is in none. */
const KNOWN_FORMS = 'such as 2026-12-04, 2026-12-04T18:30+01:00, 04.12.2026 18:30 Uhr or 4. Dezember 2026';

/**
 * A whole value that is a date, e.g. a front-matter field or a <time datetime>; or why it is none (a day the calendar
 * does not have, or no known form), for an error that says what to correct.
 */
export function readDateOrWhyNot(value: string): DateReading | { whyNot: string } {
  const parts = dateParts(value.trim());
  if (!parts) return { whyNot: `is in no date form I know (${KNOWN_FORMS})` };
  const published = publicationOf(parts);
  // Every form writes a four-digit year and two-digit minutes, so only the calendar can refuse a value here.
  if (!published) return { whyNot: calendarProblem(parts) ?? 'is no date I can write as YYYY-MM-DD' };
  const timeZone = published.includes('T') ? statedOffset(parts.zone) : undefined;
  return { published, form: parts.form, ...(timeZone ? { timeZone } : {}), ...(parts.assumed ? { assumed: parts.assumed } : {}) };
}

/** A whole value that is a date; undefined when it is none of the forms or no day of the calendar. */
export function readDate(value: string): DateReading | undefined {
  const reading = readDateOrWhyNot(value);
  return 'whyNot' in reading ? undefined : reading;
}

/** "Redmond — 3. September 2024 — Die Firma …": a place, a date and a dash at the start of a paragraph. */
const DATELINE = new RegExp(String.raw`^[\p{Lu}][\p{L} .()/-]{1,40}?\s+[—–-]\s+${GERMAN_DATE_SOURCE}\s+[—–-]\s`, 'iu');
/** "Jülich, 20.02.2026 – Das Forschungszentrum …": a place of one or two words, a comma, the date and a dash (case-insensitive for the month names, as DATELINE). */
const DATELINE_COMMA = new RegExp(String.raw`^\p{Lu}[\p{L}.-]{1,30}(?: \p{Lu}[\p{L}.-]{1,30})?,\s+${GERMAN_DATE_SOURCE}\s+[—–-]\s`, 'iu');
/** "(Thomas Beispiel, 30.5.2016)": a closing byline with a date. */
const CLOSING_BYLINE = new RegExp(String.raw`^\([^()]{1,80}?,\s*${GERMAN_DATE_SOURCE}\)$`, 'iu');

/** The date of a dateline at the start of a paragraph. */
export function datelineDate(paragraph: string): string | undefined {
  const match = DATELINE.exec(paragraph) ?? DATELINE_COMMA.exec(paragraph);
  return match ? germanDate(match.slice(1)) : undefined;
}

/** The date of a closing byline such as "(Name, 30.5.2016)". */
export function closingBylineDate(line: string): string | undefined {
  const match = CLOSING_BYLINE.exec(line.trim());
  return match ? germanDate(match.slice(1)) : undefined;
}
