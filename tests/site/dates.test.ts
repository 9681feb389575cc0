/**
 * Dates as apps read them, checked against the articles' frontmatter: both built feeds through a real feed
 * parser (feedparser), the JSON-LD datePublished and every <time datetime> of a document. A time goes out
 * only with the zone the frontmatter gives; otherwise the day alone (in feeds: its noon in UTC, see feedDate).
 */
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import FeedParser from 'feedparser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtPages, DIST, loadPage } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { siteUrl } from '../../src/routing/site-url.ts';
import { pathFor } from '../../src/routing/urls.ts';

interface Frontmatter {
  published?: string;
  timeZone?: string;
}

/** Each article's date fields by slug, read from content/articles/ as an editor wrote them. */
const frontmatter = new Map<string, Frontmatter>(
  readdirSync(join(PROJECT, 'content', 'articles'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(PROJECT, 'content', 'articles', name), 'utf8');
      return [name.slice(0, -4), parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as Frontmatter];
    }),
);
const slugOf = (url: string): string => new URL(url, siteUrl()).pathname.replace(/\/$/, '').split('/').pop()!;

/** "2025-11-03 08:20" for an instant as the clock in `timeZone` shows it. */
const clockIn = (instant: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(instant)
    .replace(',', '');

/** A machine-readable date (ISO 8601) as the frontmatter allows it: a zoned time at the same clock time, else the day alone. */
function expectIsoMatches(iso: string | undefined, data: Frontmatter, where: string): void {
  const { published, timeZone } = data;
  if (!published) return expect(iso, where).toBeUndefined();
  if (published.includes('T') && timeZone) {
    expect(iso, where).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(clockIn(new Date(iso!), timeZone), where).toBe(published.replace('T', ' '));
  } else expect(iso, where).toBe(published.slice(0, 10));
}

async function feedItems(lang: 'de' | 'en'): Promise<FeedParser.Item[]> {
  const items: FeedParser.Item[] = [];
  for await (const item of createReadStream(join(DIST, lang, 'feed.xml')).pipe(new FeedParser({}))) items.push(item);
  return items;
}

describe('feeds read by a feed parser', () => {
  it.each(['de', 'en'] as const)('every %s item has its article’s date, in the zone the frontmatter gives or as its day', async (lang) => {
    const items = await feedItems(lang);
    expect(items.length).toBe(lang === 'de' ? frontmatter.size : readdirSync(join(PROJECT, 'content', 'summaries')).length);
    for (const item of items) {
      const data = frontmatter.get(slugOf(item.link))!;
      expect(data, item.link).toBeDefined();
      // Every article here has a date, so every item must carry one.
      expect(data.published, item.link).toBeDefined();
      expect(item.pubdate, item.link).toBeInstanceOf(Date);
      const { published, timeZone } = data;
      if (published!.includes('T') && timeZone) expect(clockIn(item.pubdate!, timeZone), item.link).toBe(published!.replace('T', ' '));
      // A day alone (or a time without a zone) is the day's noon in UTC: the same day for readers from UTC−12 to UTC+11.
      else expect(item.pubdate!.toISOString(), item.link).toBe(`${published!.slice(0, 10)}T12:00:00.000Z`);
    }
  });
});

describe('dates in the pages', () => {
  it('JSON-LD datePublished of each article, and of the article each summary is based on', () => {
    for (const [slug, data] of frontmatter) {
      const article = JSON.parse(loadPage(pathFor('de', { kind: 'document', slug }))('head script[type="application/ld+json"]').html()!);
      expectIsoMatches(article.datePublished, data, `${slug} NewsArticle`);
      const summaryPage = builtPages().find((url) => url === pathFor('en', { kind: 'document', slug }));
      const $ = loadPage(summaryPage!);
      const summary = $('head script[type="application/ld+json"]').html();
      if (summary) expectIsoMatches(JSON.parse(summary).isBasedOn.datePublished, data, `${slug} Article.isBasedOn`);
    }
  });

  it('every <time> of a document (its page and its cards) in both languages', () => {
    let checked = 0;
    for (const url of builtPages()) {
      const $ = loadPage(url);
      $('.document-header time').each((_, time) => {
        expectIsoMatches($(time).attr('datetime'), frontmatter.get(slugOf(url))!, url);
        checked++;
      });
      $('.card').each((_, card) => {
        const time = $(card).find('time');
        if (!time.length) return;
        const link = $(card).find('h3 a').attr('href')!;
        expectIsoMatches(time.attr('datetime'), frontmatter.get(slugOf(link))!, `${url} card ${link}`);
        checked++;
      });
    }
    // Two article pages, two summary pages and the cards on both home pages at least.
    expect(checked).toBeGreaterThanOrEqual(4 * frontmatter.size);
  });
});
