/**
 * Before any suite reads dist/: builds the site once, exactly as `npm run build` does, or with SKIP_BUILD=1
 * checks that dist/ is newer than everything it is built from. Provides the folder of the run's shared
 * copies (tests/helpers/shared-builds.ts) and prints how many site builds the run made.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUILD_LOG, logBuild, PROJECT, shellEnv } from './helpers/project-copy.ts';

/** What dist/ is built from: a change to any of these makes a built dist/ stale. */
const SOURCES = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  'scripts/build.ts',
  'scripts/catalog.ts',
  'scripts/search-index.ts',
  'scripts/search',
  'package.json',
];

/** Every file under `path` (or `path` itself), with its modification time. */
function files(path: string): { path: string; mtimeMs: number }[] {
  if (!existsSync(path)) return [];
  const stat = statSync(path);
  if (!stat.isDirectory()) return [{ path, mtimeMs: stat.mtimeMs }];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** Why dist/ cannot stand in for a build of the current sources, or undefined when it can. */
export function staleDist(project = PROJECT): string | undefined {
  const dist = join(project, 'dist');
  // Every page is written by the build and the Pagefind entries by its last step: the oldest of them is when the build ran.
  const built = files(dist).filter(({ path }) => path.endsWith('.html') || path.endsWith('pagefind-entry.json'));
  if (!built.some(({ path }) => path.endsWith('pagefind-entry.json'))) return `${dist} holds no complete build`;
  const builtAt = Math.min(...built.map(({ mtimeMs }) => mtimeMs));
  const newest = SOURCES.flatMap((source) => files(join(project, source))).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  if (newest.mtimeMs <= builtAt) return undefined;
  return `dist/ was built at ${new Date(builtAt).toISOString()}, before ${relative(project, newest.path)} changed (${new Date(newest.mtimeMs).toISOString()})`;
}

export default function setup(project: TestProject): () => void {
  const run = mkdtempSync(join(tmpdir(), 'test-run-'));
  const log = join(run, 'builds.log');
  writeFileSync(log, '');
  process.env[BUILD_LOG] = log;
  project.provide('sharedBuilds', run);
  if (process.env['SKIP_BUILD'] === '1') {
    const stale = staleDist();
    if (stale) throw new Error(`SKIP_BUILD=1 needs a fresh dist/, but ${stale}. Run \`npm run build\` first, or run without SKIP_BUILD=1.`);
  } else {
    const started = Date.now();
    // In an editor's environment: under NODE_ENV=test, Vite would build the search script as for `astro dev`.
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: shellEnv() });
    logBuild('project dist/', (Date.now() - started) / 1000, 0);
    console.log(`site built for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return () => {
    const builds = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
    const succeeded = builds.filter((line) => line.endsWith('status 0'));
    const parts = succeeded.filter((line) => /npm run build -- .*--(shard|merge)\b/.test(line.split('\t')[0]!));
    console.log(
      `site builds in this run: ${builds.length}: ${succeeded.length - parts.length} of a whole site, ${parts.length} of one shard or a merge alone, ${builds.length - succeeded.length} stopped at a content error\n${builds.map((line) => `  ${line}`).join('\n')}`,
    );
    rmSync(run, { recursive: true, force: true });
  };
}
