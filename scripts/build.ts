/**
 * npm run build                                   the whole site in one build: the catalog (which checks the content),
 *                                                 astro build from it, the search index
 * npm run build -- --shard i/N | catalog-i/C      one shard (what a CI matrix job runs): .shards/<name>/dist/, from
 *                                                 the catalog in .shards/catalog/ (written by the plan step)
 * npm run build -- --merge --shards N [--catalog-shards C]
 *                                                 unite the shards' outputs (pages and search bundles) into dist/
 * npm run build -- --shards N [--catalog-shards C] [--jobs J]
 *                                                 the archive catalog (which checks the content), every shard's
 *                                                 command, J at a time, as child processes, then the merge
 * npm run build -- --matrix --shards N [--catalog-shards C]
 *                                                 the CI matrix as JSON (.github/workflows/deploy.yml)
 * npm run build -- --shard i/N --inputs-digest    the digest of the shard's inputs (its CI cache key)
 *
 * A shard whose last build succeeded from the same inputs is not built again (locally, or restored by CI's cache);
 * one built again for its page chrome alone keeps its last search bundles (shardSearchBundles).
 *
 * Documents and entity pages go to shard i of N by a hash of their slug or id (src/routing/shards.ts); the catalog
 * shards build every other page that shows many documents. Each shard indexes its own pages for search; the merge
 * lists their bundles. Steps run as child processes, so peak memory is one step's, not their sum.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseShard, shardName, SHARD_ENV, shardArg, type Shard } from '../src/routing/shards.ts';
import { ARCHIVE_CONTENT_ENV } from '../src/record/content-files.ts';
import { CATALOG_ENV, DEFAULT_CATALOG_DIR } from '../src/catalog/store.ts';
import { LANGS, siteFile } from '../src/routing/urls.ts';
import { treeRss } from './bench/measure.ts';
import { mergeShards } from './shards/merge.ts';
import {
  catalogCommand,
  ciMatrix,
  LOG_FILE,
  mergeCommand,
  planShards,
  RESULT_FILE,
  RUN_FILE,
  type RunSummary,
  SEARCH_CACHE,
  SHARDS_DIR,
  shardCommand,
  type Plan,
  type ShardResult,
  type StepRun,
} from './shards/plan.ts';
import { prepareWorkspace, shardCatalog, shardContent, shardInputs, type ShardCatalog, type Workspace } from './shards/workspace.ts';

const project = process.cwd();
const { values } = parseArgs({
  options: {
    shards: { type: 'string' },
    'catalog-shards': { type: 'string', default: '1' },
    jobs: { type: 'string', default: '1' },
    shard: { type: 'string' },
    merge: { type: 'boolean', default: false },
    matrix: { type: 'boolean', default: false },
    'inputs-digest': { type: 'boolean', default: false },
  },
});

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/**
 * Runs a command; its output goes to `log` (appended to with `append`) and on to this process's output when `echo`;
 * its tree's memory is sampled.
 */
function run(
  command: string[],
  options: { cwd: string; env?: Record<string, string>; log?: string; append?: boolean; echo?: boolean },
): Promise<StepRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const [program, ...args] = command;
    const child = spawn(program!, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = options.log ? createWriteStream(options.log, { flags: options.append ? 'a' : 'w' }) : undefined;
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      stream.on('data', (chunk: Buffer) => {
        log?.write(chunk);
        if (options.echo !== false) out.write(chunk);
      });
    }
    let peakBytes = 0;
    const timer = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 200);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      const done = () => resolve({ status, seconds: (performance.now() - started) / 1000, peakBytes });
      if (log) log.end(done);
      else done();
    });
  });
}

/** Astro's own command line (its root is the working directory it runs in). */
const astroPackage = createRequire(join(project, 'package.json')).resolve('astro/package.json');
const astroBuild = [process.execPath, join(dirname(astroPackage), JSON.parse(readFileSync(astroPackage, 'utf8')).bin.astro), 'build'];
const searchIndex = [process.execPath, join(project, 'scripts', 'search-index.ts')];
/**
 * The catalog pass (`npm run catalog`, which is the content check) runs first, before a whole build's astro build and
 * before a sharded build's shards (and in the CI plan job before the matrix): a content mistake stops the build
 * before any Astro starts, every problem named at once. Astro then reads the catalog instead of reading content/ a
 * second time, and the next build's pass keeps the entries of the documents that did not change.
 */
