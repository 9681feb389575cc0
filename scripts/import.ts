/**
 * npm run import -- <file> [--slug S] [--title T] [--lede L] [--publisher P] [--date YYYY-MM-DD[THH:MM]] [--translated-from LANG]
 *   [--format text|markdown|html] [--complete | --truncated] [--keep-furniture] [--allow-duplicate] [--force]
 * Writes content/articles/<slug>.mdx and copies the raw file byte for byte into content/sources/.
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

const USAGE =
  'usage: npm run import -- <file> [--slug S] [--title T] [--lede L] [--publisher P] [--date YYYY-MM-DD[THH:MM]] [--translated-from LANG] [--format text|markdown|html] [--complete | --truncated] [--keep-furniture] [--allow-duplicate] [--force]';
/** Larger texts are imported, with a warning: a page of this size is slow to read and to build. */
const LARGE_TEXT_BYTES = 500_000;
/** Raw files keep their name and extension; any other extension is stored as .txt. */
const KEPT_EXTENSION = /\.(?:txt|md|markdown|html?)$/i;

function fail(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(1);
}

/** Each existing article's source file and normalised text, by article path. */
function existingArticles(articlesDir: string): Map<string, { source: unknown; text: string }> {
  const found = new Map<string, { source: unknown; text: string }>();
  if (!existsSync(articlesDir)) return found;
  for (const name of readdirSync(articlesDir).filter((file) => file.endsWith('.mdx'))) {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!match) continue;
    let data: Record<string, unknown> | null = null;
    try {
      data = parse(match[1]!) as Record<string, unknown> | null;
    } catch {
      // The content check reports broken frontmatter; for duplicates the body alone counts.
    }
    found.set(join(articlesDir, name), {
      source: data?.['source'],
      text: normalisedArticleText(readArticleBody(text.slice(match[0].length))),
    });
  }
  return found;
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
  if (positionals.length !== 1) fail(positionals.length ? 'give exactly one file' : 'no file given');
  if (values.complete && values.truncated) fail('--complete and --truncated contradict each other; give one');
  if (values.format !== undefined && !(SOURCE_FORMATS as readonly string[]).includes(values.format))
    fail(`--format "${values.format}": use ${SOURCE_FORMATS.join(', ')}`);
  const file = resolve(positionals[0]!);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }

  const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
  const sourceName = KEPT_EXTENSION.test(basename(file)) ? basename(file) : basename(file).replace(/\.[^.]*$/, '') + '.txt';
  const overrides: ImportOverrides = {};
  for (const key of ['slug', 'title', 'publisher', 'date', 'lede'] as const) {
    if (values[key] !== undefined) overrides[key] = values[key];
  }
  if (values['translated-from'] !== undefined) overrides.translatedFrom = values['translated-from'];
  if (values.format !== undefined) overrides.format = values.format as SourceFormat;
  if (values.complete || values.truncated) overrides.truncated = values.truncated;
  if (values['keep-furniture']) overrides.keepFurniture = true;

  let prepared;
  try {
    prepared = prepareImport(bytes, sourceName, overrides);
  } catch (error) {
    if (error instanceof InputRefusal) fail(`${file}: ${error.message}; nothing was written`);
    throw error;
  }

  const articlesDir = join(contentDir, 'articles');
  const articlePath = join(articlesDir, `${prepared.slug}.mdx`);
  const sourcePath = join(contentDir, 'sources', sourceName);
  const existing = existingArticles(articlesDir);
  if (!values.force && existsSync(articlePath)) {
    fail(`${relative('.', articlePath)} exists already; choose another --slug or pass --force to replace it; nothing was written`);
  }
  const sameSource = !existsSync(sourcePath) || Buffer.from(bytes).equals(readFileSync(sourcePath));
  if (!sameSource) {
    // --force replaces the article it names, never a source another article stands on.
    const users = [...existing]
      .filter(([path, article]) => path !== articlePath && article.source === sourceName)
      .map(([path]) => relative('.', path));
    if (users.length)
      fail(
        `${relative('.', sourcePath)} exists with other content and is the source of ${users.join(', ')}; rename the input file; nothing was written`,
      );
    if (!values.force)
      fail(`${relative('.', sourcePath)} exists with other content; rename the input file or pass --force; nothing was written`);
  }
  const text = normalisedArticleText(prepared.blocks);
  const duplicate = [...existing].find(([path, article]) => path !== articlePath && article.text === text);
  if (duplicate && !values['allow-duplicate']) {
    fail(
      `this text is already imported as ${basename(duplicate[0], '.mdx')} (${relative('.', duplicate[0])}); pass --allow-duplicate to import it again; nothing was written`,
    );
  }
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  writeFileSync(sourcePath, bytes);
  writeFileSync(articlePath, prepared.mdx);
  console.log(`wrote ${relative('.', articlePath)}\nwrote ${relative('.', sourcePath)} (${bytes.length} bytes, unchanged)`);
  console.log(`recognised:\n${prepared.notes.map((note) => `  - ${note}`).join('\n')}`);
  if (bytes.length > LARGE_TEXT_BYTES) {
    const words = countWords(text);
    console.warn(
      `warning: the text is large: ${(bytes.length / 1024).toFixed(0)} KB, ${words.toLocaleString('en')} words, about ${readingMinutes(text)} minutes of reading; consider splitting it`,
    );
  }
}

run();
