/** The German articles on the built site: every source line verbatim, metadata from the source furniture. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPublisherDate } from '../../src/record/raw-article.ts';
import { unmatchedSourceLines } from '../../src/record/verbatim.ts';
import { readContentFiles } from '../../src/record/content-files.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { blockTexts, fileForUrl, loadPage, visibleText } from '../helpers/dist.ts';
import { filePath, pathFor } from '../../src/routing/urls.ts';

const CONTENT_SOURCES = join(import.meta.dirname, '..', '..', 'content', 'sources');
/** SHA-256 of the raw seeds as delivered in shared/seeds: content/sources must hold exactly these bytes. */
const SEED_SHA256: Record<string, string> = {
  '000_db88fdc0d8c3c3ba.txt': '6ded521739f005303faaddd0b749e0f9c95235369fcd9b19e4ae0997e5e81e77',
  '004_c34021c74e7e4fa9.txt': '305314dea88283a564ff6cbcf7662e3e573563698e52a9a94cfef78d615c452f',
};
const ARTICLES = {
  '000_db88fdc0d8c3c3ba.txt': pathFor('de', { kind: 'document', slug: 'microsoft-vertieft-partnerschaft-mit-openai' }),
  '004_c34021c74e7e4fa9.txt': pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' }),
} as const;

describe.each(Object.entries(ARTICLES))('seed %s', (seed, url) => {
  const raw = readFileSync(join(CONTENT_SOURCES, seed));
  const $ = loadPage(url);

  it('is kept byte for byte in content/sources and served unchanged', () => {
    expect(createHash('sha256').update(raw).digest('hex')).toBe(SEED_SHA256[seed]);
    const href = $('.source-note a[type="text/plain"]').attr('href');
    expect(href).toBe(filePath({ kind: 'source', file: seed }));
    expect(readFileSync(fileForUrl(href!)!).equals(raw)).toBe(true);
  });

  it('shows every paragraph and heading of the source character for character', () => {
    const unmatched = unmatchedSourceLines(raw.toString('utf8'), blockTexts($, 'article.document'));
    // Only a publisher-and-timestamp line may be absent as such: it becomes the metadata checked below.
    for (const line of unmatched) expect(readPublisherDate(line), `not on the page: ${line}`).toBeDefined();
    expect(unmatched.length).toBeLessThanOrEqual(1);
  });

  it('makes sub-headings real headings with anchors listed in the contents', () => {
    const headings = $('.prose h2, .prose h3');
    expect(headings.length).toBeGreaterThan(3);
    headings.each((_, heading) => {
      const id = $(heading).attr('id');
      expect(id, $(heading).text()).toBeTruthy();
      expect($(`.toc a[href="#${id}"]`).length, `contents link to #${id}`).toBe(1);
    });
  });

  it('adds no typographic quotes, dashes or ellipses that the source lacks', () => {
    const shown = visibleText($, 'article.document');
    const source = raw.toString('utf8');
    for (const mark of ['“', '”', '‘', '’', '„', '«', '»', '—', '…']) {
      expect(shown.split(mark).length, `count of ${mark}`).toBeLessThanOrEqual(source.split(mark).length);
    }
  });
});

describe('article metadata from the source furniture', () => {
  it('shows publisher 新智元 and 3 November 2025, 08:20 for the translated article, and its breadcrumb', () => {
    const $ = loadPage(ARTICLES['004_c34021c74e7e4fa9.txt']);
    const meta = visibleText($, '.document-header .meta');
    expect(meta).toContain('新智元');
    expect(meta).toContain('3. November 2025, 08:20');
    // The source names no zone: the machine-readable form is the day alone.
    expect($('.document-header time').attr('datetime')).toBe('2025-11-03');
    expect(meta).toContain('Übersetzung aus dem Chinesischen');
    expect(visibleText($, '.source-note')).toContain('StartseiteArtikel');
  });

  it('says the translated article breaks off mid-sentence, after its last words', () => {
    const $ = loadPage(ARTICLES['004_c34021c74e7e4fa9.txt']);
    const prose = $('.prose p').last().text();
    expect(prose.endsWith('als in einer Notlage')).toBe(true);
    expect($('.prose').next('.truncation-note').text()).toMatch(/endet hier mitten im Satz/);
    expect(loadPage(ARTICLES['000_db88fdc0d8c3c3ba.txt'])('.truncation-note').length).toBe(0);
  });

  it('marks the editorial title and the unknown publisher of the untitled article', () => {
    const $ = loadPage(ARTICLES['000_db88fdc0d8c3c3ba.txt']);
    expect($('h1').text()).toMatch(/OpenAI/);
    expect($('.editorial-note').text()).toMatch(/Titel von der Redaktion/);
    expect(visibleText($, '.document-header .meta')).toMatch(/unbekannt – die Quelle nennt keinen Herausgeber/);
    expect(visibleText($, '.document-header .meta')).toContain('23. Januar 2023');
  });

  it('shows teaser lines as visibly distinct asides, not dropped', () => {
    const teasers = (url: string) => {
      const $ = loadPage(url);
      return $('.prose .teaser')
        .map((_, element) => $(element).text())
        .get();
    };
    expect(teasers(ARTICLES['000_db88fdc0d8c3c3ba.txt'])).toEqual(['Was ist ChatGPT?']);
    expect(teasers(ARTICLES['004_c34021c74e7e4fa9.txt'])).toEqual(['Weiterlesen: Altman: OpenAIs Börsengang ist unvermeidlich']);
  });
});

describe('every article', () => {
  const articles = [...readContentFiles(join(PROJECT, 'content')).articles];

  it.each(articles.map(([file]) => file))('%s links its raw source, served byte for byte from content/sources', (file) => {
    const text = new Map(articles).get(file)!;
    const source = /^source: "?([^"\n]+)"?$/m.exec(text)?.[1];
    expect(source, `${file} names its source`).toBeDefined();
    const raw = readFileSync(join(CONTENT_SOURCES, source!));
    const $ = loadPage(pathFor('de', { kind: 'document', slug: file.replace(/^.*\//, '').replace(/\.mdx$/, '') }));
    const href = $('.source-note a[type="text/plain"]').attr('href');
    expect(href).toBe(filePath({ kind: 'source', file: source! }));
    expect(readFileSync(fileForUrl(href!)!).equals(raw)).toBe(true);
  });
});
