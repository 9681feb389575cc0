/**
 * One Pagefind bundle per language from a built site. Pagefind gets a copy of each page made for indexing:
 * German pages with their compound boundaries marked (scripts/search/compound-marks.ts), so "Leistung"
 * finds "Rechenleistung", and every page without the ids of its paragraphs (withoutTextAnchors). Its word
 * index is cut into chunks sized for the site (indexChunkLocations); the written bundle is then rewritten,
 * which also removes the marks (scripts/search/pagefind-rewrite.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { Lang } from '../../src/routing/urls.ts';
import { applyMarks, chooseMarkers, findCompoundMarks, type Markers, mayHaveBody, removeMarks } from './compound-marks.ts';
import { germanCompoundSplitter, UNMARKED_ON_THIS_SITE } from './german-compounds.ts';
import { rewriteBundle, type RewriteSummary } from './pagefind-rewrite.ts';

/** Pages handed to Pagefind at a time: enough to keep its service busy without holding the site in memory. */
const BATCH = 32;

/** Pagefind's chunk size in word locations (default 20,000), read when its service process starts. */
const CHUNK_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Word locations per index chunk for a language with `pages` HTML pages. Every search loads the metadata,
 * which lists each chunk, and then the chunks of its terms: small chunks make a long list, large ones a
 * heavy load, so the size grows with the square root of the index. At 1,000 articles (2,129 German pages)
 * `npm run bench`'s first search fetched 113.2, 112.8, 113.5, 112.6 and 120.7 KB with 1,000, 1,500, 2,000,
 * 3,000 and 5,000 locations, 161.9 KB with Pagefind's 20,000 (files named by position in all); 60·√pages gives
 * about 2,800 there.
 */
export function indexChunkLocations(pages: number): number {
  return Math.max(500, Math.round(60 * Math.sqrt(pages)));
}

export interface BuiltBundle {
  pages: number;
  /** What the indexing did beyond the usual, for the build log. */
  note: string;
  /** The word locations per index chunk Pagefind was started with. */
  chunkLocations: number;
  /** The compound marks in the pages Pagefind indexed; the rewrite removes them from the fragments. */
  markers?: Markers | undefined;
  /** Undefined when the bundle was left as Pagefind wrote it. */
  rewrite?: RewriteSummary;
}

/**
 * Indexes the `lang` pages of the site in `site` into `outputPath`. `rewrite: false` leaves the bundle as
 * Pagefind wrote it, marks included, and `chunkLocations` overrides indexChunkLocations (the tests compare
 * these). Call pagefind.close() when done.
 *
 * `onlyIfSearchable` (a shard's bundle) makes no bundle (undefined) when no page marks a searchable part. Pagefind
 * indexes only such pages when there are any, but every page when there are none: the pages that several shards
 * write, such as the not-found pages, would then be found once per shard.
 */
export async function buildSearchBundle(
  site: string,
  lang: Lang,
  outputPath: string,
  {
    rewrite = true,
    chunkLocations,
    onlyIfSearchable = false,
  }: { rewrite?: boolean; chunkLocations?: number; onlyIfSearchable?: boolean } = {},
): Promise<BuiltBundle | undefined> {
  const files = existsSync(join(site, lang)) ? htmlFiles(join(site, lang)) : [];
  if (onlyIfSearchable && !files.some((file) => mayHaveBody(readFileSync(file, 'utf8')))) return undefined;
  const locations = String(chunkLocations ?? indexChunkLocations(files.length));
  if (process.env[CHUNK_VARIABLE] !== locations) {
    // The running service (if any) was started with another size.
    await pagefind.close();
    process.env[CHUNK_VARIABLE] = locations;
  }
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const result = lang === 'de' ? await addMarkedPages(site, files, index) : await addPages(site, files, index, (html) => html);
  // Pagefind leaves files of earlier runs in place; only this run's files may remain.
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  const problems = [...result.errors, ...written.errors];
  if (problems.length) throw new Error(`Pagefind (${lang}): ${problems.join('; ')}`);
  const { note, markers } = result;
  const built = { pages: files.length, note, markers, chunkLocations: Number(locations) };
  if (!rewrite) return built;
  return { ...built, rewrite: await rewriteBundle(outputPath, lang, markers && ((text) => removeMarks(text, markers))) };
}

interface Added {
  errors: string[];
  markers?: Markers | undefined;
  note: string;
}

/**
 * `html` without the ids of elements other than headings. Pagefind stores every element with an id as an
 * anchor, with all its text, but its client makes sub-results only of headings (and of anchors given a
 * title, which this site has none of): the paragraphs' permalink ids stored each article a second time in
 * its fragment. Pagefind also separates words where an element with an id starts, even inline: the
 * excerpt of `"<span id="mention-…">Huang</span> Renxun"` read `" Huang Renxun"`; without the id it reads
 * as the page does. The site's pages keep their ids; this is the copy Pagefind reads. In HTML a "<"
 * outside markup is written "&lt;", so the pattern finds start tags only (and text inside comments and
 * scripts, which Pagefind does not index).
 */
export function withoutTextAnchors(html: string): string {
  return html.replace(/(<(?!h[1-6][\s>/])[a-z][a-z0-9-]*\b[^<>]*?)\sid="[^"]*"/gi, '$1');
}

/** Adds `files` (pages of the site in `site`), each as `content` makes it, without its text anchors. */
async function addPages(
  site: string,
  files: readonly string[],
  index: pagefind.PagefindIndex,
  content: (html: string, file: string) => string,
): Promise<Added> {
  const errors: string[] = [];
  for (let from = 0; from < files.length; from += BATCH) {
    const batch = files.slice(from, from + BATCH).map(async (file) => {
      const html = readFileSync(file, 'utf8');
      const added = await index.addHTMLFile({ url: pagefindUrl(site, file), content: withoutTextAnchors(content(html, file)) });
      errors.push(...added.errors.map((error) => `${relative(site, file)}: ${error}`));
    });
    await Promise.all(batch);
  }
  return { errors, note: '' };
}

/** Every page with a marker at its compound boundaries, under the URL addDirectory would give it. */
async function addMarkedPages(site: string, files: readonly string[], index: pagefind.PagefindIndex): Promise<Added> {
  const split = germanCompoundSplitter();
  const read = (file: string, html = readFileSync(file, 'utf8')) => ({
    file,
    url: pagefindUrl(site, file),
    ...findCompoundMarks(html, split, UNMARKED_ON_THIS_SITE),
  });
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
  if (!markers) {
    console.warn(
      'search index: de: the pages use every candidate mark character (scripts/search/compound-marks.ts), so compounds are not split for search',
    );
    return addPages(site, files, index, (html) => html);
  }
  const { errors } = await addPages(site, files, index, (html, file) => {
    const compounds = marked.get(file);
    return compounds ? applyMarks(html, compounds, markers) : html;
  });
  const compounds = indexed.reduce((sum, page) => sum + page.compounds.length, 0);
  return { errors, markers, note: `, ${compounds} compounds split (marks "${markers.boundary}" "${markers.filler}")` };
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
