/**
 * node scripts/search-index.ts                the last step of `npm run build`: dist/'s search bundles
 * node scripts/search-index.ts --part <name>  the last step of a shard's build: that shard's own bundles
 *
 * Indexes dist/ with Pagefind's Node API into one bundle per language (/pagefind/de/, /pagefind/en/), and lists
 * it in the language's parts file (src/routing/urls.ts, searchParts). Separate bundles load as separate module
 * instances in the browser, so a search across both languages still stems each with its own analyser. It runs
 * after Astro's process has exited, so the build's peak memory is the larger of the two steps, not their sum.
 * The languages are indexed at once, each in a process of its own (`--lang`, with its own Pagefind service): the
 * English bundle is made while the German one, the larger, is still being made.
 *
 * A shard indexes the pages it built into /pagefind/<lang>/<name>/, in its own job, and writes no parts file: the
 * merge lists every shard's bundle there (scripts/shards/merge.ts), and the search page joins them with Pagefind's
 * mergeIndex. How each bundle is made: scripts/search/bundles.ts.
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

/** The bundle of one language, in this process. */
async function indexLanguage(lang: Lang): Promise<void> {
  try {
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
  } finally {
    await pagefind.close();
  }
}

/** This script again for `lang`, its output passed on; resolves to its exit status. */
function indexInChild(lang: Lang): Promise<number> {
  const args = [import.meta.filename, '--lang', lang, ...(part ? ['--part', part] : [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`search index: ${lang}: could not start (${error.message})`);
      resolve(1);
    });
    child.on('close', (status, signal) => {
      if (status !== 0) console.error(`search index: ${lang}: failed (${signal ? `signal ${signal}` : `exit status ${status}`})`);
      resolve(status ?? 1);
    });
  });
}

if (values.lang) {
  if (!(LANGS as readonly string[]).includes(values.lang)) throw new Error(`--lang takes one of ${LANGS.join(', ')}; got "${values.lang}"`);
  await indexLanguage(values.lang as Lang);
} else {
  const statuses = await Promise.all(LANGS.map(indexInChild));
  process.exitCode = statuses.find((status) => status !== 0) ?? 0;
}
