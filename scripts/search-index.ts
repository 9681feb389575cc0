/**
 * Second step of `npm run build`: indexes dist/ with Pagefind's Node API into one bundle per language
 * (/pagefind/de/, /pagefind/en/). Separate bundles load as separate module instances in the browser,
 * so a search across both languages still stems each with its own analyser. It runs after Astro's
 * process has exited, so the build's peak memory is the larger of the two steps, not their sum.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../src/i18n/routes.ts';

const site = join(process.cwd(), 'dist');
try {
  for (const lang of LANGS) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: `${lang}/**/*.html` });
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind', lang) });
    const problems = [...added.errors, ...written.errors];
    if (problems.length) throw new Error(`Pagefind (${lang}): ${problems.join('; ')}`);
    console.log(`search index: ${lang}: ${added.page_count} pages indexed into /pagefind/${lang}/`);
  }
} finally {
  await pagefind.close();
}
