/**
 * npm run bench [-- --sizes 100,1000,10000] [--seed 42] [--keep]
 *               [--shards N [--catalog-shards C] [--jobs J] [--incremental]]
 * Builds a synthetic corpus of each size twice, with this site's code and with a bare Astro 7 + MDX
 * site (one layout, no entities, no search) generated here, and prints our figures as ratios to the
 * bare baseline measured in the same run. Works in a temporary folder; never touches content/.
 *
 * With --shards, our site is built as `npm run build -- --shards N --catalog-shards C --jobs J` (the CI
 * matrix's commands, J at a time): each shard's time (its astro build and its search index) and peak memory are
 * reported, and the merge's. With --incremental, one new article is then added and the same command runs again,
 * as CI does with its cache, one job at a time (each step alone, as on a matrix), and the matrix's time is reported.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { generateCorpus, sourceVocabulary, type Corpus } from './bench/corpus.ts';
import { median, runMeasured, type BuildRun } from './bench/measure.ts';
import { WEIGHT_KINDS, weightBreakdown, weightKind, type WeightKind } from './bench/weight.ts';
import { fullestFolder, siteFiles, type SiteFile } from './hosting/site-files.ts';
import { measureSearch, type SearchTiming } from './bench/search-speed.ts';
import { TYPING_DELAY_MS } from '../src/search/state.ts';
import { germanCompoundSplitter } from './search/german-compounds.ts';
import { RESULT_FILE, RUN_FILE, SHARDS_DIR, type RunSummary, type ShardResult } from './shards/plan.ts';
import { parseShard, shardName } from '../src/routing/shards.ts';

/** What the report needs of a build: its time and peak memory. */
type BuildCost = Pick<BuildRun, 'seconds' | 'peakBytes'>;

const PROJECT = join(import.meta.dirname, '..');
const ASTRO = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const MEMORY_LIMIT = 20 * 1024 ** 3;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
    shards: { type: 'string' },
    'catalog-shards': { type: 'string', default: '1' },
    jobs: { type: 'string', default: '2' },
    incremental: { type: 'boolean', default: false },
  },
});
if (values.incremental && !values.shards) throw new Error('--incremental measures the sharded build: give --shards N too');
const SHARDED = values.shards ? ['--shards', values.shards, '--catalog-shards', values['catalog-shards']] : undefined;
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`--sizes takes whole numbers, e.g. 100,1000,10000; got "${values.sizes}"`);

const vocabulary = sourceVocabulary(join(PROJECT, 'content', 'sources'));

const BARE_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-baseline', private: true, type: 'module' }),
  'astro.config.mjs':
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "import { z } from 'astro/zod';",
    'const schema = z.looseObject({ title: z.string() });',
    'export const collections = {',
    "  articles: defineCollection({ loader: glob({ base: './content/articles', pattern: '*.mdx' }), schema }),",
    "  summaries: defineCollection({ loader: glob({ base: './content/summaries', pattern: '*.mdx' }), schema }),",
    '};',
  ].join('\n'),
  'src/layouts/Layout.astro':
    '---\nconst { title, lang } = Astro.props;\n---\n<!doctype html><html lang={lang}><head><meta charset="utf-8"><title>{title}</title></head><body><main><h1>{title}</h1><slot /></main></body></html>\n',
  'src/pages/artikel/[slug].astro': page('articles', 'de'),
  'src/pages/summaries/[slug].astro': page('summaries', 'en'),
};

function page(collection: string, lang: string): string {
  return [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "import Layout from '../../layouts/Layout.astro';",
    `export async function getStaticPaths() { return (await getCollection('${collection}')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }`,
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    // Summaries cite with <Cite p={[…]} />; the baseline renders nothing for it.
    `<Layout title={entry.data.title} lang="${lang}"><Content components={{ Cite: Fragment }} /></Layout>`,
  ].join('\n');
}

function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

