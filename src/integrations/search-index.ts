/**
 * Astro integration: after the build, indexes dist/ with Pagefind's Node API into one bundle per
 * language (/pagefind/de/, /pagefind/en/). Separate bundles load as separate module instances, so a
 * search across both languages still stems each language with its own analyser.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LANGS } from '../i18n/routes.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          for (const lang of LANGS) {
            const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const added = await index.addDirectory({ path: site, glob: `${lang}/**/*.html` });
            const written = await index.writeFiles({ outputPath: `${site}pagefind/${lang}` });
            const problems = [...added.errors, ...written.errors];
            if (problems.length) throw new Error(`Pagefind (${lang}): ${problems.join('; ')}`);
            logger.info(`${lang}: ${added.page_count} pages indexed into /pagefind/${lang}/`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
