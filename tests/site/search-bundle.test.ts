/**
 * The search bundles as built (scripts/search/pagefind-rewrite.ts) answer every query as Pagefind's own
 * bundle of the same pages does, with excerpts free of compound marks; so does the bundle the index step
 * writes when the rewrite's format check fails (PAGEFIND_REWRITE_CHECK=fail), which keeps Pagefind's own
 * file layout and warns. Runs Pagefind's browser code in Node.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'cbor-x';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGS, type Lang } from '../../src/routing/urls.ts';
import { removeMarks } from '../../scripts/search/compound-marks.ts';
import { decodeMeta, type Meta, unpack } from '../../scripts/search/pagefind-bundle.ts';
import { buildSearchBundle, type BuiltBundle } from '../../scripts/search/bundles.ts';
import { FORCE_FALLBACK_VARIABLE } from '../../scripts/search/pagefind-rewrite.ts';
import { DIST } from '../helpers/dist.ts';
import { fragmentsByUrl, loadBundle, unloadBundles, type PagefindModule, type PagefindResult } from '../helpers/pagefind-node.ts';

const own = mkdtempSync(join(tmpdir(), 'pagefind-own-'));
const built = (lang: Lang) => join(DIST, 'pagefind', lang);

interface Side {
  dir: string;
  meta: Meta;
  search: PagefindModule['search'];
}
const sides = {} as Record<Lang, { own: Side; built: Side; fallback: Side; whole: Side; indexed: BuiltBundle; warnings: string[] }>;

function readMeta(dir: string): Meta {
  const name = readdirSync(dir).find((file) => file.endsWith('.pf_meta'))!;
  return decodeMeta(unpack(readFileSync(join(dir, name)), name));
}

async function side(dir: string, host: string): Promise<Side> {
  const module = await loadBundle(dir, host);
  return { dir, meta: readMeta(dir), search: (query) => module.search(query) };
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

/** Every word Pagefind indexed (stems, and the spellings with diacritics stored beside them). */
function indexedWords(dir: string, meta: Meta): string[] {
  const words = new Set<string>();
  for (const [, , hash] of meta[2]) {
    const path = join(dir, 'index', `${hash}.pf_index`);
    const [entries] = decode(unpack(readFileSync(path), path)) as [[string, unknown[], [string, ...unknown[]][]][]];
    for (const [word, , variants] of entries) {
      words.add(word);
      for (const [variant] of variants) words.add(variant);
    }
  }
  return [...words];
}

beforeAll(async () => {
  for (const lang of LANGS) {
    // Without onlyBodies a bundle is always made.
    const indexed = (await buildSearchBundle(DIST, lang, join(own, lang), { rewrite: false }))!;
    // The index step as the build runs it, with the rewrite's format check forced to fail.
    process.env[FORCE_FALLBACK_VARIABLE] = 'fail';
    const warnings: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((message: unknown) => warnings.push(String(message)));
    try {
      await buildSearchBundle(DIST, lang, join(own, `${lang}-fallback`));
    } finally {
      delete process.env[FORCE_FALLBACK_VARIABLE];
      warn.mockRestore();
    }
    await buildSearchBundle(DIST, lang, join(own, `${lang}-whole`), { rewrite: false, chunkLocations: 1e9 });
    sides[lang] = {
      indexed,
      warnings,
      own: await side(join(own, lang), `own-${lang}.local`),
      built: await side(built(lang), `built-${lang}.local`),
      fallback: await side(join(own, `${lang}-fallback`), `fallback-${lang}.local`),
      whole: await side(join(own, `${lang}-whole`), `whole-${lang}.local`),
    };
  }
  await pagefind.close();
}, 180_000);
afterAll(() => {
  unloadBundles();
  rmSync(own, { recursive: true, force: true });
});

/** A result as page number (the same in both bundles) and score. */
const ranked = (meta: Meta, results: PagefindResult[]) =>
  results.map((result) => [meta[1].findIndex((page) => page[0] === result.id), result.score]);