function prepare(root: string, corpus: Corpus): { ours: string; bare: string } {
  const ours = join(root, 'ours');
  const bare = join(root, 'bare');
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(PROJECT, entry), join(ours, entry), { recursive: true });
  writeTree(join(ours, 'content'), Object.fromEntries(corpus.files.map((file) => [file.path, file.content])));
  writeTree(bare, BARE_FILES);
  for (const folder of ['articles', 'summaries']) cpSync(join(ours, 'content', folder), join(bare, 'content', folder), { recursive: true });
  for (const dir of [ours, bare]) symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { ours, bare };
}

const gz = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

interface PageWeight {
  type: string;
  html: number;
  css: number;
  js: number;
  text: number;
}

/** Compressed bytes a reader receives for one page of each type, and how much of it is the page's own text. */
function pageWeights(dist: string, files: SiteFile[]): PageWeight[] {
  const first = (kind: WeightKind) => join(dist, files.find((file) => weightKind(file.path) === kind)!.path);
  const targets: [string, string, string][] = [
    ['article', first('article'), 'article.document .prose, article.document h1, article.document .lede'],
    ['summary', first('summary'), 'article.document .prose, article.document h1, .key-points li'],
    ['entity', first('entity'), 'article.entity header'],
    ['home (de)', join(dist, 'de', 'index.html'), '.card'],
    ['search (de)', join(dist, 'de', 'suche', 'index.html'), 'h1'],
  ];
  return targets.map(([type, file, textSelector]) => {
    const html = readFileSync(file, 'utf8');
    const $ = load(html);
    const asset = (href: string) => readFileSync(join(dist, href.split('?')[0]!));
    const css = $('link[rel="stylesheet"]')
      .map((_, link) => gz(asset($(link).attr('href')!)))
      .get()
      .reduce((sum, size) => sum + size, 0);
    // JSON-LD is data for search engines (counted in the HTML), not code.
    const code = $('script:not([type="application/ld+json"])');
    const js =
      code
        .filter('[src]')
        .map((_, script) => gz(asset($(script).attr('src')!)))
        .get()
        .reduce((sum, size) => sum + size, 0) + gz(code.not('[src]').text() || '');
    const text = $(textSelector)
      .map((_, element) => $(element).text())
      .get()
      .join('\n');
    return { type, html: gz(html), css, js: code.length ? js : 0, text: gz(text) };
  });
}

/** A sharded build: the whole command, and each shard and the merge as it reported itself. */
interface ShardedRun {
  total: BuildCost;
  shards: ShardResult[];
  summary: RunSummary;
}

interface SizeResult {
  size: number;
  sharded?: ShardedRun;
  incremental?: ShardedRun;
  pages: { ours: number; bare: number };
  ours: BuildCost;
  bare: BuildCost;
  dist: { ours: { bytes: number; files: number }; bare: { bytes: number; files: number } };
  pagefind: { bytes: number; files: number };
  weights: PageWeight[];
  /** Bytes on disk and files per kind of page, and the folder with the most entries. */
  breakdown: ReturnType<typeof weightBreakdown> & { fullest: ReturnType<typeof fullestFolder> };
  search: SearchTiming;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const siteSize = (dist: string) => weightBreakdown(siteFiles(dist)).total;
const countHtml = (dist: string) => {
  let count = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.html')) count += 1;
    }
  };
  walk(dist);
  return count;
};

/** Our site built as the CI matrix builds it, `jobs` shards at a time, with the shards' and the merge's own reports. */
async function shardedBuild(ours: string, jobs: string): Promise<ShardedRun> {
  const total = await runMeasured(ours, [join(ours, 'scripts', 'build.ts'), ...SHARDED!, '--jobs', jobs]);
  const shardsDir = join(ours, SHARDS_DIR);
  const summary = JSON.parse(readFileSync(join(shardsDir, RUN_FILE), 'utf8')) as RunSummary;
  const shards = Object.keys(summary.shardCommands)
    .sort()
    .map((name) => JSON.parse(readFileSync(join(shardsDir, name, RESULT_FILE), 'utf8')) as ShardResult);
  return { total, shards, summary };
}

