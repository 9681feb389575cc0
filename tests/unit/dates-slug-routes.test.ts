import { describe, expect, it } from 'vitest';
import { compareNewestFirst, formatDay, parsePublicationDate } from '../../src/record/dates.ts';
import { slugify } from '../../src/record/slug.ts';
import { alternatesFor, counterpart, pathFor, shardFolder } from '../../src/routing/urls.ts';
import { countWords, readingMinutes } from '../../src/page/reading-time.ts';

describe('dates', () => {
  it('formats per locale', () => {
    const date = parsePublicationDate('2023-01-23');
    expect(formatDay(date, 'de-DE')).toBe('23. Januar 2023');
    expect(formatDay(date, 'en-GB')).toBe('23 January 2023');
    expect(parsePublicationDate('2025-11-03T08:20').time).toBe('08:20');
  });
  it('rejects impossible dates', () => {
    expect(() => parsePublicationDate('2025-13-01')).toThrow();
    expect(() => parsePublicationDate('3. November 2025')).toThrow();
  });
  it('sorts newest first, undated last', () => {
    expect(['2023-01-23', '', '2025-11-03T08:20'].sort(compareNewestFirst)).toEqual(['2025-11-03T08:20', '2023-01-23', '']);
  });
});

describe('slugify', () => {
  it('transliterates German and keeps ASCII', () => {
    expect(slugify('Größenordnungen für Öl & Gas')).toBe('groessenordnungen-fuer-oel-gas');
    expect(slugify('Ultraman und Nadella: Erstes Gespräch', 30)).toBe('ultraman-und-nadella-erstes');
  });

  it('ignores soft hyphens and zero-width characters inside words', () => {
    expect(slugify('Quanten\u00ADcomputer bricht Re\u00ADkord\u200B')).toBe('quantencomputer-bricht-rekord');
    expect(slugify('Wort\u200Dverbindung mit\u2060Joiner')).toBe('wortverbindung-mitjoiner');
  });
});

describe('routes', () => {
  it('pairs an article with its summary under one slug, in the folder its slug hashes to', () => {
    expect(shardFolder('x')).toBe('87');
    expect(pathFor('de', { kind: 'document', slug: 'x' })).toBe('/de/artikel/87/x/');
    expect(pathFor('en', { kind: 'document', slug: 'x' })).toBe('/en/summaries/87/x/');
    expect(alternatesFor({ ref: { kind: 'home' } }, 'https://example.org')).toEqual([
      { hreflang: 'de', href: 'https://example.org/de/' },
      { hreflang: 'en', href: 'https://example.org/en/' },
      { hreflang: 'x-default', href: 'https://example.org/' },
    ]);
  });

  it('switches a further home page to the other home, and pairs it with no page of the other language', () => {
    // The German list holds every article, the English one the summaries written so far: page 2 may exist in one only.
    expect(counterpart({ kind: 'home', page: 2 })).toEqual({ kind: 'home' });
    expect(counterpart({ kind: 'entity', id: 'x', page: 2 })).toEqual({ kind: 'entity', id: 'x', page: 2 });
    expect(alternatesFor({ lang: 'de', ref: { kind: 'home', page: 2 } }, 'https://example.org')).toEqual([
      { hreflang: 'de', href: 'https://example.org/de/seite/2/' },
      { hreflang: 'x-default', href: 'https://example.org/' },
    ]);
    expect(alternatesFor({ lang: 'en', ref: { kind: 'document', slug: 'x' } }, 'https://example.org').map((link) => link.hreflang)).toEqual(
      ['de', 'en', 'x-default'],
    );
  });
});

describe('reading time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Ein Satz – mit 3 Wörtern.')).toBe(5);
    expect(readingMinutes('wort '.repeat(1000))).toBe(5);
  });
});

describe('pagination', async () => {
  const { pageCount, pageSlice, pageWindow } = await import('../../src/page/pagination.ts');
  it('counts, slices and windows pages', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
    expect(pageSlice([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 640)).toEqual([1, null, 8, 9, 10, 11, 12, null, 640]);
    expect(pathFor('de', { kind: 'entity', id: 'x', page: 2 })).toBe('/de/entitaeten/x/2/');
    expect(pathFor('en', { kind: 'entity', id: 'x', page: 1 })).toBe('/en/entities/x/');
  });
});

describe('search state', async () => {
  const { readSearchState, searchParams, markedTerms, highlightUrl, fill, MAX_QUERY_LENGTH } = await import('../../src/search/state.ts');
  it('reads and writes the URL, cutting long queries', () => {
    const state = readSearchState(new URLSearchParams(`q=${'x'.repeat(500)}&all=1&type=article&sort=date&bogus=1`));
    expect(state.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(state.truncated).toBe(true);
    expect(state).toMatchObject({ across: true, filters: { type: 'article' }, sort: 'date' });
    expect(searchParams({ ...state, query: 'Größe' }).toString()).toBe('q=Gr%C3%B6%C3%9Fe&all=1&type=article&sort=date');
  });
  it('turns highlighted excerpt words into a text fragment', () => {
    expect(markedTerms('die <mark>Rechenleistung.</mark> und <mark>Rechenleistung</mark> &amp; <mark>Cloud-Partner</mark>')).toEqual([
      'Rechenleistung',
      'Cloud-Partner',
    ]);
    expect(highlightUrl('/de/artikel/x/', ['Cloud-Partner'])).toBe('/de/artikel/x/#:~:text=Cloud%2DPartner');
    expect(highlightUrl('/de/artikel/x/#abschnitt', ['KI'])).toBe('/de/artikel/x/#abschnitt:~:text=KI');
    expect(fill('{count} Treffer für „{query}“', { count: 3, query: '<b>' })).toBe('3 Treffer für „<b>“');
  });
});
