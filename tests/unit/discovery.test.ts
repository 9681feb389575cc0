/** URL parsing for the sitemap, noindex detection and the schema.org objects. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, pageForPath, pathFor, type PageRef } from '../../src/routing/urls.ts';
import { articleDate, parsePublicationDate } from '../../src/record/dates.ts';
import { ENTITY_KINDS } from '../../src/entities/kinds.ts';
import { SLUG_PATTERN } from '../../src/record/slug.ts';
import { isNoindex, sitemapLinks } from '../../src/routing/sitemap.ts';
import { entityThing, jsonLdText, newsArticle, openGraphLocale, openGraphType, summaryArticle } from '../../src/page/structured-data.ts';
import { FEED_ITEMS, inFeed, listedOnHome, type CatalogDocument } from '../../src/catalog/documents.ts';

/** A frontmatter date with its zone, as articleDate reads it. */
const zoned = (published: string, timeZone: string) => articleDate({ published, timeZone })!;

const slug = fc.stringMatching(SLUG_PATTERN);
const laterPage = fc.integer({ min: 2, max: 100_000 });
/** Every form of every route kind: a kind missing here is a type error, so a new kind cannot go untested. */
const PAGE_REFS: { [Kind in PageRef['kind']]: fc.Arbitrary<Extract<PageRef, { kind: Kind }>> } = {
  home: fc.oneof(
    fc.constant({ kind: 'home' as const }),
    laterPage.map((page) => ({ kind: 'home' as const, page })),
  ),
  document: slug.map((value) => ({ kind: 'document' as const, slug: value })),
  entities: fc.constant({ kind: 'entities' as const }),
  map: fc.constant({ kind: 'map' as const }),
  entity: fc.oneof(
    slug.map((id) => ({ kind: 'entity' as const, id })),
    fc.tuple(slug, laterPage).map(([id, page]) => ({ kind: 'entity' as const, id, page })),
  ),
  search: fc.constant({ kind: 'search' as const }),
  pending: fc.constant({ kind: 'pending' as const }),
  timeline: fc.constant({ kind: 'timeline' as const }),
  notFound: fc.constant({ kind: 'notFound' as const }),
  feed: fc.constant({ kind: 'feed' as const }),
};
const pageRef: fc.Arbitrary<PageRef> = fc.oneof(...Object.values(PAGE_REFS));

describe('pageForPath', () => {
  it('reads back every path pathFor writes, for every route kind', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), pageRef, (lang, ref) => {
        kinds.add(ref.kind);
        expect(pageForPath(pathFor(lang, ref))).toEqual({ lang, ref });
      }),
    );
    expect([...kinds].sort()).toEqual(Object.keys(PAGE_REFS).sort());
  });
  it('reads the chooser as the home without a language', () => {
    expect(pageForPath('/')).toEqual({ ref: { kind: 'home' } });
  });
  it('refuses paths outside the scheme, and other spellings of a page', () => {
    for (const path of [
      '/fr/',
      '/de/unbekannt/',
      '/de/artikel/x',
      '/de/artikel/',
      '/de/artikel/x/',
      '/de/artikel/00/x/',
      '/de/artikel/87/x',
      '/de/seite/1/',
      '/de/seite/zwei/',
      '/de/entitaeten/x/1/',
      '/en/artikel/x/',
      '/sources/a.txt',
      '/404.html',
    ]) {
      expect(pageForPath(path), path).toBeUndefined();
    }
  });
});

