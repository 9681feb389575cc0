/**
 * The search bundles as built (rewritten by scripts/search/pagefind-rewrite.ts for a lighter first search)
 * answer queries as Pagefind's own bundles of the same pages do. Pagefind loads one word chunk per term
 * (and its stem) and completes the term only with the words in it, so an index kept in one chunk gives
 * its full answers; the built bundle must match those at least as often as Pagefind's own chunks do
 * (on this site Pagefind writes one chunk, so always). Runs Pagefind's browser code in Node.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'cbor-x';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/routing/urls.ts';
import { removeMarks } from '../../scripts/search/compound-marks.ts';
import { decodeMeta, decodeWordChunk, type Meta } from '../../scripts/search/pagefind-bundle.ts';
import { buildSearchBundle, type BuiltBundle } from '../../scripts/search/bundles.ts';
import { DIST } from '../helpers/dist.ts';
import { loadBundle, unloadBundles, type PagefindModule, type PagefindResult } from '../helpers/pagefind-node.ts';

const own = mkdtempSync(join(tmpdir(), 'pagefind-own-'));
const built = (lang: Lang) => join(DIST, 'pagefind', lang);

interface Side {
  dir: string;
  meta: Meta;
  search: PagefindModule['search'];
}
const sides = {} as Record<Lang, { own: Side; built: Side; whole: Side; indexed: BuiltBundle }>;

function readMeta(dir: string): Meta {
  const name = readdirSync(dir).find((file) => file.endsWith('.pf_meta'))!;
  return decodeMeta(readFileSync(join(dir, name)), name);
}

async function side(dir: string, host: string): Promise<Side> {
  const module = await loadBundle(dir, host);
  return { dir, meta: readMeta(dir), search: (query) => module.search(query) };
}

/** Every word Pagefind indexed (stems, and the spellings with diacritics stored beside them). */
function indexedWords(dir: string, meta: Meta): string[] {
  const words = new Set<string>();
  for (const [, , hash] of meta[2]) {
    const path = join(dir, 'index', `${hash}.pf_index`);
    for (const { word, bytes } of decodeWordChunk(readFileSync(path), path)) {
      words.add(word);
      const [, , variants] = decode(bytes) as [string, unknown[], [string, ...unknown[]][]];
      for (const [variant] of variants) words.add(variant);
    }
  }
  return [...words];
}

beforeAll(async () => {
  for (const lang of LANGS) {
    const indexed = await buildSearchBundle(DIST, lang, join(own, lang), { rewrite: false });
    await buildSearchBundle(DIST, lang, join(own, `${lang}-whole`), { chunkBytes: Infinity });
    sides[lang] = {
      indexed,
      own: await side(join(own, lang), `own-${lang}.local`),
      built: await side(built(lang), `built-${lang}.local`),
      whole: await side(join(own, `${lang}-whole`), `whole-${lang}.local`),
    };
  }
  await pagefind.close();
}, 120_000);
afterAll(() => {
  unloadBundles();
  rmSync(own, { recursive: true, force: true });
});

/** A result as page number (the same in both bundles) and score. */
const ranked = (meta: Meta, results: PagefindResult[]) =>
  results.map((result) => [meta[1].findIndex((page) => page[0] === result.id), result.score]);

describe.each(LANGS)('the %s bundle', (lang) => {
  it('finds the pages of a one-chunk index, in its order and with its scores, for every indexed word, its beginnings and some phrases', async () => {
    const { own: ownSide, built: builtSide, whole } = sides[lang];
    const words = indexedWords(ownSide.dir, ownSide.meta);
    // What a reader has typed on the way to a word: Pagefind completes the last word of a query.
    const beginnings = words.flatMap((word) =>
      [1, 2, 3, 4, 5].filter((length) => length < word.length).map((length) => word.slice(0, length)),
    );
    const queries = [
      ...new Set([...words, ...beginnings, 'Microsoft OpenAI', 'Sam Altman', '"Microsoft und OpenAI"', 'Rechenleistung Azure']),
    ];
    expect(queries.length).toBeGreaterThan(500);
    const unlike = { built: [] as string[], own: [] as string[] };
    for (const query of queries) {
      const [mine, theirs, full] = await Promise.all([builtSide.search(query), ownSide.search(query), whole.search(query)]);
      const answer = JSON.stringify(ranked(whole.meta, full.results));
      if (JSON.stringify(ranked(builtSide.meta, mine.results)) !== answer) unlike.built.push(query);
      if (JSON.stringify(ranked(ownSide.meta, theirs.results)) !== answer) unlike.own.push(query);
    }
    console.log(
      `${lang}: ${queries.length} queries; unlike one chunk: built ${unlike.built.length}, Pagefind's own chunks ${unlike.own.length}`,
    );
    expect(unlike.built.length, unlike.built.slice(0, 20).join(', ')).toBeLessThanOrEqual(unlike.own.length);
  }, 300_000);

  it('shows the same excerpts, sub-results and titles', async () => {
    const { own: ownSide, built: builtSide, indexed } = sides[lang];
    const unmark = (text: string) => (indexed.markers ? removeMarks(text, indexed.markers) : text);
    for (const query of ['Microsoft', 'OpenAI', 'Rechenzentren', 'Nadella', 'Partnerschaft', 'summary', 'Azure']) {
      const [mine, theirs] = await Promise.all([builtSide.search(query), ownSide.search(query)]);
      for (const [i, result] of mine.results.slice(0, 5).entries()) {
        const [a, b] = await Promise.all([result.data(), theirs.results[i]!.data()]);
        expect(a.url).toBe(b.url);
        expect(a.excerpt, `${query} ${a.url}`).toBe(unmark(b.excerpt));
        expect(a.meta).toEqual(JSON.parse(unmark(JSON.stringify(b.meta))));
        expect(a.sub_results).toEqual(JSON.parse(unmark(JSON.stringify(b.sub_results))));
      }
    }
  });

  it('holds every file its metadata names and no other', () => {
    const { meta } = sides[lang].built;
    const named = [
      ...meta[1].map(([hash]) => join('fragment', `${hash}.pf_fragment`)),
      ...meta[2].map(([, , hash]) => join('index', `${hash}.pf_index`)),
      ...meta[3].map(([, hash]) => join('filter', `${hash}.pf_filter`)),
    ];
    for (const file of named) expect(existsSync(join(built(lang), file)), file).toBe(true);
    const present = readdirSync(built(lang), { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.pf_(fragment|index|filter)$/.test(file),
    );
    expect(present.sort()).toEqual([...new Set(named)].sort());
  });
});
