/**
 * node scripts/bench/search-bundles.ts <site> <query,query,…>
 * One German search bundle over the merged site against one bundle per shard joined in the browser with
 * Pagefind's mergeIndex: indexing time and peak memory, first-search bytes, and how far the merged results
 * differ from the single bundle's. <site> is a sharded build kept by `npm run bench -- --shards N --keep`
 * (its dist/ and .shards/<name>/dist/).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { chromiumBinary, freePort } from '../browser/chromium.ts';
import { SHARDS_DIR } from '../shards/plan.ts';
import { median, runMeasured } from './measure.ts';
import { sentBytes } from './search-speed.ts';
import { PAGEFIND_SEARCH_OPTIONS } from '../../src/search/state.ts';

const [site, queryList] = process.argv.slice(2);
if (!site || !queryList) throw new Error('usage: node scripts/bench/search-bundles.ts <site> <query,query,…>');
const queries = queryList.split(',');
const LANG = 'de';
const dist = join(site, 'dist');
const INDEXER = join(import.meta.dirname, 'index-bundle.ts');
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Indexes `from`'s German pages into dist/<folder>/, measured. */
async function index(from: string, folder: string) {
  rmSync(join(dist, folder), { recursive: true, force: true });
  const run = await runMeasured(site!, [INDEXER, from, LANG, join(dist, folder)]);
  return { folder, seconds: run.seconds, peakBytes: run.peakBytes, pages: Number(/(\d+) pages/.exec(run.output)?.[1]) };
}

const single = await index(dist, 'bench-single/de');
const shardNames = readdirSync(join(site, SHARDS_DIR), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  // A shard that wrote no German page has no German bundle.
  .filter((name) => existsSync(join(site, SHARDS_DIR, name, 'dist', LANG)))
  .sort();
const perShard = [];
for (const name of shardNames) perShard.push(await index(join(site, SHARDS_DIR, name, 'dist'), `bench-shards/${LANG}/${name}`));
// A shard with no searchable German page (a catalog shard) makes no bundle, as in the build.
const bundles = perShard.filter((shard) => shard.pages > 0);

/** How many of the single bundle's best results are read, to place the merged top ten in its ranking. */
const RANKED = 100;

interface Found {
  bytes: number;
  count: number;
  /** The best results' URLs and scores, best first: RANKED of them, of which the first ten are shown. */
  top: { url: string; score: number }[];
}

const port = await freePort();
const server = await preview({ root: site, server: { port, host: '127.0.0.1' }, logLevel: 'error' });
const browser = await chromium.launch(await chromiumBinary());
/** A first search on a fresh page with the bundles at `bases` (the first loaded, the others merged into it). */
async function search(bases: string[], query: string): Promise<Found> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    // Any page of the site serves as the origin; the search runs in its window, as the search page's script does.
    await page.goto(`http://127.0.0.1:${port}/404.html`);
    fetched.length = 0;
    // The first ten results' pages, as the search page shows them: what a first search fetches.
    const shown = await page.evaluate(
      async ({ bases, query, options }) => {
        type Result = { score: number; data(): Promise<{ url: string }> };
        const pagefind = await import(`${bases[0]}pagefind.js`);
        await pagefind.options({ basePath: bases[0], noWorker: true, ...options });
        await pagefind.init();
        await Promise.all(bases.slice(1).map((base) => pagefind.mergeIndex(base, options)));
        const { results } = (await pagefind.search(query)) as { results: Result[] };
        (window as unknown as { found: Result[] }).found = results;
        const top = await Promise.all(results.slice(0, 10).map(async (found) => ({ url: (await found.data()).url, score: found.score })));
        return { count: results.length, top };
      },
      { bases, query, options: PAGEFIND_SEARCH_OPTIONS },
    );
    await page.waitForLoadState('networkidle');
    const bytes = fetched
      .filter((path) => path.startsWith('/bench-'))
      .reduce((sum, path) => sum + sentBytes(readFileSync(join(dist, path))), 0);
    // Then the rest of the RANKED best, only to place results in the ranking.
    const rest = await page.evaluate(async (ranked) => {
      const { found } = window as unknown as { found: { score: number; data(): Promise<{ url: string }> }[] };
      return Promise.all(found.slice(10, ranked).map(async (result) => ({ url: (await result.data()).url, score: result.score })));
    }, RANKED);
    const result = { count: shown.count, top: [...shown.top, ...rest] };
    return { ...result, bytes };
  } finally {
    await context.close();
  }
}