const catalogStep = [process.execPath, join(project, 'scripts', 'catalog.ts'), '--out', DEFAULT_CATALOG_DIR];

async function step(command: string[], env?: Record<string, string>): Promise<void> {
  const { status } = await run(command, { cwd: project, ...(env ? { env } : {}) });
  if (status !== 0) process.exit(status ?? 1);
}

/** The plan step's catalog, or a message naming the fix and exit status 1 (the CI job fails; the merge names the shard). */
async function catalogOrExit(shard: Shard): Promise<ShardCatalog> {
  try {
    return await shardCatalog(project, shard);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/**
 * The shard's workspace and the catalog's folder. The catalog's documents are read only for the inputs digest: no
 * reference to them outlives this call, so they need not stay in memory beside the shard's astro build.
 */
async function shardWorkspace(shard: Shard): Promise<Workspace & { catalogDir: string }> {
  const catalog = await catalogOrExit(shard);
  return { ...prepareWorkspace(project, shard, catalog), catalogDir: catalog.dir };
}

/**
 * The search bundles of a shard built in `root`: those in its search cache when they were made from the same
 * search inputs (a neighbour's new article changed only its page chrome), else indexed afresh and cached.
 */
async function shardSearchBundles(shard: Shard, root: string, searchInputs: string, log: string): Promise<StepRun & { kept: boolean }> {
  const cache = join(root, SEARCH_CACHE);
  const stamp = join(cache, 'search-inputs');
  const bundles = LANGS.map((lang) => siteFile({ kind: 'searchBundle', lang, part: shardName(shard) }));
  /** Copies the bundles there are (a shard without a searchable page in a language has none for it). */
  const copy = (from: string, to: string) => {
    for (const bundle of bundles) if (existsSync(join(from, bundle))) cpSync(join(from, bundle), join(to, bundle), { recursive: true });
  };
  const started = performance.now();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === searchInputs) {
    copy(cache, join(root, 'dist'));
    appendFileSync(log, `search bundles kept: made from the same search inputs (${searchInputs.slice(0, 12)}), copied from ${cache}\n`);
    return { status: 0, seconds: (performance.now() - started) / 1000, peakBytes: 0, kept: true };
  }
  const index = await run([...searchIndex, '--part', shardName(shard)], { cwd: root, log, append: true });
  if (index.status === 0) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache);
    copy(join(root, 'dist'), cache);
    // Written last: a cache cut short has no stamp, so it is never taken.
    writeFileSync(stamp, searchInputs);
  }
  return { ...index, kept: false };
}

/** One shard: its workspace, an ordinary astro build there, and its result beside the output (even when it fails). */
async function buildShard(shard: Shard): Promise<number> {
  const { root, documents, inputs, searchInputs, reused, catalogDir } = await shardWorkspace(shard);
  const resultFile = join(root, RESULT_FILE);
  if (reused) {
    const last = JSON.parse(readFileSync(resultFile, 'utf8')) as ShardResult;
    writeFileSync(resultFile, `${JSON.stringify({ ...last, reused: true }, null, 2)}\n`);
    console.log(`shard ${shardName(shard)}: unchanged since its last build (inputs ${inputs.slice(0, 12)}): its output in ${root} stands`);
    return 0;
  }
  console.log(
    `shard ${shardName(shard)}: ${shard.kind === 'documents' ? `${documents} documents` : 'the catalog pages'}; workspace ${root}`,
  );
  const log = join(root, LOG_FILE);
  const build = await run(astroBuild, {
    cwd: root,
    env: { [SHARD_ENV]: shardArg(shard), [ARCHIVE_CONTENT_ENV]: join(project, 'content'), [CATALOG_ENV]: catalogDir },
    log,
  });
  // The shard's own search bundles, in its own job: the merge only lists them.
  const index = build.status === 0 ? await shardSearchBundles(shard, root, searchInputs, log) : undefined;
  const status = index ? index.status : build.status;
  const result: ShardResult = {
    shard: shardArg(shard),
    inputs,
    status,
    seconds: build.seconds + (index?.seconds ?? 0),
    peakBytes: Math.max(build.peakBytes, index?.peakBytes ?? 0),
    searchIndexSeconds: index?.seconds ?? 0,
    searchBundlesKept: index?.kept ?? false,
    documents,
    reused: false,
  };
  writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `shard ${shardName(shard)}: exit status ${status} in ${result.seconds.toFixed(1)} s (search index ${result.searchIndexSeconds.toFixed(1)} s${result.searchBundlesKept ? ', its bundles kept: searchable text unchanged' : ''}), peak ${mb(result.peakBytes)}; log: ${log}`,
  );
  return status ?? 1;
}

