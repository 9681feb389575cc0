/** The importer's guesses, one module at a time: dates, front matter, endings, furniture, formats, and overrides that never remove source text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closingBylineDate, datelineDate, readDate } from '../../src/record/import/dates.ts';
import { breaksOff, endingKind, publisherFromEnding } from '../../src/record/import/endings.ts';
import { blankFrontMatter, readFrontMatter } from '../../src/record/import/front-matter.ts';
import { furnitureReason } from '../../src/record/import/furniture.ts';
import { detectFormat } from '../../src/record/import/source.ts';
import { parseRawArticle, readPublisherDate } from '../../src/record/raw-article.ts';
import { InputRefusal } from '../../src/record/text-decoding.ts';
import { importText } from '../helpers/import-text.ts';

const SCRAPED = join(import.meta.dirname, '..', 'fixtures', 'import', 'scraped');

describe('dates as sources write them', () => {
  it.each<[value: string, published: string, form: string, timeZone?: string]>([
    ['2025-02-10', '2025-02-10', 'ISO 8601'],
    ['2025-02-10T09:30:00+01:00', '2025-02-10T09:30', 'ISO 8601', '+01:00'],
    ['2025-02-10T09:30:00Z', '2025-02-10T09:30', 'ISO 8601', '+00:00'],
    ['2025-05-14 07:45', '2025-05-14T07:45', 'ISO 8601'],
    ['Tue, 11 Feb 2025 14:00:00 +0100', '2025-02-11T14:00', 'RFC 2822', '+01:00'],
    ['Tue, 11 Feb 2025 14:00:00 GMT', '2025-02-11T14:00', 'RFC 2822', '+00:00'],
    ['Tue, 11 Feb 2025 14:00:00 EST', '2025-02-11T14:00', 'RFC 2822'],
    ['11 Feb 2025', '2025-02-11', 'RFC 2822'],
    ['3. September 2024', '2024-09-03', 'German'],
    ['30.5.2016', '2016-05-30', 'German'],
    ['12.03.2025, 14:05 Uhr', '2025-03-12T14:05', 'German'],
  ])('reads "%s" as %s (%s), the clock time as given, with the offset it states (%s)', (value, published, form, timeZone) => {
    expect(readDate(value)).toEqual({ published, form, ...(timeZone ? { timeZone } : {}) });
  });

  it.each(['31.02.2024', 'gestern', '2025-13-01', 'Tue, 11 Foo 2025'])('refuses "%s"', (value) => {
    expect(readDate(value)).toBeUndefined();
  });

  it('reads a dateline and a closing byline, and nothing else', () => {
    expect(datelineDate('Redmond — 3. September 2024 — Die Contoso AG gab heute bekannt')).toBe('2024-09-03');
    expect(datelineDate('Berlin - 12.03.2025 - Der Senat')).toBe('2025-03-12');
    expect(datelineDate('Am 3. September 2024 gab die Firma bekannt, dass')).toBeUndefined();
    expect(closingBylineDate('(Thomas Beispiel, 30.5.2016)')).toBe('2016-05-30');
    expect(closingBylineDate('(Thomas Beispiel)')).toBeUndefined();
  });
});

describe("the original's address", () => {
  // Found by the MDX property test (seed 20261210): a link line's address that passes /^https?:/ but does not parse.
  it.each([
    ['a first line linking to an address whose host does not parse', '- www.heise.de\\export\n\nText des Artikels.\n', 'x.md'],
    [
      'front matter naming an address whose host does not parse',
      '---\nurl: "http://www.heise.de%5Cexport"\n---\n\nText des Artikels.\n',
      'x.md',
    ],
  ])('%s: left out, so the article passes the content check', (_case, text, name) => {
    const { data, problems } = importText(text, name);
    expect(data['sourceUrl']).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('keeps one that parses', () => {
    const { data, problems } = importText('---\nurl: https://a.example/x\n---\n\nText des Artikels.\n', 'x.md');
    expect(data['sourceUrl']).toBe('https://a.example/x');
    expect(problems).toEqual([]);
  });
});

describe('front matter', () => {
  it('reads YAML with comments and unknown keys, and the lines it spans', () => {
    const text =
      '---\n# a comment\nlayout: post\ntitel: no\ntitle: "Ein Titel" # inline comment\ndatum: "3. September 2024"\nautorin: Petra\nurl: https://a.example/x\n---\n\nText.\n';
    expect(readFrontMatter(text)).toEqual({
      syntax: 'YAML',
      lines: 9,
      title: 'Ein Titel',
      date: '3. September 2024',
      author: 'Petra',
      sourceUrl: 'https://a.example/x',
      keys: { title: 'title', date: 'datum', author: 'autorin', sourceUrl: 'url' },
      unused: ['layout', 'titel'],
    });
    expect(blankFrontMatter(text, readFrontMatter(text)).split('\n')).toEqual(['', '', '', '', '', '', '', '', '', '', 'Text.', '']);
  });

  it('reads TOML between +++, keeping a local date-time as written', () => {
    const front = readFrontMatter('+++\ntitle = "T" # c\ndate = 2025-02-10T09:30:00\nextra = [1]\n+++\nText\n');
    expect(front).toMatchObject({ syntax: 'TOML', lines: 5, title: 'T', date: '2025-02-10T09:30:00.000' });
    expect(readDate(front!.date!)?.published).toBe('2025-02-10T09:30');
  });

  it('leaves a file without a closing fence alone, and refuses broken YAML with its lines', () => {
    expect(readFrontMatter('---\nno end\n')).toBeUndefined();
    expect(readFrontMatter('Text\n---\n')).toBeUndefined();
    expect(() => readFrontMatter('---\ntitle: [unclosed\n---\nText\n')).toThrow(InputRefusal);
    expect(() => readFrontMatter('---\ntitle: [unclosed\n---\nText\n')).toThrow(/\(lines 1–3\) is not valid YAML/);
  });
});

describe('who published and who wrote', () => {
  it.each([
    ['Von Max Mustermann | 04.12.2026, 10:15 Uhr', { author: 'Max Mustermann', published: '2026-12-04T10:15' }],
    ['Stand: 04.12.2026, 10:15 Uhr', { published: '2026-12-04T10:15' }],
    ['Aktualisiert am 04.12.2026', { published: '2026-12-04' }],
    ['heise online · 04.12.2026', { publisher: 'heise online', published: '2026-12-04' }],
  ])('the date line "%s" names %j', (line, expected) => expect(readPublisherDate(line)).toEqual(expected));

  it.each([
    ['(dpa)', 'dpa'],
    ['abc/dpa', 'dpa'],
    ['dpa/lni', 'dpa'],
    ['lni/dpa', 'dpa'],
    ['rtr/AFP', 'AFP'],
    ['(ahe)', undefined],
    ['jb/ahe', undefined],
  ])('the closing code "%s" names the agency %s (an editor’s initials name none)', (line, agency) =>
    expect(publisherFromEnding(line)).toBe(agency),
  );

  it('takes an agency text that opens with its dateline for text, not for a title, and judges its ending', () => {
    const text =
      'Berlin (dpa) - Die Bundesregierung will den Ausbau beschleunigen. Das Kabinett beschloss am Mittwoch ein Gesetz.\n\nDie Ministerin sprach von einem „wichtigen Signal“.\n\ndpa-AFX\n';
    const { prepared, data, problems } = importText(text, 'a.txt');
    expect(data).toMatchObject({ title: 'Die Bundesregierung will den Ausbau beschleunigen.', titleIsEditorial: true });
    expect(prepared.blocks[0]!.text).toBe(
      'Berlin (dpa) - Die Bundesregierung will den Ausbau beschleunigen. Das Kabinett beschloss am Mittwoch ein Gesetz.',
    );
    expect(data['truncated']).toBeUndefined();
    expect(prepared.notes).toContain('ending: complete: the last paragraph ends a sentence (after it: agency code)');
    expect(problems).toEqual([]);
  });

  it('judges the lede when no other paragraph is left', () => {
    const lede = 'Die Verhandlungen dauerten nach Angaben von Beteiligten mehrere Monate und waren zeitweise festgefahren, bis';
    const { prepared, data } = importText(`Titel der Meldung\n\n${lede}\n\nabc/dpa\n`, 'a.txt');
    expect(data['lede']).toBe(lede);
    expect(prepared.notes).toContain(
      'ending: cut off: the last paragraph stops mid-sentence (after it: agency code); pass --complete if it does not',
    );
    expect(data['truncated']).toBe(true);
  });

  it('reads a dateline "Ort, TT.MM.JJJJ – " as the date', () => {
    expect(datelineDate('Jülich, 20.02.2026 – Das Forschungszentrum hat einen Rekord aufgestellt.')).toBe('2026-02-20');
    expect(datelineDate('Hamburg, 16. Januar 2026 - Die Reederei meldet Gewinne.')).toBe('2026-01-16');
    expect(datelineDate('Ein Satz, 16.01.2026 war ein Freitag.')).toBeUndefined();
  });

  it('takes no label or kicker for the lede of a page', () => {
    const page =
      '<article><h1>Pflege wird teurer</h1><p>Pflegeversicherung</p><p>Die Beiträge steigen im Januar um 0,2 Prozentpunkte, beschloss das Kabinett.</p><p>Die Kassen begrüßen das.</p></article>';
    const { data } = importText(page, 'a.html');
    expect(data['lede']).toBeUndefined();
  });

  it('records every image of Markdown, inline HTML and AMP pages included, as left out', () => {
    const markdown =
      '# Titel\n\nErster Absatz mit einem Satz.\n\n[caption]<img src="https://a.de/b.jpg" alt="Bild"> Eine Bildunterschrift.[/caption]\n\nLetzter Satz.\n';
    expect(importText(markdown, 'a.md').data['omitted']).toContainEqual({ lines: '5', reason: 'image https://a.de/b.jpg (not embedded)' });
    const amp =
      '<article><h1>Titel</h1><p>Erster Absatz mit einem Satz.</p>\n<amp-img src="https://a.de/c.jpg" width="4" height="3"></amp-img>\n<p>Letzter Satz.</p></article>';
    expect(importText(amp, 'a.html').data['omitted']).toContainEqual({ lines: '2', reason: 'image https://a.de/c.jpg (not embedded)' });
  });

  it('takes a "Von …" line under the title of a plain text for the author, and records it', () => {
    const text =
      'Göttinger Tageblatt · 01.03.2026\n\nBürgerentscheid: Göttinger stimmen gegen neue Straßenbahn\n\nVon Ulrike Schäfer\n\nDie Göttinger haben sich gegen den Bau ausgesprochen. Beim Bürgerentscheid stimmten 56,3 Prozent mit Nein.\n\nDie Stadt prüft nun Busse.\n';
    const { data, problems } = importText(text, 'a.txt');
    expect(data).toMatchObject({
      author: 'Ulrike Schäfer',
      publisher: 'Göttinger Tageblatt',
      lede: 'Die Göttinger haben sich gegen den Bau ausgesprochen. Beim Bürgerentscheid stimmten 56,3 Prozent mit Nein.',
    });
    expect(data['omitted']).toContainEqual({ lines: '5', reason: 'byline (in the frontmatter)' });
    expect(problems).toEqual([]);
  });

  it('takes a label above the title of a plain text ("EILMELDUNG") for a kicker, not the title', () => {
    const text =
      'EILMELDUNG\n\nEZB senkt Leitzins auf 1,75 Prozent\n\nDie Europäische Zentralbank senkt den Einlagensatz überraschend um 0,25 Prozentpunkte.\n';
    const { prepared, data, problems } = importText(text, 'a.txt');
    expect(data).toMatchObject({ title: 'EZB senkt Leitzins auf 1,75 Prozent', sourceNoise: ['EILMELDUNG'] });
    expect(prepared.notes).toContain('kicker: "EILMELDUNG" (kept in frontmatter as sourceNoise)');
    expect(problems).toEqual([]);
  });

  it('takes a labelled line before the date for no publisher', () => {
    expect(readPublisherDate('Betreff: Der Morgen – Ihr Briefing am Donnerstag, 5. März 2026')).toEqual({ published: '2026-03-05' });
  });

  it('takes a "Von …" byline of a plain text for the author, not the publisher', () => {
    const { data, problems } = importText(
      'Titel der Meldung\nVon Max Mustermann | 04.12.2026, 10:15 Uhr\n\nErster Absatz mit einem Satz.\n',
      'a.txt',
    );
    expect(data).toMatchObject({ author: 'Max Mustermann', publisher: 'unknown', published: '2026-12-04T10:15' });
    expect(problems).toEqual([]);
  });
});

describe('endings and furniture', () => {
  it.each([
    ['abc/dpa', 'agency code'],
    ['dpa/afp', 'agency code'],
    ['(dpa)', 'agency code'],
    ['Quelle: Contoso AG', 'source or credit line'],
    ['Mit Material von Reuters', 'source or credit line'],
    ['(Thomas Beispiel, 30.5.2016)', 'byline'],
    ['Pressekontakt\nErika Beispiel\nTel. +49 30 1234567\npresse@contoso.example', 'contact block'],
    ['dpa-AFX', 'agency code'],
    ['Verwendete Quellen: Deutsche Bahn, eigene Recherche', 'source or credit line'],
    ['Original-Content von: FinTax Solutions GmbH, übermittelt durch news aktuell', 'source or credit line'],
    ['Reuters', 'agency code'],
    ['© dpa-infocom, dpa:261204-99-123456/2', 'copyright line'],
    ['(c) 2026 Contoso Verlag', 'copyright line'],
    ['Mehr zum Thema: EZB und KI', 'teaser'],
  ])('"%s" ends an article: %s', (text, kind) => expect(endingKind(text)).toBe(kind));

  it.each([
    ['a table of figures', ['Ein Satz.', 'Jahr', '2026', '10 Mrd. $']],
    ['a code block', ['Ein Satz.', 'GPU Preis B300 40.000 $']],
    ['a teaser in the same <br>-separated block', ['Ein Satz.\n\nMehr zum Thema: EZB und KI']],
  ])('is complete when %s follows the last sentence', (_, texts) =>
    expect(breaksOff(texts.map((text) => ({ kind: 'paragraph', text }))).truncated).toBe(false),
  );

  it('shows a Markdown footnote as the source writes it, without the heading and back link GFM adds', () => {
    const text = '# Titel\n\nDas Team umfasst 20 Personen.[^1] Mehr nicht.\n\n[^1]: Stand: Dezember 2026.\n';
    const { prepared, data, problems } = importText(text, 'a.md');
    // The paragraph with the marker stays in the body (a plain-text lede would glue the marker to the text).
    expect(prepared.blocks.map((block) => block.text)).toEqual(['Das Team umfasst 20 Personen.1 Mehr nicht.', 'Stand: Dezember 2026.']);
    expect(prepared.mdx).not.toMatch(/Footnotes|↩/);
    expect(problems).toEqual([]);
    expect(data['truncated']).toBeUndefined();
  });

  it('warns when Markdown takes a word in angle brackets for an HTML tag, which shows nothing', () => {
    const text = '# Titel\n\nDie Erwartungen sind <riesig>. Doch was kann sie <span>wirklich</span>?\n\nZweiter Absatz.\n';
    const { prepared } = importText(text, 'a.md');
    expect(prepared.notes).toContain(
      'warning: "<riesig>" (line 3) is read as an HTML tag, and a browser shows nothing of it; if it is text, import the file with --format text',
    );
    expect(prepared.notes.join('\n')).not.toContain('<span>');
  });

  it.each([
    ['an editor’s initials', 'Der Konzern wächst weiter in Hamburg. (mon)'],
    ['an agency line in brackets', 'Die Nachfrage bleibt am Markt hoch. (APA, red, 1.3.2026)'],
    ['editors’ codes', 'Das Ministerium sprach von einem "Rekordsommer". /bek/lew/jha'],
  ])('is complete when %s closes the last sentence on its line', (_, text) =>
    expect(breaksOff([{ kind: 'paragraph', text }]).truncated).toBe(false),
  );

  it('records the date line of a plain text as left out, with what it gave', () => {
    const { data, problems } = importText(
      'heise online · 04.12.2026, 18.30 Uhr\nTitel der Meldung\n\nErster Absatz mit einem Satz.\n',
      'a.txt',
    );
    expect(data['omitted']).toEqual([{ lines: '1', reason: 'publisher and date line (in the frontmatter)' }]);
    expect(problems).toEqual([]);
  });

  it('judges the ending after the page furniture is left out', () => {
    const text = 'Titel der Meldung\n\nErster Absatz mit einem Satz.\n\nDer letzte Satz endet hier.\n\nZur Startseite\n';
    expect(importText(text, 'a.txt').data['truncated']).toBeUndefined();
  });

  it('is cut off only when the last real paragraph stops mid-sentence', () => {
    const paragraph = (text: string) => ({ kind: 'paragraph', text });
    expect(breaksOff([paragraph('Ein Satz.'), paragraph('abc/dpa')]).truncated).toBe(false);
    expect(breaksOff([paragraph('Ein Satz.'), { kind: 'paragraph', text: 'Mit Material', emphasised: true }]).truncated).toBe(false);
    expect(breaksOff([paragraph('Ein Satz.*')]).truncated).toBe(false);
    expect(breaksOff([paragraph('Und dann sagte er'), paragraph('abc/dpa')])).toEqual({
      truncated: true,
      reason: 'cut off: the last paragraph stops mid-sentence (after it: agency code); pass --complete if it does not',
    });
  });

  it.each([
    ['Externer Inhalt\nIch bin damit einverstanden, dass mir externe Inhalte angezeigt werden.', 'consent banner'],
    ['Newsletter abonnieren: Jeden Morgen die wichtigsten Nachrichten.', 'newsletter promotion'],
    ['Foto: Beispiel/dpa', 'image credit'],
    ['Artikel teilen: Teilen', 'share or comment prompt'],
    ['Kommentare (12)', 'share or comment prompt'],
    ['Teilen: Facebook, X, LinkedIn, E-Mail', 'share or comment prompt'],
    ['Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren', 'consent banner'],
    ['Melden Sie sich für unseren Newsletter an und bestellen Sie ihn kostenlos.', 'newsletter promotion'],
    ['Sie haben 2 von 3 kostenlosen Artikeln gelesen. Jetzt Golem Plus abonnieren und weiterlesen.', 'paywall prompt'],
    ['Anzeige', 'advertising label'],
    ['Zur Startseite', 'navigation link'],
    ['Lesen Sie jetzt weiter mit Handelsblatt Premium.', 'paywall prompt'],
    ['Jetzt 4 Wochen testen', 'paywall prompt'],
    ['Exklusive Analysen · Nur 1 € für 4 Wochen · Jederzeit kündbar', 'paywall prompt'],
    ['Lesedauer: 2 Min.', 'reading time'],
    ['Lesen Sie jetzt mit Z+ weiter', 'paywall prompt'],
    ['Jetzt 4 Wochen für 1 € testen. Jederzeit kündbar.', 'paywall prompt'],
    ['Sie sind bereits Abonnent? Hier anmelden', 'paywall prompt'],
    ['Für 1 Euro im ersten Monat', 'paywall prompt'],
    ['Monatlich kündbar', 'paywall prompt'],
    ['Artikel hören, 4:12 Minuten', 'audio player'],
    ['Player wird geladen …', 'audio player'],
    ['Zur Merkliste hinzufügen', 'share or comment prompt'],
  ])('"%s" is page furniture: %s', (text, reason) => expect(furnitureReason(text)).toBe(reason));

  it.each([
    'Der Konzern verschickt seit Jahren einen Newsletter an Aktionäre.',
    'Das Foto zeigt Nadella auf der Bühne.',
    'Viele Websites verwenden Cookies, ohne die Nutzer ausreichend zu informieren.',
    'Kommentare von Betreibern lagen zunächst nicht vor.',
    'Teilen wollten die Verbraucherschützer die Liste der Websites nicht.',
    'Newsletter-Anbieter wie Substack sind ebenfalls betroffen.',
    'Unternehmen, die am Pilotprogramm teilnehmen wollen, können sich jetzt anmelden.',
    'Bild: So sieht ein zulässiger Banner aus, sagen die Verbraucherschützer.',
    'Anzeigen für KI-Dienste haben sich verdoppelt.',
    '„Wir verwenden Cookies nur sparsam“, sagte der Sprecher.',
    'Das Abo kostet 9,99 Euro im Monat und ist jederzeit kündbar.',
    'Sie sind bereits Abonnent der Zeitung, sagte der Minister.',
    'Jetzt testen die Behörden den Chatbot in drei Landratsämtern.',
  ])('leaves article text alone, though it names what furniture names: "%s"', (text) => expect(furnitureReason(text)).toBeUndefined());

  it('never makes contact lines, source lines or teaser labels headings, in a text without blank lines', () => {
    const parsed = parseRawArticle(
      'Titel der Meldung\nErster Absatz mit einem Satz.\nPressekontakt\nErika Beispiel\nTel. +49 30 1234567\nQuelle: Contoso AG\nMehr zum Thema\nLetzter Satz.\n',
    );
    const kinds = Object.fromEntries(parsed.blocks.map((block) => [block.text, block.kind]));
    expect(kinds).toEqual({
      Pressekontakt: 'paragraph',
      'Erika Beispiel': 'paragraph',
      'Tel. +49 30 1234567': 'paragraph',
      'Quelle: Contoso AG': 'paragraph',
      'Mehr zum Thema': 'teaser',
      'Letzter Satz.': 'paragraph',
    });
  });
});

describe('bare addresses in HTML', () => {
  it('become links with their text unchanged; sentence punctuation and an unopened bracket stay outside', () => {
    const html = '<p>Mehr unter https://a.de/x. Oder (https://de.wikipedia.org/wiki/Pfad_(Klammer)) bei presse@contoso.example!</p>\n';
    const { prepared, problems } = importText(html, 'a.html');
    expect(prepared.blocks[0]!.inline).toEqual([
      'Mehr unter ',
      { tag: 'a', href: 'https://a.de/x', children: ['https://a.de/x'] },
      '. Oder (',
      { tag: 'a', href: 'https://de.wikipedia.org/wiki/Pfad_(Klammer)', children: ['https://de.wikipedia.org/wiki/Pfad_(Klammer)'] },
      ') bei ',
      { tag: 'a', href: 'mailto:presse@contoso.example', children: ['presse@contoso.example'] },
      '!',
    ]);
    expect(problems).toEqual([]);
  });

  it('inside a link stay its text', () => {
    const { prepared } = importText('<p>Siehe <a href="https://b.de/">https://b.de/ dort</a>.</p>\n', 'a.html');
    expect(prepared.blocks[0]!.inline).toEqual(['Siehe ', { tag: 'a', href: 'https://b.de/', children: ['https://b.de/ dort'] }, '.']);
  });
});

describe('format detection', () => {
  it.each([
    ['a.html', 'Text', 'html', 'the file name ends in .html'],
    ['a.md', 'Text', 'markdown', 'the file name ends in .md'],
    ['a.txt', '<!DOCTYPE html><html><body>x</body></html>', 'html', 'it is a saved HTML page (<!DOCTYPE html>, <html> or <body>)'],
    ['a.txt', '<p class="x">Text</p>', 'html', 'it opens with the HTML element <p>'],
    ['a.txt', '[Titel](https://example.org/a)\n\nText', 'markdown', 'it opens with a [Title](https://…) line'],
    ['a.txt', '# Keine Überschrift, ein Rautezeichen\n\n*Sternchen*', 'text', expect.stringMatching(/^no Markdown or HTML opening/)],
  ])('%s opening %j is %s: %s', (name, body, format, reason) => {
    expect(detectFormat(name, body)).toEqual({ format, reason });
  });
});

describe('overrides never remove source text', () => {
  const seed = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'sources', '004_c34021c74e7e4fa9.txt'), 'utf8');

  it('--title keeps the recognised title line in the body, and the check passes', () => {
    const { prepared, data, problems } = importText(seed, 'seed.txt', { title: 'Ein Titel der Redaktion' });
    expect(data['title']).toBe('Ein Titel der Redaktion');
    expect(data['titleIsEditorial']).toBe(true);
    expect(prepared.blocks[0]).toEqual({ kind: 'heading', text: expect.stringMatching(/^Ultraman und Nadella: Erstes Gespräch/) });
    expect(problems).toEqual([]);
  });

  it('--title keeps a leading [Title](url) line as a link', () => {
    const text = readFileSync(join(SCRAPED, 'title-link-images.md'), 'utf8');
    const { prepared, data, problems } = importText(text, 'a.md', { title: 'Anders' });
    expect(data['title']).toBe('Anders');
    expect(prepared.blocks[0]!.inline).toEqual([
      {
        tag: 'a',
        href: 'https://recht.example.org/urteile/firma-openai',
        children: [{ tag: 'strong', children: ['Firma'] }, ' verliert Klage gegen OpenAI'],
      },
    ]);
    expect(problems).toEqual([]);
  });

  it('--lede gives an editorial lede and keeps the source lede in the body', () => {
    const { prepared, data, problems } = importText(seed, 'seed.txt', { lede: 'Kurz gesagt.' });
    expect(data['lede']).toBe('Kurz gesagt.');
    expect(data['ledeIsEditorial']).toBe(true);
    expect(prepared.blocks[0]!.text).toMatch(/^Ultraman und Nadella traten erstmals/);
    expect(problems).toEqual([]);
  });

  it('--complete and --truncated decide the ending', () => {
    const text = readFileSync(join(SCRAPED, 'really-truncated.txt'), 'utf8');
    expect(importText(text, 'a.txt', { truncated: false }).data['truncated']).toBeUndefined();
    expect(importText(text, 'a.txt').data['truncated']).toBe(true);
    const complete = readFileSync(join(SCRAPED, 'agency-ending.txt'), 'utf8');
    expect(importText(complete, 'a.txt', { truncated: true }).data['truncated']).toBe(true);
  });

  it('--keep-furniture keeps consent banners and credits as text; the check passes either way', () => {
    const text = readFileSync(join(SCRAPED, 'consent-banner.txt'), 'utf8');
    const kept = importText(text, 'a.txt', { keepFurniture: true });
    expect(kept.data['omitted']).toBeUndefined();
    expect(kept.prepared.blocks.map((block) => block.text)).toContain('Bild: Microsoft');
    expect(kept.problems).toEqual([]);
  });

  it('--format text reads a Markdown file as plain text, every character shown', () => {
    const text = readFileSync(join(SCRAPED, 'title-link-images.md'), 'utf8');
    const { data, problems } = importText(text, 'a.md', { format: 'text' });
    expect(data['title']).toBe('[<b>Firma</b> verliert Klage gegen OpenAI](https://recht.example.org/urteile/firma-openai)');
    expect(data['lede']).toBe('![Firma verliert Klage gegen OpenAI](https://cdn.example.org/bilder/gericht.jpg)');
    expect(problems).toEqual([]);
  });
});
