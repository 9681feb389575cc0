import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseNewlines, parseRawArticle, readPublisherDate, sourceLines } from '../../src/lib/raw-article.ts';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'content', 'sources', name), 'utf8');

describe('parseRawArticle on the seeds', () => {
  const translated = parseRawArticle(seed('004_c34021c74e7e4fa9.txt'));
  const untitled = parseRawArticle(seed('000_db88fdc0d8c3c3ba.txt'));

  it('takes breadcrumb, title, publisher line and lede from the translated article', () => {
    expect(translated.noise).toEqual(['StartseiteArtikel']);
    expect(translated.title).toBe('Ultraman und Nadella: Erstes Gespräch nach der schwierigen Umstrukturierung: "Wir sind ein himmlisches Paar."');
    expect(translated.publisher).toBe('新智元');
    expect(translated.published).toBe('2025-11-03T08:20');
    expect(translated.lede).toMatch(/^Ultraman und Nadella traten erstmals/);
    expect(translated.truncated).toBe(true);
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
    expect(untitled.truncated).toBe(false);
  });

  it('loses no line', () => {
    for (const parsed of [translated, untitled]) {
      const kept = [...parsed.noise, parsed.title, parsed.lede, ...parsed.blocks.map((block) => block.text)].filter(Boolean);
      expect(kept.length).toBeGreaterThan(10);
    }
    const lines = sourceLines(seed('004_c34021c74e7e4fa9.txt'));
    const kept = new Set([...translated.noise, translated.title, translated.lede, ...translated.blocks.map((block) => block.text)]);
    expect(lines.filter((line) => !kept.has(line))).toEqual(['新智元2025-11-03 08:20']);
  });
});

describe('line handling', () => {
  it('normalises CRLF, CR and a byte-order mark', () => {
    expect(normaliseNewlines('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });

  it('keeps no-break spaces, trims ASCII blanks', () => {
    expect(sourceLines('  a\u00A0b \t\n\n c ')).toEqual(['a\u00A0b', 'c']);
  });

  it('reads publisher-and-date lines in ISO and German forms', () => {
    expect(readPublisherDate('新智元2025-11-03 08:20')).toEqual({ publisher: '新智元', published: '2025-11-03T08:20' });
    expect(readPublisherDate('heise online 03.11.2025, 08:20 Uhr')).toEqual({ publisher: 'heise online', published: '2025-11-03T08:20' });
    expect(readPublisherDate('2024-01-02')).toEqual({ published: '2024-01-02' });
    expect(readPublisherDate('Im Jahr 2019 begann es.')).toBeUndefined();
  });
});
