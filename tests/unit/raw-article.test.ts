import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breaksOff } from '../../src/record/import/endings.ts';
import { normaliseNewlines, parseRawArticle, readPublisherDate, sourceBlocks } from '../../src/record/raw-article.ts';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'content', 'sources', name), 'utf8');

describe('parseRawArticle on the seeds', () => {
  const translated = parseRawArticle(seed('004_c34021c74e7e4fa9.txt'));
  const untitled = parseRawArticle(seed('000_db88fdc0d8c3c3ba.txt'));

  it('takes breadcrumb, title, publisher line and lede from the translated article', () => {
    expect(translated.noise).toEqual(['StartseiteArtikel']);
    expect(translated.title).toBe(
      'Ultraman und Nadella: Erstes Gespräch nach der schwierigen Umstrukturierung: "Wir sind ein himmlisches Paar."',
    );
    expect(translated.publisher).toBe('新智元');
    expect(translated.published).toBe('2025-11-03T08:20');
    expect(translated.lede).toMatch(/^Ultraman und Nadella traten erstmals/);
    expect(breaksOff(translated.blocks).truncated).toBe(true);
  });

  it('finds stacked sub-headings and the teaser', () => {
    const kinds = (text: string) => translated.blocks.find((block) => block.text === text)?.kind;
    expect(kinds('Eine beispiellose Struktur')).toBe('heading');
    expect(kinds('Der Gewinn für Profit und Gemeinnützigkeit')).toBe('subheading');
    expect(kinds('Weiterlesen: Altman: OpenAIs Börsengang ist unvermeidlich')).toBe('teaser');
    expect(kinds('Nadella sagt begeistert:')).toBe('paragraph');
  });

  it('recognises no title in the untitled article and says so', () => {
    expect(untitled.title).toBeUndefined();
    expect(untitled.notes.join('\n')).toMatch(/title: none recognised/);
    expect(untitled.blocks.find((block) => block.text === 'Was ist ChatGPT?')?.kind).toBe('teaser');
    expect(breaksOff(untitled.blocks).truncated).toBe(false);
  });

  it('loses no line', () => {
    for (const parsed of [translated, untitled]) {
      const kept = [...parsed.noise, parsed.title, parsed.lede, ...parsed.blocks.map((block) => block.text)].filter(Boolean);
      expect(kept.length).toBeGreaterThan(10);
    }
    const lines = sourceBlocks(seed('004_c34021c74e7e4fa9.txt'));
    const kept = new Set([...translated.noise, translated.title, translated.lede, ...translated.blocks.map((block) => block.text)]);
    expect(lines.filter((line) => !kept.has(line))).toEqual(['新智元2025-11-03 08:20']);
  });
});

