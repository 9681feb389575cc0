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
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

try {
  for (const lang of LANGS) {
    const started = performance.now();
    const { pages, note, rewrite } = await buildSearchBundle(site, lang, join(site, siteFile({ kind: 'searchBundle', lang })));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { chunks, fragmentBytes, wasmBytes } = rewrite!;
    console.log(
      `search index: ${lang}: ${pages} pages indexed into /pagefind/${lang}/ in ${seconds} s${note}; ` +
        `${chunks.before} word chunks regrouped into ${chunks.after} of ~${kb(chunks.target)}, fragments ${kb(fragmentBytes.before)} -> ${kb(fragmentBytes.after)}, ` +
        `WebAssembly ${kb(wasmBytes.before)} -> ${kb(wasmBytes.after)}`,
    );
  }
} finally {
  await pagefind.close();
}