function describeSharded({ total, shards, summary }: ShardedRun): string {
  const built = shards.filter((shard) => !shard.reused);
  return (
    `${total.seconds.toFixed(1)} s in all, tree peak ${mb(total.peakBytes)}; catalog ${summary.catalog.seconds.toFixed(1)} s / ${mb(summary.catalog.peakBytes)}; shards ${summary.shardsSeconds.toFixed(1)} s (${built.length} built, ${shards.length - built.length} unchanged), ` +
    `merge ${summary.merge.seconds.toFixed(1)} s / ${mb(summary.merge.peakBytes)}`
  );
}

/** One more article, as an editor adds it: its raw source, the imported article and a summary, from a corpus of one. */
function addArticle(ours: string, corpus: Corpus): void {
  const slug = 'artikel-neu';
  const one = generateCorpus(1, vocabulary, Number(values.seed) + 1, germanCompoundSplitter());
  const taken = `artikel-${'0'.repeat(5)}`;
  for (const { path, content } of one.files.filter((file) => !file.path.startsWith('entities/'))) {
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    writeTree(join(ours, 'content'), { [path.replaceAll(taken, slug)]: text.replaceAll(taken, slug) });
  }
  console.error(`one article added (${slug}); ${corpus.articles + 1} in all`);
}