describe('line handling', () => {
  it('normalises CRLF, CR and a byte-order mark', () => {
    expect(normaliseNewlines('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });

  it('keeps no-break spaces, trims ASCII blanks', () => {
    expect(sourceBlocks('  a\u00A0b \t\n\n c ')).toEqual(['a\u00A0b', 'c']);
  });

  it('reads publisher-and-date lines in ISO and German forms', () => {
    expect(readPublisherDate('新智元2025-11-03 08:20')).toEqual({ publisher: '新智元', published: '2025-11-03T08:20' });
    expect(readPublisherDate('heise online 03.11.2025, 08:20 Uhr')).toEqual({ publisher: 'heise online', published: '2025-11-03T08:20' });
    expect(readPublisherDate('2024-01-02')).toEqual({ published: '2024-01-02' });
    expect(readPublisherDate('Im Jahr 2019 begann es.')).toBeUndefined();
  });

  it.each([
    ['Von Anna Schmidt — 12.03.2025, 14:05 Uhr', { author: 'Anna Schmidt', published: '2025-03-12T14:05' }],
    ['Von Anna Schmidt – 12.03.2025, 14:05', { author: 'Anna Schmidt', published: '2025-03-12T14:05' }],
    ['von Jan Berg - 2.3.2025 9:05 Uhr', { author: 'Jan Berg', published: '2025-03-02T09:05' }],
    ['Von Jan Berg - 1. März 2024', { author: 'Jan Berg', published: '2024-03-01' }],
    ['Von Jan Berg | heise online, 12.03.2025', { author: 'Jan Berg', publisher: 'heise online', published: '2025-03-12' }],
  ])('reads the byline %j as its author without "Von" and the dash, and the publisher after a bar', (line, expected) => {
    expect(readPublisherDate(line)).toEqual(expected);
  });

  it('takes no impossible date for one', () => {
    expect(readPublisherDate('Von Anna Schmidt — 32.13.2025, 25:00 Uhr')).toBeUndefined();
    expect(readPublisherDate('Bestellnummer 2025-99-99')).toBeUndefined();
  });
});

describe('hard-wrapped texts', () => {
  const wrapped = [
    'Von Anna Schmidt — 12.03.2025, 14:05 Uhr',
    'Ein Titel über Microsoft',
    '',
    'Microsoft und OpenAI haben am Dienstag einen neuen Vertrag',
    'unterzeichnet, der die Zusammenarbeit bis 2030 regelt.',
    '',
    'Satya Nadella sprach von einem',
    'guten Tag.',
    '',
    'Zwischentitel',
    '',
    'Der zweite Absatz ist ebenfalls umbrochen',
    '  und eingerückt, endet aber mit einem Punkt.',
  ].join('\n');

  it('keeps the lines between blank lines one paragraph, and furniture in the header apart', () => {
    expect(sourceBlocks(wrapped)).toEqual([
      'Von Anna Schmidt — 12.03.2025, 14:05 Uhr',
      'Ein Titel über Microsoft',
      'Microsoft und OpenAI haben am Dienstag einen neuen Vertrag\nunterzeichnet, der die Zusammenarbeit bis 2030 regelt.',
      'Satya Nadella sprach von einem\nguten Tag.',
      'Zwischentitel',
      'Der zweite Absatz ist ebenfalls umbrochen\nund eingerückt, endet aber mit einem Punkt.',
    ]);
    const parsed = parseRawArticle(wrapped);
    expect(parsed).toMatchObject({
      author: 'Anna Schmidt',
      published: '2025-03-12T14:05',
      title: 'Ein Titel über Microsoft',
    });
    expect(breaksOff(parsed.blocks).truncated).toBe(false);
    expect(parsed.lede).toBe(
      'Microsoft und OpenAI haben am Dienstag einen neuen Vertrag\nunterzeichnet, der die Zusammenarbeit bis 2030 regelt.',
    );
    expect(parsed.notes).toContain(
      'hard-wrapped: 3 paragraph(s) span several lines; blank lines separate paragraphs, single line breaks are soft wraps',
    );
    expect(parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'Satya Nadella sprach von einem\nguten Tag.' },
      { kind: 'heading', text: 'Zwischentitel' },
      { kind: 'paragraph', text: 'Der zweite Absatz ist ebenfalls umbrochen\nund eingerückt, endet aber mit einem Punkt.' },
    ]);
  });

  it('never takes a wrapped paragraph for a title or heading', () => {
    const parsed = parseRawArticle('Erste Zeile ohne Punkt\nzweite Zeile\n\nNoch ein Absatz.\n');
    expect(parsed.title).toBeUndefined();
    expect(parsed.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps one line per block in a text without blank lines', () => {
    expect(sourceBlocks('Titel\nErster Absatz.\nZwischentitel\nZweiter Absatz.')).toEqual([
      'Titel',
      'Erster Absatz.',
      'Zwischentitel',
      'Zweiter Absatz.',
    ]);
  });

  it('keeps a date line in the body inside its paragraph', () => {
    expect(
      sourceBlocks(
        'Titel\n\nEin langer erster Absatz, der sich über zwei Zeilen zieht und\nnicht endet.\n\nDie Frist endet am\n31.12.2025',
      ),
    ).toEqual(['Titel', 'Ein langer erster Absatz, der sich über zwei Zeilen zieht und\nnicht endet.', 'Die Frist endet am\n31.12.2025']);
  });
});
