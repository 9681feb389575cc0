/**
 * The importer's guesses on scraped inputs written for this purpose (tests/fixtures/import/scraped/): one per
 * format and per guess. Each fixture's title, date, publisher, cut-off flag, links and omitted lines are
 * asserted, and the written article passes the content check against its raw file (the verbatim guarantee).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/checks/content-check.ts';
import { inlineLinks } from '../../src/record/import/inline.ts';
import { prepareImport } from '../../src/record/import-article.ts';
import type { ArticleFrontmatter } from '../../src/record/article-mdx.ts';
import { foldWhitespace } from '../../src/record/verbatim.ts';

const SCRAPED = join(import.meta.dirname, '..', 'fixtures', 'import', 'scraped');

interface Expected {
  file: string;
  title: string;
  titleIsEditorial?: boolean;
  published?: string;
  /** The offset the source states with its time. */
  timeZone?: string;
  publisher: string;
  truncated: boolean;
  links: string[];
  omitted: { lines: string; reason: string }[];
  format?: 'markdown' | 'html';
  sourceUrl?: string;
  author?: string;
  /** Texts that must be body blocks of this kind. */
  kinds?: Record<string, string>;
}

const CASES: Expected[] = [
  {
    file: 'jekyll-rfc2822.md',
    title: 'Microsoft verliert Exklusivrechte an OpenAI-Modellen',
    published: '2025-02-11T14:00',
    timeZone: '+01:00',
    publisher: 'dpa',
    truncated: false,
    links: ['https://blogs.example.com/openai-update'],
    omitted: [{ lines: '1-6', reason: 'front matter (YAML)' }],
    format: 'markdown',
  },
  {
    file: 'toml-frontmatter.md',
    title: 'Nadella: Agenten lösen Apps ab',
    published: '2025-02-10T09:30',
    publisher: 'Beispiel-Zeitung',
    truncated: false,
    links: [],
    omitted: [{ lines: '1-9', reason: 'front matter (TOML)' }],
    format: 'markdown',
    sourceUrl: 'https://zeitung.example.de/wirtschaft/nadella-agenten',
    author: 'Jana Beispiel',
    kinds: { 'Was Agenten anders machen': 'heading', 'Quelle: Beispiel-Zeitung': 'paragraph' },
  },
  {
    file: 'yaml-german-date.md',
    title: 'OpenAI baut Rechenzentrum in Texas',
    published: '2024-09-03',
    publisher: 'Clipping-Dienst Süd',
    truncated: false,
    links: [],
    omitted: [{ lines: '1-8', reason: 'front matter (YAML)' }],
    format: 'markdown',
    author: 'Petra Muster',
  },
  {
    file: 'saved-news-page.html',
    title: 'OpenAI stellt neues Modell vor',
    published: '2025-05-14T07:45',
    timeZone: '+02:00',
    publisher: 'Nachrichtenportal Beispiel',
    truncated: false,
    links: ['https://openai.example.com/research/report'],
    omitted: [
      { lines: '15', reason: 'outside the article (reader mode)' },
      { lines: '16', reason: 'button (dropped by the sanitiser)' },
      { lines: '16', reason: 'consent banner' },
      { lines: '20', reason: 'byline and date (in the frontmatter)' },
      { lines: '26', reason: 'share or comment prompt' },
      { lines: '27', reason: 'outside the article (reader mode)' },
      { lines: '30', reason: 'outside the article (reader mode)' },
    ],
    format: 'html',
    sourceUrl: 'https://news.example.de/tech/openai-neues-modell-123.html',
    author: 'Max Mustermann',
    kinds: { 'Kritik von Forschern': 'heading' },
  },
  {
    file: 'dateline-press-release.txt',
    title: 'Contoso und OpenAI vereinbaren Zusammenarbeit',
    published: '2024-09-03',
    publisher: 'Contoso AG',
    truncated: false,
    links: [],
    omitted: [],
    kinds: { 'Quelle: Contoso AG': 'paragraph', 'Pressekontakt Erika Beispiel Tel. +49 30 1234567 presse@contoso.example': 'paragraph' },
  },
  {
    file: 'closing-byline.txt',
    title: 'Sprachassistenten im Büro: Ein Selbstversuch',
    published: '2016-05-30',
    publisher: 'unknown',
    truncated: false,
    links: [],
    omitted: [],
    kinds: { 'Auch interessant': 'teaser', '(Thomas Beispiel, 30.5.2016)': 'paragraph' },
  },
  {
    file: 'agency-ending.txt',
    title: 'Kartellwächter prüfen Microsofts OpenAI-Beteiligung',
    publisher: 'dpa',
    truncated: false,
    links: [],
    omitted: [{ lines: '9', reason: 'image credit' }],
    kinds: { 'Mehr zum Thema': 'teaser', 'abc/dpa': 'paragraph' },
  },
  {
    file: 'title-link-images.md',
    title: 'Firma verliert Klage gegen OpenAI',
    publisher: 'unknown',
    truncated: false,
    links: ['https://recht.example.org/urteile/az-123.pdf', 'mailto:redaktion@recht.example.org'],
    omitted: [{ lines: '3', reason: 'image https://cdn.example.org/bilder/gericht.jpg (not embedded)' }],
    format: 'markdown',
    sourceUrl: 'https://recht.example.org/urteile/firma-openai',
    kinds: { 'Wie es weitergeht': 'heading', Reaktionen: 'subheading', 'Mit Material von Reuters': 'paragraph' },
  },
  {
    file: 'html-fragment.html',
    title: 'Die Stiftung hinter OpenAI will ihre Struktur ändern – und stößt auf Widerstand.',
    titleIsEditorial: true,
    publisher: 'unknown',
    truncated: false,
    links: ['https://openai.example.com/structure', 'mailto:redaktion@example.de'],
    omitted: [
      { lines: '4', reason: 'script (dropped by the sanitiser)' },
      { lines: '5', reason: 'style (dropped by the sanitiser)' },
      { lines: '7', reason: 'iframe (dropped by the sanitiser)' },
      { lines: '8', reason: 'form (dropped by the sanitiser)' },
    ],
    format: 'html',
    kinds: {
      'Kritik aus Kalifornien': 'heading',
      'Gründer\u00A0und Investoren sehen das "anders": Sie halten die Änderung für nötig.': 'paragraph',
    },
  },
  {
    file: 'consent-banner.txt',
    title: 'Microsoft investiert in Rechenzentren in Hessen',
    publisher: 'unknown',
    truncated: false,
    links: [],
    omitted: [
      { lines: '5-6', reason: 'consent banner' },
      { lines: '10', reason: 'newsletter promotion' },
      { lines: '12', reason: 'image credit' },
    ],
  },
  {
    file: 'corpus-one-paragraph.txt',
    title: 'Der Softwarekonzern Microsoft hat seine Beteiligung an dem KI-Unternehmen OpenAI nach …',
    titleIsEditorial: true,
    publisher: 'unknown',
    truncated: false,
    links: [],
    omitted: [],
  },
  {
    file: 'really-truncated.txt',
    title: 'OpenAI und die Frage der Rechenleistung',
    publisher: 'unknown',
    truncated: true,
    links: [],
    omitted: [],
  },
];

