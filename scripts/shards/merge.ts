/**
 * The merge: every shard's dist/ united into one site, with one list per language of the shards' search bundles.
 * Two shards writing one path with different bytes fail it naming both; a shard that failed or left no result fails
 * it naming the shard and its log. The site is assembled beside the target (from the last merge's site, which it
 * updates) and moved into place only when all is well, so nothing of a partial merge is left.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { shardName, type Shard } from '../../src/routing/shards.ts';
import { joinSitemapIndexes, sitemapFileBase } from '../../src/routing/sitemap.ts';
import { LANGS, siteFile, type Lang } from '../../src/routing/urls.ts';
import { filesUnder, linkOrCopy, LOG_FILE, RESULT_FILE, type ShardResult } from './plan.ts';

/** Conflicts listed in full before the rest are counted. */
const LISTED = 20;

/** Makes `to` a link to `from` (or a copy), unless it already is one (made by the last merge). */
function linkUnlessLinked(from: string, to: string): void {
  const [source, present] = [statSync(from), lstatSync(to, { throwIfNoEntry: false })];
  if (present?.isFile() && present.ino === source.ino && present.dev === source.dev) return;
  if (present?.isDirectory()) rmSync(to, { recursive: true });
  else if (present) unlinkSync(to);
  linkOrCopy(from, to);
}

/** Removes `files` (relative to `root`), then each folder they leave empty. */
function removeFiles(root: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files) {
    unlinkSync(join(root, file));
    for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) folders.add(folder);
  }
  // Deepest first, so that a folder's subfolders are gone before it is tried.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    if (readdirSync(join(root, folder)).length === 0) rmdirSync(join(root, folder));
  }
}

function sameBytes(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

/** Why each shard cannot be merged (failed, or no result): one line per shard, naming its log. */
export function failedShards(shards: Shard[], shardsDir: string): string[] {
  return shards.flatMap((shard) => {
    const dir = join(shardsDir, shardName(shard));
    const log = join(dir, LOG_FILE);
    const resultFile = join(dir, RESULT_FILE);
    if (!existsSync(resultFile))
      return [`shard ${shardName(shard)}: no result in ${resultFile} (its build did not finish, or its artifact is missing); log: ${log}`];
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as ShardResult;
    if (result.status !== 0) return [`shard ${shardName(shard)} failed (exit status ${result.status}); log: ${log}`];
    if (!existsSync(join(dir, 'dist')))
      return [`shard ${shardName(shard)}: its result says it succeeded, but ${join(dir, 'dist')} is missing; log: ${log}`];
    return [];
  });
}

export interface MergeSummary {
  files: number;
  /** Paths more than one shard wrote, with the same bytes (assets, the language chooser, public/). */
  shared: number;
  /** The search bundles joined per language. */
  searchParts: Record<Lang, number>;
}

/** Merges the shards' outputs (<shardsDir>/<name>/dist/) into `target`; throws naming every failed shard or conflict. */
export function mergeShards(shards: Shard[], shardsDir: string, target: string): MergeSummary {
  const failed = failedShards(shards, shardsDir);
  if (failed.length)
    throw new Error(`merge: ${failed.length} of ${shards.length} shards cannot be merged; nothing was merged:\n${failed.join('\n')}`);
  const writer = new Map<string, { shard: Shard; path: string }>();
  const conflicts: string[] = [];
  const sitemapIndexes: string[] = [];
  let shared = 0;
  for (const shard of shards) {
    const dist = join(shardsDir, shardName(shard), 'dist');
    const ownIndex = `${sitemapFileBase(shard)}-index.xml`;
    for (const file of filesUnder(dist)) {
      const path = join(dist, file);
      if (file === ownIndex) {
        sitemapIndexes.push(readFileSync(path, 'utf8'));
        continue;
      }
      const earlier = writer.get(file);
      if (!earlier) writer.set(file, { shard, path });
      else if (sameBytes(earlier.path, path)) shared += 1;
      else
        conflicts.push(
          `${file}: shard ${shardName(earlier.shard)} (${earlier.path}) and shard ${shardName(shard)} (${path}) wrote different bytes`,
        );
    }
  }
  if (conflicts.length) {
    const more = conflicts.length > LISTED ? `\n… and ${conflicts.length - LISTED} more` : '';
    throw new Error(
      `merge: ${conflicts.length} paths written differently by two shards; nothing was merged:\n${conflicts.slice(0, LISTED).join('\n')}${more}`,
    );
  }
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  // The last merge's site is updated rather than assembled anew: its files are links to the shards' outputs, and
  // most of them (every shard kept whole) still are. Removing and linking 70,000 files took most of a merge.
  if (existsSync(target)) renameSync(target, partial);
  const present = existsSync(partial) ? filesUnder(partial) : [];
  removeFiles(
    partial,
    present.filter((file) => !writer.has(file)),
  );
  // Linked, not copied: a shard's build removes its dist/ before it writes a new one, so the merged files stay as they are.
  const folders = new Set<string>();
  for (const [file, { path }] of writer) {
    const to = join(partial, file);
    const folder = dirname(to);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    linkUnlessLinked(path, to);
  }
  if (sitemapIndexes.length) writeFileSync(join(partial, siteFile({ kind: 'sitemapIndex' })), joinSitemapIndexes(sitemapIndexes));
  const searchParts = Object.fromEntries(LANGS.map((lang) => [lang, writeSearchParts(partial, shards, lang)])) as Record<Lang, number>;
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  return { files: writer.size + (sitemapIndexes.length ? 1 : 0) + LANGS.length, shared, searchParts };
}

/**
 * The language's parts file: every shard's search bundle (each shard's build indexes its own pages), in the plan's
 * order, so the search page loads a document shard's first and merges the others into it. Returns their number.
 */
function writeSearchParts(site: string, shards: Shard[], lang: Lang): number {
  const parts = shards
    .map(shardName)
    .filter((part) => existsSync(join(site, siteFile({ kind: 'searchBundle', lang, part, file: 'pagefind-entry.json' }))));
  const file = join(site, siteFile({ kind: 'searchParts', lang }));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(parts)}\n`);
  return parts.length;
}
