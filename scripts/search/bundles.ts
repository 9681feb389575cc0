/**
 * One Pagefind bundle per language from a built site: German pages go in with their compound boundaries
 * marked (scripts/search/compound-marks.ts), so "Leistung" finds "Rechenleistung"; the written bundle is then
 * rewritten for a lighter first search, which also removes the marks (scripts/search/pagefind-rewrite.ts).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { Lang } from '../../src/routing/urls.ts';
import { applyMarks, chooseMarkers, findCompoundMarks, type Markers, mayHaveBody, removeMarks } from './compound-marks.ts';
import { germanCompoundSplitter, UNMARKED_ON_THIS_SITE } from './german-compounds.ts';
import { rewriteBundle, type RewriteSummary } from './pagefind-rewrite.ts';

/** Pages handed to Pagefind at a time: enough to keep its service busy without holding the site in memory. */
const BATCH = 32;

export interface BuiltBundle {
  pages: number;
  /** What the indexing did beyond the usual, for the build log. */
  note: string;
  /** The compound marks in the pages Pagefind indexed; the rewrite removes them from the fragments. */
  markers?: Markers | undefined;
  /** Undefined when the bundle was left as Pagefind wrote it. */
  rewrite?: RewriteSummary;
}

/**
 * Indexes the `lang` pages of the site in `site` into `outputPath`. `rewrite: false` leaves the bundle as
 * Pagefind wrote it, marks included, and `chunkBytes` overrides the chunk size (the tests compare these).
 * Call pagefind.close() when done.
 */
export async function buildSearchBundle(
  site: string,
  lang: Lang,
  outputPath: string,
  { rewrite = true, chunkBytes }: { rewrite?: boolean; chunkBytes?: number } = {},
): Promise<BuiltBundle> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const result = lang === 'de' ? await addMarkedPages(site, index, lang) : await addPages(site, index, lang);
  // Pagefind leaves files of earlier runs in place; only this run's files may remain.
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  const problems = [...result.errors, ...written.errors];
  if (problems.length) throw new Error(`Pagefind (${lang}): ${problems.join('; ')}`);
  const { pages, note, markers } = result;
  if (!rewrite) return { pages, note, markers };
  const editText = markers && ((text: string) => removeMarks(text, markers));
  return {
    pages,
    note,
    markers,
    rewrite: await rewriteBundle(outputPath, lang, { ...(editText && { editText }), ...(chunkBytes && { chunkBytes }) }),
  };
}

interface Added {
  pages: number;
  errors: string[];
  markers?: Markers | undefined;
  note: string;
}

async function addPages(site: string, index: pagefind.PagefindIndex, lang: Lang): Promise<Added> {
  const added = await index.addDirectory({ path: site, glob: `${lang}/**/*.html` });
  return { pages: added.page_count, errors: added.errors, note: '' };
}

/** Every page of `lang` with a marker at its compound boundaries, under the URL addDirectory would give it. */
async function addMarkedPages(site: string, index: pagefind.PagefindIndex, lang: Lang): Promise<Added> {
  const split = germanCompoundSplitter();
  const read = (file: string, html = readFileSync(file, 'utf8')) => ({
    file,
    url: pagefindUrl(site, file),
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
        url: pagefindUrl(site, file),
        content: markers && compounds ? applyMarks(html, compounds, markers) : html,
      });
      errors.push(...added.errors.map((error) => `${relative(site, file)}: ${error}`));
    });
    await Promise.all(batch);
  }
  const compounds = indexed.reduce((sum, page) => sum + page.compounds.length, 0);
  if (!markers) {
    console.warn(
      `search index: ${lang}: the pages use every candidate mark character (scripts/search/compound-marks.ts), so compounds are not split for search`,
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
function pagefindUrl(site: string, file: string): string {
  return `/${relative(site, file).split(sep).join('/').replaceAll('index.html', '')}`;
}
