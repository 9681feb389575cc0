/** The story's navigation as pure logic: breadcrumb trails and their JSON-LD, neighbours in time, event dates under their year. */
import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from '../../src/page/breadcrumbs.ts';
import { breadcrumbList } from '../../src/page/structured-data.ts';
import { storyNeighbours } from '../../src/catalog/neighbours.ts';
import type { CatalogDocument } from '../../src/catalog/documents.ts';
import { formatEventDate, formatEventDateInYear, parseEventDate } from '../../src/record/event-dates.ts';
import type { Lang } from '../../src/routing/urls.ts';

describe('breadcrumbTrail', () => {
  const names = { title: 'Der Titel', entity: 'Sam Altman' };
  const trail = (lang: Lang, ref: Parameters<typeof breadcrumbTrail>[1]) =>
    breadcrumbTrail(lang, ref, names).map(({ name, path }) => `${name} ${path}`);

  it('has no trail on the home page and the not-found page', () => {
    expect(trail('de', { kind: 'home' })).toEqual([]);
    expect(trail('en', { kind: 'home', page: 1 })).toEqual([]);
    expect(trail('de', { kind: 'notFound' })).toEqual([]);
  });

  it('leads from the home page to the page itself, in the page language', () => {
    expect(trail('de', { kind: 'document', slug: 'x' })).toEqual(['Start /de/', 'Der Titel /de/artikel/87/x/']);
    expect(trail('en', { kind: 'document', slug: 'x' })).toEqual(['Home /en/', 'Der Titel /en/summaries/87/x/']);
    expect(trail('de', { kind: 'timeline' })).toEqual(['Start /de/', 'Der Titel /de/chronik/']);
    expect(trail('en', { kind: 'map' })).toEqual(['Home /en/', 'Der Titel /en/map/']);
    expect(trail('de', { kind: 'home', page: 3 })).toEqual(['Start /de/', 'Seite 3 /de/seite/3/']);
  });

  it('puts an entity below the index, and its further pages below the entity', () => {
    expect(trail('de', { kind: 'entity', id: 'sam-altman' })).toEqual([
      'Start /de/',
      'Register /de/entitaeten/',
      'Sam Altman /de/entitaeten/sam-altman/',
    ]);
    expect(trail('en', { kind: 'entity', id: 'sam-altman', page: 2 })).toEqual([
      'Home /en/',
      'Index /en/entities/',
      'Sam Altman /en/entities/sam-altman/',
      'Page 2 /en/entities/sam-altman/2/',
    ]);
    expect(() => breadcrumbTrail('en', { kind: 'entity', id: 'x' }, { title: 'X (page 1 of 2)' })).toThrow(
      /entity "x" needs the entity's name/,
    );
  });
});

describe('breadcrumbList', () => {
  it('numbers the steps from 1 and names each with its absolute URL', () => {
    expect(
      breadcrumbList([
        { name: 'Start', url: 'https://example.org/de/' },
        { name: 'Chronik', url: 'https://example.org/de/chronik/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Start', item: 'https://example.org/de/' },
        { '@type': 'ListItem', position: 2, name: 'Chronik', item: 'https://example.org/de/chronik/' },
      ],
    });
  });
});

describe('storyNeighbours', () => {
  /** A document as getDocuments gives it; `summary` names the English title when there is one. */
  const doc = (slug: string, published: string | undefined, summary?: string): CatalogDocument =>
    ({
      slug,
      article: { data: { title: `Artikel ${slug}`, ...(published ? { published } : {}) } },
      ...(summary ? { summary: { data: { title: summary } } } : {}),
    }) as unknown as CatalogDocument;
  // Newest first, undated last, as getDocuments sorts them.
  const documents = [
    doc('e', '2025-11-03T08:20', 'Summary e'),
    doc('d', '2025-06-01'),
    doc('c', '2024-02-29', 'Summary c'),
    doc('b', '2023-01-23'),
    doc('a', '2019-07-22', 'Summary a'),
    doc('z', undefined),
  ];
  const listed = (lang: Lang) => (lang === 'de' ? documents : documents.filter((document) => document.summary));
  const neighbours = storyNeighbours(documents, listed);
  const slugs = (lang: Lang, slug: string) => {
    const { earlier, later } = neighbours(lang, slug);
    return [earlier?.slug, later?.slug];
  };

  it('gives a German article the German articles published before and after it', () => {
    expect(slugs('de', 'e')).toEqual(['d', undefined]);
    expect(slugs('de', 'c')).toEqual(['b', 'd']);
    expect(slugs('de', 'a')).toEqual(['z', 'b']);
    expect(slugs('de', 'z')).toEqual([undefined, 'a']);
    expect(neighbours('de', 'c').later).toEqual({ slug: 'd', title: 'Artikel d', published: { year: 2025, month: 6, day: 1 } });
  });

  it('gives an English page the nearest summaries, stepping past articles without one', () => {
    expect(slugs('en', 'e')).toEqual(['c', undefined]);
    expect(slugs('en', 'c')).toEqual(['a', 'e']);
    expect(slugs('en', 'a')).toEqual([undefined, 'c']);
    expect(neighbours('en', 'c').earlier?.title).toBe('Summary a');
  });

  it('places a "summary pending" page among the summaries by its article date', () => {
    expect(slugs('en', 'd')).toEqual(['c', 'e']);
    expect(slugs('en', 'b')).toEqual(['a', 'c']);
    expect(slugs('en', 'z')).toEqual([undefined, 'a']);
  });

  it('names an unknown document', () => {
    expect(() => neighbours('de', 'nowhere')).toThrow(/"nowhere" is no article in content\/articles\//);
  });
});

describe('event dates under their year', () => {
  it('leaves the year to the heading', () => {
    expect(formatEventDateInYear(parseEventDate('2019'), 'de-DE')).toBeUndefined();
    expect(formatEventDateInYear(parseEventDate('2022-11'), 'de-DE')).toBe('November');
    expect(formatEventDateInYear(parseEventDate('2023-01-23'), 'de-DE')).toBe('23. Januar');
    expect(formatEventDateInYear(parseEventDate('2023-01-23'), 'en-GB')).toBe('23 January');
    // Elsewhere (an entity's events) the date keeps its year: the two formats do not share a cached formatter.
    expect(formatEventDate(parseEventDate('2023-01-23'), 'en-GB')).toBe('23 January 2023');
  });
});
