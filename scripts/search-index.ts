/**
 * Second step of `npm run build`: indexes dist/ with Pagefind's Node API into one bundle per language
 * (/pagefind/de/, /pagefind/en/). Separate bundles load as separate module instances in the browser,
 * so a search across both languages still stems each with its own analyser. It runs after Astro's
 * process has exited, so the build's peak memory is the larger of the two steps, not their sum.
 *
 * How each bundle is made: scripts/search/bundles.ts.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS, siteFile } from '../src/routing/urls.ts';
import { buildSearchBundle } from './search/bundles.ts';

const site = join(process.cwd(), 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  for (const lang of LANGS) {
    const started = performance.now();
    const bundle = siteFile({ kind: 'searchBundle', lang });
    const { pages, note, chunkLocations, rewrite } = await buildSearchBundle(site, lang, join(site, bundle));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { fallback, wasmBytes, metaBytes } = rewrite!;
    console.log(
      `search index: ${lang}: ${pages} pages indexed into ${bundle} in ${seconds} s${note}; chunks of ${chunkLocations} word locations; ` +
        `${fallback ? "Pagefind's own file names (see the warning)" : 'files named by position'}, metadata ${kb(metaBytes.before)} -> ${kb(metaBytes.after)}, ` +
        `WebAssembly ${kb(wasmBytes.before)} -> ${kb(wasmBytes.after)}`,
    );
  }
} finally {
  await pagefind.close();
}
