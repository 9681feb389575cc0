/**
 * Second step of `npm run build`: indexes dist/ with Pagefind's Node API into one bundle per language
 * (/pagefind/de/, /pagefind/en/). Separate bundles load as separate module instances in the browser,
 * so a search across both languages still stems each with its own analyser. It runs after Astro's
 * process has exited, so the build's peak memory is the larger of the two steps, not their sum.
 *
 * German pages go in one by one with their compound boundaries marked (src/lib/compound-marks.ts), so
 * "Leistung" finds "Rechenleistung"; the marks are then removed from the written fragment files.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS, type Lang } from '../src/i18n/routes.ts';
import { applyMarks, chooseMarkers, findCompoundMarks, type Markers, mayHaveBody, unmarkFragmentFile } from '../src/lib/compound-marks.ts';
import { germanCompoundSplitter, UNMARKED_ON_THIS_SITE } from './lib/german-compounds.ts';

const site = join(process.cwd(), 'dist');
/** Pages handed to Pagefind at a time: enough to keep its service busy without holding the site in memory. */
const BATCH = 32;

try {
  for (const lang of LANGS) {
    const started = performance.now();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const outputPath = join(site, 'pagefind', lang);
    const result = lang === 'de' ? await addMarkedPages(index, lang) : await addPages(index, lang);
    // Pagefind leaves files of earlier runs in place; only this run's files may remain.
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    const problems = [...result.errors, ...written.errors];
    if (problems.length) throw new Error(`Pagefind (${lang}): ${problems.join('; ')}`);
    const unmarked = result.markers ? unmarkFragments(join(outputPath, 'fragment'), result.markers) : 0;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `search index: ${lang}: ${result.pages} pages indexed into /pagefind/${lang}/ in ${seconds} s${result.note}${unmarked ? `, marks removed from ${unmarked} fragment files` : ''}`,
    );
  }
} finally {
  await pagefind.close();
}

interface Added {
  pages: number;
  errors: string[];
  markers?: Markers;
  note: string;
}

async function addPages(index: pagefind.PagefindIndex, lang: Lang): Promise<Added> {
  const added = await index.addDirectory({ path: site, glob: `${lang}/**/*.html` });
  return { pages: added.page_count, errors: added.errors, note: '' };
}

/** Every page of `lang` with a marker at its compound boundaries, under the URL addDirectory would give it. */
async function addMarkedPages(index: pagefind.PagefindIndex, lang: Lang): Promise<Added> {
  const split = germanCompoundSplitter();
  const read = (file: string, html = readFileSync(file, 'utf8')) => ({
    file,
    url: pagefindUrl(file),
    ...findCompoundMarks(html, split, UNMARKED_ON_THIS_SITE),
  });
  const files = htmlFiles(join(site, lang));
  const withBody = files.flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    return mayHaveBody(html) ? [read(file, html)] : [];
  });
  // Pagefind indexes only the pages with a body element when there are any, else all of them.
  const indexed = withBody.some((page) => page.hasBody) ? withBody.filter((page) => page.hasBody) : files.map((file) => read(file));
  const marked = new Map(indexed.map((page) => [page.file, page.compounds]));
  const markers = chooseMarkers(
    indexed.map((page) => page.present),
    indexed.map((page) => page.url),
  );
  const errors: string[] = [];
  for (let from = 0; from < files.length; from += BATCH) {
    const batch = files.slice(from, from + BATCH).map(async (file) => {
      const html = readFileSync(file, 'utf8');
      const compounds = marked.get(file);
      const added = await index.addHTMLFile({
        url: pagefindUrl(file),
        content: markers && compounds ? applyMarks(html, compounds, markers) : html,
      });
      errors.push(...added.errors.map((error) => `${relative(site, file)}: ${error}`));
    });
    await Promise.all(batch);
  }
  const compounds = indexed.reduce((sum, page) => sum + page.compounds.length, 0);
  if (!markers) {
    console.warn(
      `search index: ${lang}: the pages use every candidate mark character (src/lib/compound-marks.ts), so compounds are not split for search`,
    );
    return { pages: files.length, errors, note: '' };
  }
  return { pages: files.length, errors, markers, note: `, ${compounds} compounds split (marks "${markers.boundary}" "${markers.filler}")` };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Pagefind's own result URL for a file under dist/ (its build_url: "/" + path, "index.html" dropped). */
function pagefindUrl(file: string): string {
  return `/${relative(site, file).split(sep).join('/').replaceAll('index.html', '')}`;
}

/** Removes the marks from every fragment file that holds some; returns how many changed. */
function unmarkFragments(dir: string, markers: Markers): number {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const file = readFileSync(path);
    const unmarked = unmarkFragmentFile(file, markers, path);
    if (unmarked) {
      writeFileSync(path, unmarked);
      changed++;
    }
  }
  return changed;
}
