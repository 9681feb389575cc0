/**
 * npm run import -- <file> [--slug S] [--title T] [--lede L] [--publisher P] [--date YYYY-MM-DD[THH:MM]] [--translated-from LANG]
 *   [--format text|markdown|html] [--complete | --truncated] [--keep-furniture] [--allow-duplicate] [--force]
 * npm run import -- <file> <file> … [--translated-from LANG] [--format F] [--keep-furniture] [--allow-duplicate] [--force]
 * Writes content/articles/<slug>.mdx for each file and copies the raw file byte for byte into content/sources/.
 * Several files (a scraper's delivery) are one import: each is checked first, and if any is refused, none is written.
 * CONTENT_DIR points elsewhere (tests, bench).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readArticleBody } from '../src/record/article-mdx.ts';
import { normalisedArticleText, prepareImport, type ImportOverrides } from '../src/record/import-article.ts';
import { SOURCE_FORMATS, type SourceFormat } from '../src/record/import/formats.ts';
import { InputRefusal } from '../src/record/text-decoding.ts';
import { countWords, readingMinutes } from '../src/page/reading-time.ts';

const USAGE = [
  'usage: npm run import -- <file> [--slug S] [--title T] [--lede L] [--publisher P] [--date YYYY-MM-DD[THH:MM]] [--translated-from LANG] [--format text|markdown|html] [--complete | --truncated] [--keep-furniture] [--allow-duplicate] [--force]',
  '       npm run import -- <file> <file> … [--translated-from LANG] [--format text|markdown|html] [--keep-furniture] [--allow-duplicate] [--force]',
].join('\n');
/** Options that describe one article: given with several files, they would be wrong for all but one. */
const ONE_ARTICLE_OPTIONS = ['slug', 'title', 'lede', 'publisher', 'date', 'complete', 'truncated'] as const;
/** Larger texts are imported, with a warning: a page of this size is slow to read and to build. */
const LARGE_TEXT_BYTES = 500_000;
/** Raw files keep their name and extension; any other extension is stored as .txt. */
const KEPT_EXTENSION = /\.(?:txt|md|markdown|html?)$/i;

/**
 * The name a raw file is stored under: its own, with .txt for another extension, and composed (NFC): the built site
 * writes a source's page under the composed name, so a decomposed one (as macOS writes umlauts) would be linked where nothing is.
 */
function storedName(name: string, composed = true): string {
  const kept = KEPT_EXTENSION.test(name) ? name : name.replace(/\.[^.]*$/, '') + '.txt';
  return composed ? kept.normalize('NFC') : kept;
}

function fail(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(1);
}

interface KnownArticle {
  source: unknown;
  text: string;
}

/** Each existing article's source file and normalised text, by article path. */
function existingArticles(articlesDir: string): Map<string, KnownArticle> {
  const found = new Map<string, KnownArticle>();
  if (!existsSync(articlesDir)) return found;
  for (const name of readdirSync(articlesDir).filter((file) => file.endsWith('.mdx'))) {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!match) continue;
    let data: Record<string, unknown> | null = null;
    try {
      data = parse(match[1]!) as Record<string, unknown> | null;
    } catch {
      // The content check reports broken frontmatter; for duplicates its body alone counts.
    }
    found.set(join(articlesDir, name), {
      source: data?.['source'],
      text: normalisedArticleText(data ?? {}, readArticleBody(text.slice(match[0].length))),
    });
  }
  return found;
}

/** One file ready to be written: its article and source paths, bytes and what the importer recognised. */
interface PreparedFile {
  file: string;
  bytes: Uint8Array;
  articlePath: string;
  sourcePath: string;
  mdx: string;
  text: string;
  notes: string[];
}

type Options = { force: boolean; 'allow-duplicate': boolean };

/** The files of this import prepared so far: the input file of each article path and source path they write. */
interface Batch {
  articles: Map<string, string>;
  sources: Map<string, string>;
}

/**
 * Reads and prepares one file against the archive's articles and the files of this import before it (`known`, by
 * article path; `batch`): the prepared file, or why it is refused.
 */