/** The plan job's catalog, then each shard's command, `jobs` at a time, as the CI matrix runs them; then the merge command. */
async function buildAll(plan: Plan, jobs: number): Promise<number> {
  const started = performance.now();
  const catalog = await run(catalogCommand(), { cwd: project });
  if (catalog.status !== 0) return catalog.status ?? 1;
  const shardsStarted = performance.now();
  const queue = planShards(plan);
  const shardCommands: Record<string, StepRun> = {};
  const worker = async () => {
    for (let shard = queue.shift(); shard; shard = queue.shift()) {
      const command = await run(shardCommand(shard), { cwd: project, echo: false });
      const { status } = (shardCommands[shardName(shard)] = command);
      const result = JSON.parse(readFileSync(join(project, SHARDS_DIR, shardName(shard), RESULT_FILE), 'utf8')) as ShardResult;
      console.log(
        result.reused
          ? `shard ${shardName(shard)}: unchanged, its earlier output kept`
          : `shard ${shardName(shard)}: exit status ${status}, ${result.seconds.toFixed(1)} s, peak ${mb(result.peakBytes)}`,
      );
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  const shardsSeconds = (performance.now() - shardsStarted) / 1000;
  console.log(`shards: ${shardsSeconds.toFixed(1)} s with ${jobs} jobs`);
  const merge = await run(mergeCommand(plan), { cwd: project });
  console.log(`sharded build: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  const summary: RunSummary = { jobs, catalog, shardsSeconds, shardCommands, merge };
  writeFileSync(join(project, SHARDS_DIR, RUN_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  return merge.status ?? 1;
}

const plan: Plan | undefined = values.shards
  ? { documentShards: Number(values.shards), catalogShards: Number(values['catalog-shards']) }
  : undefined;

if (values.shard && values['inputs-digest']) {
  const shard = parseShard(values.shard);
  console.log(shardInputs(project, shard, shardContent(join(project, 'content'), shard), await catalogOrExit(shard)).inputs);
} else if (values.shard) {
  process.exitCode = await buildShard(parseShard(values.shard));
} else if (values.matrix) {
  if (!plan) throw new Error('--matrix needs --shards N');
  console.log(JSON.stringify(ciMatrix(plan)));
} else if (values.merge) {
  if (!plan) throw new Error('--merge needs --shards N (and --catalog-shards C when not 1), as the shards were built');
  const shards = planShards(plan);
  let merged;
  try {
    merged = mergeShards(shards, join(project, SHARDS_DIR), join(project, 'dist'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { files, shared, searchParts } = merged;
  console.log(
    `merge: ${shards.length} shards into dist/: ${files} files (${shared} written by more than one shard, with the same bytes); ` +
      `search bundles joined: ${Object.entries(searchParts)
        .map(([lang, parts]) => `${lang} ${parts}`)
        .join(', ')}`,
  );
} else if (plan) {
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs takes a whole number ≥ 1; got ${values.jobs}`);
  process.exitCode = await buildAll(plan, jobs);
} else {
  await step(catalogStep);
  await step(astroBuild, { [CATALOG_ENV]: join(project, DEFAULT_CATALOG_DIR) });
  await step(searchIndex);
}
