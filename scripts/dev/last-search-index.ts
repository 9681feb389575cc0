/**
 * `npm run dev` only: serves the last build's search bundles (dist/pagefind/<lang>/) at their URLs, because
 * Pagefind indexes built pages and the dev server builds none. Without a build the files are missing and
 * the search page says that search needs `npm run build` (src/scripts/search.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { filePath, LANGS, siteFile } from '../../src/routing/urls.ts';

export function lastSearchIndex(): AstroIntegration {
  let outDir = '';
  let dev = false;
  return {
    name: 'last-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        // `astro build` sets up a server too (content sync); the last build's index is for `astro dev` alone.
        if (!dev) return;
        for (const lang of LANGS) {
          const bundle = join(outDir, siteFile({ kind: 'searchBundle', lang }));
          logger.info(
            existsSync(bundle)
              ? `search (${lang}) uses the last build's index from ${statSync(bundle).mtime.toISOString()}; npm run build renews it`
              : `search (${lang}) needs npm run build: there is no built index in ${bundle} yet`,
          );
          // dev: files are looked up on each request, so a new build's bundles are served at once.
          server.middlewares.use(filePath({ kind: 'searchBundle', lang }), sirv(bundle, { dev: true }));
        }
      },
    },
  };
}
