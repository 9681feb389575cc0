/** The URLs of the files beside the pages and of the places inside pages: one writer, and its inverse, per kind. */
import { describe, expect, it } from 'vitest';
import { fileForPath, filePath, isSearchFile, shardFolder, siteFile, type FileRef } from '../../src/routing/urls.ts';
import { paragraphPath, statementPath } from '../../src/routing/anchors.ts';
import { documentRoute } from '../../src/data/page-locals.ts';
import type { Route } from '../../src/data/routes.ts';

/** One reference of each kind, with the path the site serves it at (the base path is "/" here). */
const FILES: [FileRef, string][] = [
  [{ kind: 'entityNames', lang: 'de' }, '/de/entity-answers.json'],
  [{ kind: 'entityCard', lang: 'en', id: 'sam-altman' }, '/en/entity-answers/sam-altman.json'],
  [{ kind: 'source', file: '004_c34021c74e7e4fa9.txt' }, '/sources/7c/004_c34021c74e7e4fa9.txt'],
  [{ kind: 'font', file: 'cjk-400-4bbc7d11237e.woff2' }, '/fonts/cjk-400-4bbc7d11237e.woff2'],
  [{ kind: 'searchBundle', lang: 'de' }, '/pagefind/de/'],
  [{ kind: 'searchBundle', lang: 'en', file: 'fragment/en_1.pf_fragment' }, '/pagefind/en/fragment/en_1.pf_fragment'],
  [{ kind: 'searchParts', lang: 'de' }, '/pagefind/de/parts.json'],
  [{ kind: 'favicon' }, '/favicon.svg'],
  [{ kind: 'robots' }, '/robots.txt'],
  [{ kind: 'sitemapIndex' }, '/sitemap-index.xml'],
];

describe('files beside the pages', () => {
  it('filePath writes each kind under the base path; siteFile is the same path inside dist/', () => {
    expect(FILES.map(([ref]) => filePath(ref))).toEqual(FILES.map(([, path]) => path));
    expect(FILES.map(([ref]) => siteFile(ref))).toEqual(FILES.map(([, path]) => path.slice(1)));
  });

  it('fileForPath reads every path back to its reference', () => {
    expect(FILES.map(([, path]) => fileForPath(path))).toEqual(FILES.map(([ref]) => ref));
  });

  it('fileForPath names no file for pages, empty names or other forms', () => {
    const notFiles = [
      '/',
      '/de/',
      '/de/artikel/x/',
      '/sources/',
      '/sources/004_c34021c74e7e4fa9.txt',
      '/sources/00/004_c34021c74e7e4fa9.txt',
      '/fonts/',
      '/de/entity-answers/.json',
      '/pagefind/fr/x.js',
      '/x/robots.txt',
    ];
    expect(notFiles.map(fileForPath)).toEqual(notFiles.map(() => undefined));
  });

  it('isSearchFile: the Pagefind bundles and the entity answers, nothing a reading page loads', () => {
    expect(FILES.filter(([, path]) => isSearchFile(path)).map(([ref]) => ref.kind)).toEqual([
      'entityNames',
      'entityCard',
      'searchBundle',
      'searchBundle',
      'searchParts',
    ]);
  });

  it("a shard's bundle lies in a folder of its own inside the language's, and is a search file", () => {
    const path = filePath({ kind: 'searchBundle', lang: 'de', part: 'documents-2-of-4', file: 'pagefind.js' });
    expect(path).toBe('/pagefind/de/documents-2-of-4/pagefind.js');
    expect(isSearchFile(path)).toBe(true);
  });
});

describe('folders of documents and sources', () => {
  it("keeps every folder far below the hosts' limit of entries (Netlify: 54,000) at 100,000 articles", () => {
    const perFolder = new Map<string, number>();
    for (let number = 0; number < 100_000; number += 1) {
      const folder = shardFolder(`artikel-${number}`);
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    expect(perFolder.size).toBe(256);
    expect(Math.max(...perFolder.values())).toBeLessThan(500);
  });
});

describe('anchors', () => {
  it('a German paragraph and an English statement, each on its page', () => {
    expect(paragraphPath('x', 3)).toBe('/de/artikel/87/x/#p-3');
    expect(statementPath('x', { id: 'kp-2' })).toBe('/en/summaries/87/x/#kp-2');
  });
});

describe('documentRoute (components inside MDX read their page from Astro.locals)', () => {
  const article = { kind: 'article', lang: 'de', document: { slug: 'x' } } as Route;
  const locals = (route: Route | undefined): App.Locals => ({ route, fontFaces: [], fontStylesheet: undefined });

  it('gives the article page its route', () => {
    expect(documentRoute(locals(article), 'article', 'x', 'ParagraphLinks')).toBe(article);
  });

  it('fails naming the component on another page, another article or no page', () => {
    for (const route of [{ kind: 'search', lang: 'de' } as Route, article, undefined]) {
      expect(() => documentRoute(locals(route), route === article ? 'summary' : 'article', 'x', 'CiteSources')).toThrow(
        /<CiteSources article="x"> is rendered outside the (article|summary) page of "x"/,
      );
    }
    expect(() => documentRoute(locals(article), 'article', 'y', 'ParagraphLinks')).toThrow(/<ParagraphLinks article="y">/);
  });
});