function importFixture(file: string, overrides = {}) {
  const bytes = readFileSync(join(SCRAPED, file));
  const prepared = prepareImport(bytes, file, overrides);
  const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(prepared.mdx)![1]!) as ArticleFrontmatter;
  const problems = checkContent({
    articles: new Map([[`content/articles/${prepared.slug}.mdx`, prepared.mdx]]),
    summaries: new Map(),
    entities: new Map(),
    events: new Map(),
    sources: new Map([[file, bytes.toString('utf8')]]),
  });
  return { prepared, data, problems };
}

describe.each(CASES)('importing the scraped $file', (expected) => {
  const { prepared, data, problems } = importFixture(expected.file);

  it('reads title, date, publisher, author and original address', () => {
    expect(data.title).toBe(expected.title);
    expect(data.titleIsEditorial ?? false).toBe(expected.titleIsEditorial ?? false);
    expect(data.published).toBe(expected.published);
    expect(data.timeZone).toBe(expected.timeZone);
    expect(data.dateIsEditorial).toBeUndefined();
    expect(data.publisher).toBe(expected.publisher);
    expect(data.author).toBe(expected.author);
    expect(data.sourceUrl).toBe(expected.sourceUrl);
    expect(data.format).toBe(expected.format);
  });

  it('says whether the text breaks off, and why', () => {
    expect(data.truncated ?? false).toBe(expected.truncated);
    expect(prepared.notes.some((note) => note.startsWith('ending: '))).toBe(true);
  });

  it('keeps the links and records every omitted line with its reason', () => {
    expect(prepared.blocks.flatMap((block) => inlineLinks(block.inline ?? []))).toEqual(expected.links);
    expect(data.omitted ?? []).toEqual(expected.omitted);
    for (const entry of expected.omitted) expect(prepared.notes).toContain(`left out: line ${entry.lines}: ${entry.reason}`);
  });

  it('gives contact, source, teaser and heading lines their kind', () => {
    const kinds = new Map(prepared.blocks.map((block) => [foldWhitespace(block.text), block.kind]));
    for (const [text, kind] of Object.entries(expected.kinds ?? {})) expect(kinds.get(text), text).toBe(kind);
  });

  it('passes the content check: the article shows every unit of the source or records it as omitted', () => {
    expect(problems).toEqual([]);
  });
});