const rows: { query: string; single: Found; merged: Found }[] = [];
try {
  for (const query of queries) {
    rows.push({
      query,
      single: await search([`/bench-single/${LANG}/`], query),
      merged: await search(
        bundles.map((bundle) => `/${bundle.folder}/`),
        query,
      ),
    });
  }
} finally {
  await browser.close();
  await server.stop();
}

const topTen = (found: Found) => found.top.slice(0, 10).map(({ url }) => url);
const overlap = (a: string[], b: string[]) => (a.length ? a.filter((url) => b.includes(url)).length / Math.min(10, a.length) : 1);
/**
 * Where the merged top ten stand in the single bundle's ranking: the lowest rank among them (RANKED + 1 when one is
 * further down), and the share of the single top ten's summed score that they carry (scored by the single bundle).
 * Many pages may score alike, so two equally good rankings can share few of their first ten; these two figures say
 * whether the merged ten are as relevant as the single bundle judges relevance.
 */
function standing(single: Found, merged: Found): { lowestRank: number; scoreShare: number } {
  const rank = new Map(single.top.map(({ url }, i) => [url, i + 1]));
  const score = new Map(single.top.map(({ url, score }) => [url, score]));
  const floor = single.top.at(-1)?.score ?? 0;
  const best = single.top.slice(0, 10).reduce((sum, { score }) => sum + score, 0);
  const mergedTen = topTen(merged);
  return {
    lowestRank: Math.max(0, ...mergedTen.map((url) => rank.get(url) ?? RANKED + 1)),
    // A page beyond the single bundle's RANKED best scores at most the last of them.
    scoreShare: best ? mergedTen.reduce((sum, url) => sum + (score.get(url) ?? floor), 0) / best : 1,
  };
}
const standings = rows.map((row) => standing(row.single, row.merged));
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
const lines = [
  `German search at ${single.pages} pages: one bundle over the merged site against ${bundles.length} bundles (one per shard with searchable pages) joined with mergeIndex.`,
  '',
  '| | indexing time | peak memory | first search, median | first search, worst | same result count | top-10 overlap with one bundle | merged top 10: lowest rank in one bundle | merged top 10: score share |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  `| one bundle | ${single.seconds.toFixed(1)} s | ${mb(single.peakBytes)} | ${kb(median(rows.map((row) => row.single.bytes)))} | ${kb(Math.max(...rows.map((row) => row.single.bytes)))} | | | | |`,
  `| per-shard bundles | ${bundles.map((shard) => shard.seconds.toFixed(1)).join(' + ')} s | ${bundles.map((shard) => mb(shard.peakBytes)).join(', ')} | ${kb(median(rows.map((row) => row.merged.bytes)))} | ${kb(Math.max(...rows.map((row) => row.merged.bytes)))} | ${rows.filter((row) => row.merged.count === row.single.count).length} of ${rows.length} | ${(median(rows.map((row) => overlap(topTen(row.single), topTen(row.merged)))) * 100).toFixed(0)} % (median) | ${median(standings.map((s) => s.lowestRank))} (median), ${Math.max(...standings.map((s) => s.lowestRank))} (worst) | ${pct(median(standings.map((s) => s.scoreShare)))} (median), ${pct(Math.min(...standings.map((s) => s.scoreShare)))} (worst) |`,
  '',
  '| query | results (one / merged) | top-10 overlap | lowest rank | score share | first search one / merged |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    ({ query, single, merged }, i) =>
      `| ${query} | ${single.count} / ${merged.count} | ${(overlap(topTen(single), topTen(merged)) * 100).toFixed(0)} % | ${standings[i]!.lowestRank} | ${pct(standings[i]!.scoreShare)} | ${kb(single.bytes)} / ${kb(merged.bytes)} |`,
  ),
];
console.log(lines.join('\n'));