describe.each(LANGS)('the %s bundle', (lang) => {
  it('answers every indexed word, its beginnings and some phrases as Pagefind’s own bundle does, also in the fallback layout', async () => {
    const { own: ownSide, built: builtSide, fallback, whole } = sides[lang];
    const words = indexedWords(ownSide.dir, ownSide.meta);
    // What a reader has typed on the way to a word: Pagefind completes the last word of a query.
    const beginnings = words.flatMap((word) =>
      [1, 2, 3, 4, 5].filter((length) => length < word.length).map((length) => word.slice(0, length)),
    );
    const queries = [
      ...new Set([...words, ...beginnings, 'Microsoft OpenAI', 'Sam Altman', '"Microsoft und OpenAI"', 'Rechenleistung Azure']),
    ];
    expect(queries.length).toBeGreaterThan(500);
    const unlike = { built: [] as string[], fallback: [] as string[], whole: 0 };
    let answered = 0;
    for (const query of queries) {
      const [mine, back, theirs, full] = await Promise.all([builtSide, fallback, ownSide, whole].map((bundle) => bundle.search(query)));
      const answer = JSON.stringify(ranked(ownSide.meta, theirs!.results));
      if (JSON.stringify(ranked(builtSide.meta, mine!.results)) !== answer) unlike.built.push(query);
      if (JSON.stringify(ranked(fallback.meta, back!.results)) !== answer) unlike.fallback.push(query);
      if (JSON.stringify(ranked(whole.meta, full!.results)) !== answer) unlike.whole += 1;
      if (theirs!.results.length > 0) answered += 1;
    }
    // Pagefind completes a term only with the words of the chunks it loaded: an index in one chunk can find more.
    console.log(`${lang}: ${queries.length} queries, ${answered} answered; Pagefind's chunks answer ${unlike.whole} unlike one chunk`);
    // Every indexed word finds its pages, so an empty bundle cannot pass.
    expect(answered).toBeGreaterThanOrEqual(words.length);
    expect(unlike.built, unlike.built.slice(0, 20).join(', ')).toEqual([]);
    expect(unlike.fallback, unlike.fallback.slice(0, 20).join(', ')).toEqual([]);
  }, 300_000);

  it('shows the excerpts, sub-results and titles of Pagefind’s own bundle without compound marks, also in the fallback layout', async () => {
    const { own: ownSide, built: builtSide, fallback, indexed } = sides[lang];
    const markers = sides.de.indexed.markers!;
    expect(markers).toBeDefined();
    const unmark = (text: string) => (indexed.markers ? removeMarks(text, indexed.markers) : text);
    const queries =
      lang === 'de'
        ? ['Microsoft', 'OpenAI', 'Rechenzentren', 'Leistung', 'Nadella', 'Partnerschaft', 'Azure']
        : ['Microsoft', 'OpenAI', 'Nadella', 'Azure', 'partnership'];
    for (const query of queries) {
      const [mine, back, theirs] = await Promise.all([builtSide.search(query), fallback.search(query), ownSide.search(query)]);
      expect(theirs.results.length, query).toBeGreaterThan(0);
      for (const results of [mine.results, back.results]) {
        expect(results.map((result) => result.score)).toEqual(theirs.results.map((result) => result.score));
        for (const [i, result] of results.slice(0, 5).entries()) {
          const [a, b] = await Promise.all([result.data(), theirs.results[i]!.data()]);
          const shown = JSON.stringify([a.excerpt, a.meta, a.sub_results]);
          expect(shown.includes(markers.boundary) || shown.includes(markers.filler), `${query} ${a.url}: ${shown}`).toBe(false);
          expect(a.url).toBe(b.url);
          expect(a.excerpt, `${query} ${a.url}`).toBe(unmark(b.excerpt));
          expect(a.meta).toEqual(JSON.parse(unmark(JSON.stringify(b.meta))));
          expect(a.sub_results).toEqual(JSON.parse(unmark(JSON.stringify(b.sub_results))));
        }
      }
    }
  });

  it('names files by position when the format check passes, holding every file its metadata names and no other', () => {
    const { meta } = sides[lang].built;
    const named = [
      ...meta[1].map(([hash, , group]) => join('fragment', `${group || hash}.pf_fragment`)),
      ...meta[2].map(([, , hash]) => join('index', `${hash}.pf_index`)),
      ...meta[3].map(([, hash]) => join('filter', `${hash}.pf_filter`)),
    ];
    expect(meta[2].length).toBeGreaterThan(1);
    expect(meta[2].every(([, , hash], i) => hash.endsWith(`/${i}`))).toBe(true);
    const present = files(built(lang)).filter((file) => /\.pf_(fragment|index|filter)$/.test(file));
    expect(present).toEqual([...new Set(named)].sort());
  });

  it('keeps Pagefind’s own layout when the format check fails, with one warning naming the file, and no marks in any fragment', () => {
    const { warnings, fallback, own: ownSide, indexed } = sides[lang];
    const metaFile = readdirSync(ownSide.dir).find((file) => file.endsWith('.pf_meta'))!;
    expect(warnings).toEqual([
      expect.stringContaining(`WARNING ${join(fallback.dir, metaFile)}: round trip forced to fail by PAGEFIND_REWRITE_CHECK=fail`),
    ]);
    expect(files(fallback.dir)).toEqual(files(ownSide.dir));
    const fragments = [...fragmentsByUrl(fallback.dir).values()];
    expect(fragments.length).toBe(ownSide.meta[1].length);
    if (indexed.markers) {
      const { boundary, filler } = indexed.markers;
      expect(
        fragments.filter((fragment) => JSON.stringify(fragment).includes(boundary) || JSON.stringify(fragment).includes(filler)),
      ).toEqual([]);
      // The marks were there to remove: Pagefind's own bundle has them.
      expect([...fragmentsByUrl(ownSide.dir).values()].some((fragment) => fragment.content.includes(boundary))).toBe(true);
    }
  });
});