describe('sitemap', () => {
  it('gives a document the counterpart in the other language, not the same path', () => {
    expect(sitemapLinks('https://example.org/de/artikel/87/x/', new URL('https://example.org/'))).toEqual([
      { lang: 'de', url: 'https://example.org/de/artikel/87/x/' },
      { lang: 'en', url: 'https://example.org/en/summaries/87/x/' },
      { lang: 'x-default', url: 'https://example.org/' },
    ]);
  });
  it('fails on a URL it cannot pair, naming it', () => {
    expect(() => sitemapLinks('https://example.org/de/unbekannt/', new URL('https://example.org/'))).toThrow(
      'https://example.org/de/unbekannt/',
    );
  });
  it('finds a robots noindex meta in any attribute order, and only that', () => {
    expect(isNoindex('<meta charset="utf-8"><meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<meta content="noindex, follow" name="robots">')).toBe(true);
    expect(isNoindex('<meta name="robots" content="index, follow">')).toBe(false);
    expect(isNoindex('<meta name="description" content="noindex is a word here">')).toBe(false);
  });
});

describe('structured data', () => {
  const article = {
    url: 'https://example.org/de/artikel/x/',
    headline: 'Titel',
    description: 'Lede',
    published: zoned('2025-11-03T08:20', 'Europe/Berlin'),
    publisher: 'heise online',
  };

  it('describes an article as a NewsArticle in German with the date and its offset', () => {
    expect(newsArticle(article)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Titel',
      description: 'Lede',
      inLanguage: 'de',
      url: 'https://example.org/de/artikel/x/',
      datePublished: '2025-11-03T08:20+01:00',
      publisher: { '@type': 'Organization', name: 'heise online' },
      isAccessibleForFree: true,
    });
  });
  it('names no publisher when the source names none, and no date when it has none', () => {
    const data = newsArticle({ ...article, publisher: 'unknown', published: undefined });
    expect(data).not.toHaveProperty('publisher');
    expect(data).not.toHaveProperty('datePublished');
  });
  it('describes a summary as an English Article based on the German one', () => {
    const data = summaryArticle({
      url: 'https://example.org/en/summaries/x/',
      headline: 'Title',
      description: 'Point',
      original: { url: article.url, headline: 'Titel', published: parsePublicationDate('2023-01-23') },
    });
    expect(data).toMatchObject({
      '@type': 'Article',
      inLanguage: 'en',
      isBasedOn: { '@type': 'NewsArticle', url: article.url, inLanguage: 'de', datePublished: '2023-01-23' },
    });
    expect(data).not.toHaveProperty('datePublished');
  });
  it('types each entity kind', () => {
    const types = ENTITY_KINDS.map((kind) => entityThing({ url: 'u', kind, name: 'n', description: 'd' })['@type']);
    expect(types).toEqual(['Person', 'Organization', 'GovernmentOrganization', 'Product', 'Service', 'Place']);
  });
  it('is an article for Open Graph only for articles and summaries', () => {
    expect(openGraphType(newsArticle(article))).toBe('article');
    expect(openGraphType(entityThing({ url: 'u', kind: 'person', name: 'n', description: 'd' }))).toBe('website');
    expect(openGraphType(undefined)).toBe('website');
    expect(openGraphLocale('de-DE')).toBe('de_DE');
  });
  it('cannot close its script element early, and still parses to the same text', () => {
    const headline = 'Ende</script><script>alert(1)</script> <!-- x';
    const text = jsonLdText(newsArticle({ ...article, headline }));
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe(headline);
  });
});

describe('feeds', () => {
  it('carry the newest of what each home lists, FEED_ITEMS at most', () => {
    // 120 documents newest first; every third has no summary yet.
    const documents = Array.from(
      { length: 120 },
      (_, index) => ({ slug: `d${index}`, ...(index % 3 === 0 ? {} : { summary: {} }) }) as unknown as CatalogDocument,
    );
    expect(inFeed(documents, 'de').map(({ slug }) => slug)).toEqual(documents.slice(0, FEED_ITEMS).map(({ slug }) => slug));
    const english = inFeed(documents, 'en');
    expect(english).toHaveLength(FEED_ITEMS);
    expect(english).toEqual(listedOnHome(documents, 'en').slice(0, FEED_ITEMS));
    expect(english.every((document) => document.summary)).toBe(true);
    expect(inFeed(documents.slice(0, 5), 'de')).toHaveLength(5);
  });
});
