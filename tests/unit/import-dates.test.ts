/** Publication dates as scraped sources write them: clock times, weekdays, two-digit years, and front-matter dates the importer refuses. */
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/record/import/dates.ts';
import { prepareImport, type ImportOverrides } from '../../src/record/import-article.ts';
import { readPublisherDate } from '../../src/record/raw-article.ts';

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
