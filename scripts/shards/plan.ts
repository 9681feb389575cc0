/** The shards of a sharded build and the commands that build and merge them: what each CI job runs, and `--jobs` runs locally. */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { shardArg, shardName, type Shard } from '../../src/routing/shards.ts';

/** Where each shard's workspace, output, log and result lie, under the project (and in the CI artifacts). */
export const SHARDS_DIR = '.shards';

/** The archive catalog every shard builds from, written once by the plan step (and handed to the CI shard jobs as an artifact). */
export const SHARD_CATALOG = `${SHARDS_DIR}/catalog`;

/** What a shard's build writes beside its dist/: its exit status, time, peak memory and log. */
export const RESULT_FILE = 'shard.json';
export const LOG_FILE = 'build.log';
/** A copy of the shard's last search bundles and the search inputs they were made from (workspace.ts shardInputs). */
export const SEARCH_CACHE = 'search-cache';

export interface ShardResult {
  shard: string;
  /** The digest of everything the output depends on (workspace.ts shardInputs): equal inputs, equal output. */
  inputs: string;
  status: number | null;
  seconds: number;
  peakBytes: number;
  /** Of `seconds`, the time its search bundles took (scripts/search-index.ts --part, or putting back the kept ones). */
  searchIndexSeconds: number;
  /** Its search bundles are those of an earlier build from the same search inputs (SEARCH_CACHE), not indexed again. */
  searchBundlesKept: boolean;
  documents: number;
  /** This run kept the output of an earlier build from the same inputs (the time and memory are that build's). */
  reused: boolean;
}

/** What `--shards N --jobs J` writes under SHARDS_DIR when done: its steps' times (npm run bench reads it). */
export const RUN_FILE = 'run.json';

/** A step's command as it ran: exit status, time and its process tree's peak memory. */
export interface StepRun {
  status: number | null;
  seconds: number;
  peakBytes: number;
}

export interface RunSummary {
  jobs: number;
  /** The plan step: the archive catalog. */
  catalog: StepRun;
  /** From the first shard's start to the last one's end. */
  shardsSeconds: number;
  /** Each shard's command in this run, by shard name: a kept shard's is the time it took to find its inputs unchanged. */
  shardCommands: Record<string, StepRun>;
  /** The merge command. */
  merge: StepRun;
}

export interface Plan {
  documentShards: number;
  catalogShards: number;
}

/** Document shards 1…N, then catalog shards 1…C: the CI matrix in order. */
export function planShards({ documentShards, catalogShards }: Plan): Shard[] {
  for (const [flag, count] of [
    ['--shards', documentShards],
    ['--catalog-shards', catalogShards],
  ] as const) {
    if (!Number.isInteger(count) || count < 1) throw new Error(`${flag} takes a whole number ≥ 1; got ${count}`);
  }
  return [
    ...Array.from({ length: documentShards }, (_, i): Shard => ({ kind: 'documents', index: i + 1, count: documentShards })),
    ...Array.from({ length: catalogShards }, (_, i): Shard => ({ kind: 'catalog', index: i + 1, count: catalogShards })),
  ];
}

/** The GitHub Actions matrix (`strategy.matrix: ${{ fromJSON(…) }}`): one job per shard, named for its artifact. */
export function ciMatrix(plan: Plan): { include: { shard: string; name: string }[] } {
  return { include: planShards(plan).map((shard) => ({ shard: shardArg(shard), name: shardName(shard) })) };
}

/**
 * The plan step's command (the CI plan job's, and the first of `--shards N`): the catalog pass over the whole archive,
 * which also checks every file and writes nothing when it finds a problem.
 */
export function catalogCommand(): string[] {
  return ['npm', 'run', '--silent', 'catalog', '--', '--out', SHARD_CATALOG];
}

/** A shard job's command (the matrix job of .github/workflows/deploy.yml runs it with the matrix's shard). */
export function shardCommand(shard: Shard): string[] {
  return ['npm', 'run', 'build', '--', '--shard', shardArg(shard)];
}

/** The merge job's command, once every shard's output lies in .shards/<name>/. */
export function mergeCommand({ documentShards, catalogShards }: Plan): string[] {
  return ['npm', 'run', 'build', '--', '--merge', '--shards', String(documentShards), '--catalog-shards', String(catalogShards)];
}

/** Hard links where the file system allows (no bytes copied), copies elsewhere. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Every file under a folder (or the file itself), as paths relative to `base`, sorted. */
export function filesUnder(path: string, base = path): string[] {
  if (!statSync(path).isDirectory()) return [relative(base, path)];
  const files: string[] = [];
  const walk = (folder: string) => {
    // The entries' types come with the listing: no file is looked at twice (a merge lists some 70,000).
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const entryPath = join(folder, entry.name);
      const isFolder = entry.isSymbolicLink() ? statSync(entryPath).isDirectory() : entry.isDirectory();
      if (isFolder) walk(entryPath);
      else files.push(relative(base, entryPath));
    }
  };
  walk(path);
  return files;
}

/** What a build reads besides content/ and node_modules/ (a shard's workspace copies it). */
export const CODE = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A digest of the code (CODE) and the dependencies' lock file, names and bytes: what a build's output depends on besides content. */
export function codeDigest(project: string): string {
  const hash = createHash('sha256');
  for (const entry of [...CODE, 'package-lock.json'].filter((entry) => existsSync(join(project, entry)))) {
    for (const file of filesUnder(join(project, entry), project)) {
      const bytes = readFileSync(join(project, file));
      hash.update(`${file}\0${bytes.length}\0`).update(bytes);
    }
  }
  return hash.digest('hex');
}
