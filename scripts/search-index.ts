/**
 * node scripts/search-index.ts                the last step of `npm run build`: dist/'s search bundles
 * node scripts/search-index.ts --part <name>  the last step of a shard's build: that shard's own bundles
 * node scripts/search-index.ts --lang <lang>  one language only (what the two above run, one process per language)
 *
 * Indexes dist/ with Pagefind's Node API into one bundle per language (/pagefind/de/, /pagefind/en/), and lists
 * it in the language's parts file (src/routing/urls.ts, searchParts). Separate bundles load as separate module
 * instances in the browser, so a search across both languages still stems each with its own analyser. It runs
 * after Astro's process has exited, so the build's peak memory is the larger of the two steps, not their sum.
 *
 * A shard indexes the pages it built into /pagefind/<lang>/<name>/, in its own job, and writes no parts file: the
 * merge lists every shard's bundle there (scripts/shards/merge.ts), and the search page joins them with Pagefind's
 * mergeIndex. How each bundle is made: scripts/search/bundles.ts.
 *
 * Each language is indexed by a process of its own (`--lang`), both at once: one Pagefind service each, started
 * with the chunk size of its language, and while one writes its bundle (Pagefind alone, on one core) the other
 * reads its pages.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { LANGS, siteFile, type Lang } from '../src/routing/urls.ts';
import { buildSearchBundle } from './search/bundles.ts';

const { values } = parseArgs({ options: { part: { type: 'string' }, lang: { type: 'string' } } });
const part = values.part;
const site = join(process.cwd(), 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Indexes one language's pages and prints what it did. */
async function indexLanguage(lang: Lang): Promise<void> {
  const started = performance.now();
  const bundle = siteFile({ kind: 'searchBundle', lang, ...(part ? { part } : {}) });
  const built = await buildSearchBundle(site, lang, join(site, bundle), { onlyIfSearchable: part !== undefined });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!built) {
    console.log(`search index: ${lang}: no page of this shard is searchable, so it has no ${lang} bundle`);
    return;
  }
  const { pages, note, chunkLocations, rewrite } = built;
  const { fallback, wasmBytes, metaBytes } = rewrite!;
  console.log(
    `search index: ${lang}: ${pages} pages indexed into ${bundle} in ${seconds} s${note}; chunks of ${chunkLocations} word locations; ` +
      `${fallback ? "Pagefind's own file names (see the warning)" : 'files named by position'}, metadata ${kb(metaBytes.before)} -> ${kb(metaBytes.after)}, ` +
      `WebAssembly ${kb(wasmBytes.before)} -> ${kb(wasmBytes.after)}`,
  );
  if (!part) writeFileSync(join(site, siteFile({ kind: 'searchParts', lang })), `${JSON.stringify([''])}\n`);
}

/** This script for one language, in a child process; resolves to its exit status. */
function indexInChild(lang: Lang): Promise<number> {
  const args = [import.meta.filename, ...(part ? ['--part', part] : []), '--lang', lang];
  return new Promise((resolve) => {
    spawn(process.execPath, args, { stdio: 'inherit' })
      .on('error', () => resolve(1))
      .on('exit', (code) => resolve(code ?? 1));
  });
}

const lang = LANGS.find((candidate) => candidate === values.lang);
if (values.lang !== undefined && !lang) throw new Error(`--lang ${values.lang}: write one of ${LANGS.join(', ')}`);
if (lang) {
  try {
    await indexLanguage(lang);
  } finally {
    await pagefind.close();
  }
} else {
  const statuses = await Promise.all(LANGS.map(indexInChild));
  process.exitCode = statuses.find((status) => status !== 0) ?? 0;
}
