/** Publication dates as scraped sources write them: clock times, weekdays, two-digit years, and front-matter dates the importer refuses. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/record/import/dates.ts';
import { prepareImport, type ImportOverrides } from '../../src/record/import-article.ts';
import { readPublisherDate } from '../../src/record/raw-article.ts';
import { InputRefusal } from '../../src/record/text-decoding.ts';
import { runImport } from '../helpers/import-cli.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const prepare = (text: string, name: string, overrides: ImportOverrides = {}) =>
  prepareImport(encode(text), name, { slug: 'x', ...overrides });

describe('clock times and weekdays of German dates', () => {
  it.each([
    ['04.12.2026, 18.30 Uhr', '2026-12-04T18:30'],
    ['02.12.2026 - 06:00 Uhr', '2026-12-02T06:00'],
    ['02.12.2026 – 06:00 Uhr', '2026-12-02T06:00'],
    ['4. Dezember 2026 um 10:15 Uhr', '2026-12-04T10:15'],
    ['Donnerstag, 4. Dezember 2026, 10:15 Uhr', '2026-12-04T10:15'],
    ['Do., 04.12.2026', '2026-12-04'],
  ])('reads "%s" as %s', (value, published) => {
    expect(readDate(value)).toEqual({ published, form: 'German' });
  });

  it('takes "18.30" for a clock time only with "Uhr" after it', () => {
    expect(readDate('04.12.2026, 18.30')).toBeUndefined();
  });

  it.each([
    ['heise online · 04.12.2026, 18.30 Uhr', { publisher: 'heise online', published: '2026-12-04T18:30' }],
    ['Larissa Holzki 02.12.2026 - 06:00 Uhr', { publisher: 'Larissa Holzki', published: '2026-12-02T06:00' }],
    ['Donnerstag, 4. Dezember 2026, 10:15 Uhr', { published: '2026-12-04T10:15' }],
    ['Golem.de · Mi., 3. Dezember 2026', { publisher: 'Golem.de', published: '2026-12-03' }],
  ])('reads the date line %j, and no weekday for a publisher', (line, expected) => {
    expect(readPublisherDate(line)).toEqual(expected);
  });

  it('imports a heise date line with "18.30 Uhr": title, publisher and date apart, the date line out of the title', () => {
    const { frontmatter, notes } = prepare(
      'Microsoft meldet Rekordumsatz\nheise online · 04.12.2026, 18.30 Uhr\n\nMicrosoft hat im abgelaufenen Quartal einen Rekordumsatz erzielt. Treiber war das Cloud-Geschäft.\n\nDie Aktie stieg nachbörslich um vier Prozent.\n',
      '40-heise-18uhr30.txt',
    );
    expect(frontmatter).toMatchObject({ title: 'Microsoft meldet Rekordumsatz', publisher: 'heise online', published: '2026-12-04T18:30' });
    expect(frontmatter.titleIsEditorial).toBeUndefined();
    expect(notes).toContain('date: 2026-12-04T18:30 (from the publisher-and-date line)');
  });

  it('imports a date line that starts with the weekday without taking the weekday for the publisher', () => {
    const { frontmatter } = prepare(
      'Google stellt neues KI-Modell vor\nDonnerstag, 4. Dezember 2026, 10:15 Uhr\n\nGoogle hat ein neues KI-Modell vorgestellt. Es soll schneller sein als sein Vorgänger.\n\nDas Modell ist ab sofort verfügbar.\n',
      '46-wochentag-datum.txt',
    );
    expect(frontmatter).toMatchObject({ title: 'Google stellt neues KI-Modell vor', publisher: 'unknown', published: '2026-12-04T10:15' });
  });
});

describe('two-digit years', () => {
  const assumed = 'the two-digit year "26" read as 2026, since the archive holds news of the 21st century';

  it.each([
    ['04.12.26', '2026-12-04'],
    ['4.12.26, 18:30 Uhr', '2026-12-04T18:30'],
    ['4. Dezember 26', '2026-12-04'],
  ])('reads a whole value "%s" as %s, and says so', (value, published) => {
    expect(readDate(value)).toEqual({ published, form: 'German', assumed });
  });

  it('reads none inside text, where "Version 4.12.26" is no date', () => {
    expect(readPublisherDate('Version 4.12.26')).toBeUndefined();
  });

  it('imports a front-matter date "04.12.26" as 2026-12-04 and says how the year was read', () => {
    const { frontmatter, notes } = prepare(
      '---\ntitle: "Amazon startet KI-Assistenten"\ndate: "04.12.26"\n---\n\nAmazon hat einen KI-Assistenten gestartet. Er ist zunächst nur in den USA verfügbar.\n',
      '47-zweistelliges-jahr.md',
    );
    expect(frontmatter.published).toBe('2026-12-04');
    expect(notes).toContain(`date: 2026-12-04 (from front matter, German "04.12.26"; ${assumed}; give --date if it is another)`);
  });
});

describe('a front-matter date the importer cannot read', () => {
  const withDate = (date: string) =>
    `---\ntitle: Datum ist kaputt\ndate: ${date}\n---\n\nMicrosoft hat eine neue Version von Windows angekündigt. Sie soll im Frühjahr erscheinen.\n`;
  const refusal = (text: string) => {
    try {
      prepare(text, '19-datum-ungueltig.md');
    } catch (error) {
      expect(error).toBeInstanceOf(InputRefusal);
      return (error as Error).message;
    }
    throw new Error('the import was not refused');
  };

  it('refuses a day the calendar does not have, naming the field, why and the fix', () => {
    expect(refusal(withDate('31.02.2026'))).toBe(
      'the front matter\'s field date "31.02.2026" is no day of the calendar: February 2026 has 28 days; correct it in the front matter, or give the date with --date YYYY-MM-DD',
    );
    expect(refusal(withDate('2026-13-01'))).toMatch(/"2026-13-01" is no day of the calendar: there is no month 13;/);
    expect(refusal(withDate('"04.12.2026, 25:00 Uhr"'))).toMatch(/is no time of day: 25:00;/);
    expect(refusal('---\ntitel: Datum ist kaputt\ndatum: 31.02.2026\n---\n\nText.\n')).toMatch(
      /^the front matter's field datum "31.02.2026"/,
    );
  });

  it('refuses a value in no known form, naming the forms it knows', () => {
    expect(refusal(withDate('gestern'))).toBe(
      'the front matter\'s field date "gestern" is in no date form I know (such as 2026-12-04, 2026-12-04T18:30+01:00, 04.12.2026 18:30 Uhr or 4. Dezember 2026); correct it in the front matter, or give the date with --date YYYY-MM-DD',
    );
  });

  it("takes --date instead, and the report says the front matter's date was not read", () => {
    const { frontmatter, notes } = prepare(withDate('31.02.2026'), '19-datum-ungueltig.md', { date: '2026-02-28' });
    expect(frontmatter.published).toBe('2026-02-28');
    expect(notes).toContain(
      'date: the front matter\'s field date "31.02.2026" is no day of the calendar: February 2026 has 28 days; not read, --date given',
    );
  });

  it("records a page's metadata date that is no day of the calendar, and reads the byline's instead", () => {
    const page =
      '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="date" content="2026-02-31T10:00:00+01:00"></head><body><article><h1>Ein Titel</h1><p>Von Anna Schmidt · 27.02.2026, 10.00 Uhr</p><p>Microsoft hat eine neue Version von Windows angekündigt. Sie soll im Frühjahr erscheinen.</p><p>Der Preis steht noch nicht fest.</p></article></body></html>';
    const { frontmatter, notes } = prepare(page, 'seite.html');
    expect(frontmatter.published).toBe('2026-02-27T10:00');
    expect(notes).toContain(
      'date: the page\'s date meta tag "2026-02-31T10:00:00+01:00" is no day of the calendar: February 2026 has 28 days; not read',
    );
  });

  it('is refused by the CLI with the file named, and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-dates-'));
    try {
      mkdirSync(join(dir, 'in'));
      const file = join(dir, 'in', '19-datum-ungueltig.md');
      writeFileSync(file, withDate('31.02.2026'));
      const result = runImport(dir, file);
      expect(result.status).toBe(1);
      expect(result.output).toContain(`${file}: the front matter's field date "31.02.2026" is no day of the calendar`);
      expect(result.output).toContain('nothing was written');
      expect(runImport(dir, file, '--date', '2026-02-28').status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