async function benchSize(size: number): Promise<SizeResult> {
  const root = mkdtempSync(join(tmpdir(), `bench-${size}-`));
  try {
    const started = performance.now();
    const corpus = generateCorpus(size, vocabulary, Number(values.seed), germanCompoundSplitter());
    const { ours, bare } = prepare(root, corpus);
    console.error(
      `[${size}] corpus: ${corpus.articles} articles, ${corpus.entities} entities in ${((performance.now() - started) / 1000).toFixed(1)} s; building the bare baseline …`,
    );
    const bareRun = await runMeasured(bare, [ASTRO, 'build']);
    console.error(`[${size}] bare: ${bareRun.seconds.toFixed(1)} s; building this site …`);
    let oursRun: BuildCost;
    let sharded: ShardedRun | undefined;
    let incremental: ShardedRun | undefined;
    if (SHARDED) {
      sharded = await shardedBuild(ours, values.jobs);
      oursRun = sharded.total;
      console.error(`[${size}] ours, sharded: ${describeSharded(sharded)}`);
      if (values.incremental) {
        addArticle(ours, corpus);
        // One job at a time: each step then runs alone, as a matrix job does on its own machine.
        incremental = await shardedBuild(ours, '1');
        console.error(`[${size}] ours, one article added: ${describeSharded(incremental)}`);
      }
    } else {
      const checkRun = await runMeasured(ours, [join(ours, 'scripts', 'check-content.ts')]);
      const astroRun = await runMeasured(ours, [ASTRO, 'build']);
      const indexRun = await runMeasured(ours, [join(ours, 'scripts', 'search-index.ts')]);
      // `npm run build` is the three steps in sequence: times add up, peak memory is the largest.
      const steps = [checkRun, astroRun, indexRun];
      oursRun = { seconds: steps.reduce((sum, run) => sum + run.seconds, 0), peakBytes: Math.max(...steps.map((run) => run.peakBytes)) };
      console.error(
        `[${size}] ours: content check ${checkRun.seconds.toFixed(1)} s / ${mb(checkRun.peakBytes)}, astro ${astroRun.seconds.toFixed(1)} s / ${mb(astroRun.peakBytes)}, search index ${indexRun.seconds.toFixed(1)} s / ${mb(indexRun.peakBytes)}`,
      );
    }
    console.error(`[${size}] ours: ${oursRun.seconds.toFixed(1)} s; measuring search in Chromium …`);
    // The most frequent word is timed as the first search and the rarest after it; then every query's first search.
    const { commonWord, rareWord, queries } = corpus;
    const search = await measureSearch(ours, [
      commonWord,
      rareWord,
      ...queries.filter((query) => query !== commonWord && query !== rareWord),
    ]);
    const files = siteFiles(join(ours, 'dist'));
    const breakdown = weightBreakdown(files);
    return {
      size,
      ...(sharded && { sharded }),
      ...(incremental && { incremental }),
      pages: { ours: countHtml(join(ours, 'dist')), bare: countHtml(join(bare, 'dist')) },
      ours: oursRun,
      bare: bareRun,
      dist: { ours: breakdown.total, bare: siteSize(join(bare, 'dist')) },
      pagefind: breakdown.rows.find((row) => row.kind === 'pagefind')!,
      weights: pageWeights(join(ours, 'dist'), files),
      breakdown: { ...breakdown, fullest: fullestFolder(files.map((file) => file.path)) },
      search,
    };
  } finally {
    if (values.keep) console.error(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));

const lines: string[] = [];
const row = (cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
lines.push(
  `Benchmark ${new Date().toISOString().slice(0, 10)} · ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB · Node ${process.version} · seed ${values.seed}`,
  '',
);
row([
  'articles',
  'pages ours / bare',
  'build ours',
  'build bare',
  'ms/page ours',
  'ms/page bare',
  'ratio',
  'peak RSS ours',
  'peak RSS bare',
  'ratio',
  'dist ours (files)',
  'dist bare (files)',
  'Pagefind index',
  'first search fetches',
]);
row(Array(14).fill('---'));
for (const result of results) {
  const perPage = (run: BuildCost, pages: number) => (run.seconds * 1000) / pages;
  row([
    result.size,
    `${result.pages.ours} / ${result.pages.bare}`,
    `${result.ours.seconds.toFixed(1)} s`,
    `${result.bare.seconds.toFixed(1)} s`,
    perPage(result.ours, result.pages.ours).toFixed(2),
    perPage(result.bare, result.pages.bare).toFixed(2),
    ratio(perPage(result.ours, result.pages.ours), perPage(result.bare, result.pages.bare)),
    mb(result.ours.peakBytes),
    mb(result.bare.peakBytes),
    ratio(result.ours.peakBytes, result.bare.peakBytes),
    `${mb(result.dist.ours.bytes)} (${result.dist.ours.files})`,
    `${mb(result.dist.bare.bytes)} (${result.dist.bare.files})`,
    `${mb(result.pagefind.bytes)} (${result.pagefind.files})`,
    kb(result.search.firstSearchBytes),
  ]);
}
lines.push(
  '',
  `Search in Chromium: milliseconds from the input to the results shown, and in brackets after the ${TYPING_DELAY_MS} ms typing pause:`,
  '',
);
const afterPause = (ms: number) => `${ms} ms (${ms - TYPING_DELAY_MS} ms)`;
row(['articles', 'common word', 'first query (median of 5)', 'other query', 'first query again']);
row(Array(5).fill('---'));
for (const { size, search } of results)
  row([size, search.query, afterPause(search.firstMs), afterPause(search.otherMs), afterPause(search.repeatMs)]);
lines.push('', "First search: compressed bytes fetched from opening the search page to a query's results, each query on a fresh page:", '');
row(['articles', 'queries', 'median', 'worst', 'all (query: bytes)']);
row(Array(5).fill('---'));
for (const { size, search } of results) {
  const bytes = search.firstSearches.map((first) => first.bytes);
  const worst = search.firstSearches.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  row([
    size,
    bytes.length,
    kb(median(bytes)),
    `${kb(worst.bytes)} (“${worst.query}”)`,
    search.firstSearches.map((first) => `${first.query}: ${kb(first.bytes)}`).join('; '),
  ]);
}
for (const { size, sharded, incremental } of results) {
  for (const [title, run] of [
    [`Sharded build at ${size} articles (${SHARDED?.join(' ')} --jobs ${values.jobs})`, sharded],
    [
      `The same archive with one article added, built again one job at a time (Astro's incremental build in each rebuilt shard; unchanged shards kept)`,
      incremental,
    ],
  ] as const) {
    if (!run) continue;
    lines.push('', `${title}: ${describeSharded(run)}.`, '');
    row(['step', 'documents', 'command', 'its astro build', 'its search index', 'peak memory', 'built or kept']);
    row(Array(7).fill('---'));
    const { catalog, merge, shardCommands } = run.summary;
    row(['catalog (plan step)', '', `${catalog.seconds.toFixed(1)} s`, '', '', mb(catalog.peakBytes), 'built']);
    for (const shard of run.shards) {
      const command = shardCommands[shardName(parseShard(shard.shard))]!;
      row([
        shard.shard,
        shard.documents,
        `${command.seconds.toFixed(1)} s`,
        shard.reused ? '' : `${(shard.seconds - shard.searchIndexSeconds).toFixed(1)} s`,
        shard.reused ? '' : `${shard.searchIndexSeconds.toFixed(1)} s`,
        mb(shard.reused ? command.peakBytes : shard.peakBytes),
        shard.reused ? 'kept (inputs unchanged)' : shard.searchBundlesKept ? 'built, search bundles kept' : 'built',
      ]);
    }
    row(['merge (pages and search bundles)', '', `${merge.seconds.toFixed(1)} s`, '', '', mb(merge.peakBytes), 'built']);
    row(['all, with ' + run.summary.jobs + ' jobs', '', `${run.total.seconds.toFixed(1)} s`, '', '', mb(run.total.peakBytes), '']);
    if (run === incremental) {
      const slowest = Math.max(...Object.values(shardCommands).map((command) => command.seconds));
      lines.push(
        '',
        `On a CI matrix, where each job has its machine: the catalog ${catalog.seconds.toFixed(1)} s + the slowest shard ${slowest.toFixed(1)} s + the merge ${merge.seconds.toFixed(1)} s = ${(catalog.seconds + slowest + merge.seconds).toFixed(1)} s (each measured alone).`,
      );
    }
  }
}
lines.push('', `Page weight at ${results[0]!.size} articles (gzip -9, as a server sends it):`, '');
row(['page', 'HTML', 'CSS', 'JS', 'own text', 'HTML + CSS + JS beyond own text']);
row(Array(6).fill('---'));
for (const weight of results[0]!.weights)
  row([
    weight.type,
    kb(weight.html),
    kb(weight.css),
    kb(weight.js),
    kb(weight.text),
    kb(weight.html + weight.css + weight.js - weight.text),
  ]);
for (const { size, breakdown } of results) {
  const share = (bytes: number) => `${Math.round((bytes / breakdown.total.bytes) * 100)} %`;
  // In 10^6 bytes, as hosts state their limits (GitHub Pages: 1 GB).
  const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  lines.push('', `Where the site's bytes (file sizes, MB = 10^6 bytes) and files go at ${size} articles:`, '');
  row(['kind', 'bytes', 'share', 'files', 'bytes per file']);
  row(Array(5).fill('---'));
  for (const { kind, bytes, files } of breakdown.rows)
    row([WEIGHT_KINDS[kind], megabytes(bytes), share(bytes), files, files ? `${(bytes / files / 1e3).toFixed(1)} kB` : '–']);
  row([
    'all',
    megabytes(breakdown.total.bytes),
    '100 %',
    breakdown.total.files,
    `${(breakdown.total.bytes / breakdown.total.files / 1e3).toFixed(1)} kB`,
  ]);
  lines.push('', `Fullest folder: ${breakdown.fullest.folder || '(root)'}/ with ${breakdown.fullest.entries} entries.`);
}
if (results.length >= 2) {
  const [a, b] = results.slice(-2) as [SizeResult, SizeResult];
  const growth = (x: BuildCost, y: BuildCost) => `${ratio(y.seconds, x.seconds)} time, ${ratio(y.peakBytes, x.peakBytes)} memory`;
  lines.push(
    '',
    `Growth ${a.size} → ${b.size} articles (${(b.size / a.size).toFixed(0)}x): ours ${growth(a.ours, b.ours)}; bare ${growth(a.bare, b.bare)}.`,
  );
  const slope = (b.ours.peakBytes - a.ours.peakBytes) / (b.size - a.size);
  const projected = slope > 0 ? Math.floor(b.size + (MEMORY_LIMIT - b.ours.peakBytes) / slope) : Infinity;
  lines.push(
    `Projected article count at which our build's peak memory passes 20 GB (linear from the last two sizes): ${Number.isFinite(projected) ? projected.toLocaleString('en') : 'not reached'}.`,
  );
}
console.log(lines.join('\n'));
