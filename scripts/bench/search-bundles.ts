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

interface Found {
  bytes: number;
  count: number;
  top: string[];
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
    const result = await page.evaluate(
      async ({ bases, query }) => {
        const pagefind = await import(`${bases[0]}pagefind.js`);
        await pagefind.options({ basePath: bases[0], noWorker: true });
        await pagefind.init();
        for (const base of bases.slice(1)) await pagefind.mergeIndex(base, { noWorker: true });
        const { results } = await pagefind.search(query);
        const top = await Promise.all(
          results.slice(0, 10).map(async (found: { data(): Promise<{ url: string }> }) => (await found.data()).url),
        );
        return { count: results.length as number, top };
      },
      { bases, query },
    );
    await page.waitForLoadState('networkidle');
    const bytes = fetched
      .filter((path) => path.startsWith('/bench-'))
      .reduce((sum, path) => sum + sentBytes(readFileSync(join(dist, path))), 0);
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
        shardNames.map((name) => `/bench-shards/${LANG}/${name}/`),
        query,
      ),
    });
  }
} finally {
  await browser.close();
  await server.stop();
}

const overlap = (a: string[], b: string[]) => (a.length ? a.filter((url) => b.includes(url)).length / Math.min(10, a.length) : 1);
const lines = [
  `German search at ${single.pages} pages: one bundle over the merged site against ${perShard.length} bundles (one per shard) joined with mergeIndex.`,
  '',
  '| | indexing time | peak memory | first search, median | first search, worst | same result count | top-10 overlap with one bundle |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  `| one bundle | ${single.seconds.toFixed(1)} s | ${mb(single.peakBytes)} | ${kb(median(rows.map((row) => row.single.bytes)))} | ${kb(Math.max(...rows.map((row) => row.single.bytes)))} | | |`,
  `| per-shard bundles | ${perShard.map((shard) => shard.seconds.toFixed(1)).join(' + ')} s | ${perShard.map((shard) => mb(shard.peakBytes)).join(', ')} | ${kb(median(rows.map((row) => row.merged.bytes)))} | ${kb(Math.max(...rows.map((row) => row.merged.bytes)))} | ${rows.filter((row) => row.merged.count === row.single.count).length} of ${rows.length} | ${(median(rows.map((row) => overlap(row.single.top, row.merged.top))) * 100).toFixed(0)} % (median) |`,
  '',
  '| query | results (one / merged) | top-10 overlap | first search one / merged |',
  '| --- | --- | --- | --- |',
  ...rows.map(
    ({ query, single, merged }) =>
      `| ${query} | ${single.count} / ${merged.count} | ${(overlap(single.top, merged.top) * 100).toFixed(0)} % | ${kb(single.bytes)} / ${kb(merged.bytes)} |`,
  ),
];
console.log(lines.join('\n'));