function prepareFile(
  file: string,
  overrides: ImportOverrides,
  options: Options,
  contentDir: string,
  known: Map<string, KnownArticle>,
  batch: Batch,
): PreparedFile | string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EISDIR' ? 'is a folder; give its files (e.g. folder/*)' : `cannot read it (${code ?? (error as Error).message})`;
  }
  const sourceName = storedName(basename(file));
  let prepared;
  try {
    prepared = prepareImport(bytes, sourceName, overrides);
  } catch (error) {
    if (error instanceof InputRefusal) return error.message;
    throw error;
  }
  if (sourceName !== storedName(basename(file), false))
    prepared.notes.unshift(
      `source file: its name is stored composed (NFC), as the built site serves it: "${sourceName}"; the bytes are unchanged`,
    );
  const articlesDir = join(contentDir, 'articles');
  const articlePath = join(articlesDir, `${prepared.slug}.mdx`);
  const sourcePath = join(contentDir, 'sources', sourceName);
  const sameName = batch.sources.get(sourcePath);
  if (sameName) return `${relative('.', sameName)} in this import has the same file name; rename one of them`;
  if (!options.force && existsSync(articlePath))
    return `${relative('.', articlePath)} exists already; choose another --slug or pass --force to replace it`;
  const sameSource = !existsSync(sourcePath) || Buffer.from(bytes).equals(readFileSync(sourcePath));
  if (!sameSource) {
    // --force replaces the article it names, never a source another article stands on.
    const users = [...known]
      .filter(([path, article]) => path !== articlePath && article.source === sourceName)
      .map(([path]) => relative('.', path));
    if (users.length)
      return `${relative('.', sourcePath)} exists with other content and is the source of ${users.join(', ')}; rename the input file`;
    if (!options.force) return `${relative('.', sourcePath)} exists with other content; rename the input file or pass --force`;
  }
  const text = normalisedArticleText(prepared.frontmatter, prepared.blocks);
  // The article this one replaces (--force) is no duplicate of it; an earlier file of this import with its slug is.
  const duplicate = [...known].find(([path, article]) => (path !== articlePath || batch.articles.has(path)) && article.text === text);
  if (duplicate && !options['allow-duplicate']) {
    const [path] = duplicate;
    const earlier = batch.articles.get(path);
    return earlier
      ? `this text is the text of ${relative('.', earlier)} in this import (${basename(path, '.mdx')}); leave one out, or pass --allow-duplicate to import both`
      : `this text is already imported as ${basename(path, '.mdx')} (${relative('.', path)}); pass --allow-duplicate to import it again`;
  }
  // After the duplicate check: a copy of another file of the delivery gets its slug too, and is better named a copy.
  const sameSlug = batch.articles.get(articlePath);
  if (sameSlug) return `${relative('.', sameSlug)} in this import gets the slug ${prepared.slug} too; import this one alone with --slug`;
  return { file, bytes, articlePath, sourcePath, mdx: prepared.mdx, text, notes: prepared.notes };
}

function run(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        title: { type: 'string' },
        lede: { type: 'string' },
        publisher: { type: 'string' },
        date: { type: 'string' },
        'translated-from': { type: 'string' },
        format: { type: 'string' },
        complete: { type: 'boolean', default: false },
        truncated: { type: 'boolean', default: false },
        'keep-furniture': { type: 'boolean', default: false },
        'allow-duplicate': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) fail('no file given');
  const oneArticleOptions = ONE_ARTICLE_OPTIONS.filter((name) => values[name] !== undefined && values[name] !== false);
  if (positionals.length > 1 && oneArticleOptions.length)
    fail(`${oneArticleOptions.map((name) => `--${name}`).join(', ')} describe one article: import that file alone`);
  if (values.complete && values.truncated) fail('--complete and --truncated contradict each other; give one');
  if (values.format !== undefined && !(SOURCE_FORMATS as readonly string[]).includes(values.format))
    fail(`--format "${values.format}": use ${SOURCE_FORMATS.join(', ')}`);

  const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
  const overrides: ImportOverrides = {};
  for (const key of ['slug', 'title', 'publisher', 'date', 'lede'] as const) {
    if (values[key] !== undefined) overrides[key] = values[key];
  }
  if (values['translated-from'] !== undefined) overrides.translatedFrom = values['translated-from'];
  if (values.format !== undefined) overrides.format = values.format as SourceFormat;
  if (values.complete || values.truncated) overrides.truncated = values.truncated;
  if (values['keep-furniture']) overrides.keepFurniture = true;

  // Every file is checked against the archive and the files before it; only if none is refused is anything written.
  const known = existingArticles(join(contentDir, 'articles'));
  const batch: Batch = { articles: new Map(), sources: new Map() };
  const ready: PreparedFile[] = [];
  const refused: string[] = [];
  for (const file of positionals.map((path) => resolve(path))) {
    const result = prepareFile(file, overrides, values, contentDir, known, batch);
    if (typeof result === 'string') {
      refused.push(`${file}: ${result}`);
      continue;
    }
    ready.push(result);
    known.set(result.articlePath, { source: basename(result.sourcePath), text: result.text });
    batch.articles.set(result.articlePath, file);
    batch.sources.set(result.sourcePath, file);
  }
  if (refused.length) {
    const others =
      positionals.length > 1 ? ` (${ready.length} of ${positionals.length} files were ready; fix or leave out the others)` : '';
    console.error(`import: ${refused.join('\n')}\nnothing was written${others}`);
    process.exit(1);
  }

  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  for (const { file, bytes, articlePath, sourcePath, mdx, text, notes } of ready) {
    writeFileSync(sourcePath, bytes);
    writeFileSync(articlePath, mdx);
    if (ready.length > 1) console.log(`${relative('.', file)}:`);
    console.log(`wrote ${relative('.', articlePath)}\nwrote ${relative('.', sourcePath)} (${bytes.length} bytes, unchanged)`);
    console.log(`recognised:\n${notes.map((note) => `  - ${note}`).join('\n')}`);
    if (bytes.length > LARGE_TEXT_BYTES) {
      const words = countWords(text);
      console.warn(
        `warning: the text is large: ${(bytes.length / 1024).toFixed(0)} KB, ${words.toLocaleString('en')} words, about ${readingMinutes(text)} minutes of reading; consider splitting it`,
      );
    }
  }
}

run();
