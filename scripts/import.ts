/**
 * npm run import -- <file.txt> [--slug S] [--title T] [--publisher P] [--date YYYY-MM-DD[THH:MM]] [--translated-from LANG] [--force]
 * Writes content/articles/<slug>.mdx and copies the raw file byte for byte into content/sources/.
 * CONTENT_DIR points elsewhere (tests, bench).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareImport, type ImportOverrides } from '../src/record/import-article.ts';
import { InputRefusal } from '../src/record/text-decoding.ts';

const USAGE =
  'usage: npm run import -- <file.txt> [--slug S] [--title T] [--publisher P] [--date YYYY-MM-DD[THH:MM]] [--translated-from LANG] [--force]';

function fail(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(1);
}

function run(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        title: { type: 'string' },
        publisher: { type: 'string' },
        date: { type: 'string' },
        'translated-from': { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) fail(positionals.length ? 'give exactly one file' : 'no file given');
  const file = resolve(positionals[0]!);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }

  const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
  const sourceName = basename(file).replace(/\.[^.]*$/, '') + '.txt';
  const overrides: ImportOverrides = {};
  for (const key of ['slug', 'title', 'publisher', 'date'] as const) {
    if (values[key] !== undefined) overrides[key] = values[key];
  }
  if (values['translated-from'] !== undefined) overrides.translatedFrom = values['translated-from'];

  let prepared;
  try {
    prepared = prepareImport(bytes, sourceName, overrides);
  } catch (error) {
    if (error instanceof InputRefusal) fail(`${file}: ${error.message}; nothing was written`);
    throw error;
  }

  const articlePath = join(contentDir, 'articles', `${prepared.slug}.mdx`);
  const sourcePath = join(contentDir, 'sources', sourceName);
  if (!values.force && existsSync(articlePath)) {
    fail(`${relative('.', articlePath)} exists already; choose another --slug or pass --force to replace it; nothing was written`);
  }
  if (!values.force && existsSync(sourcePath) && !Buffer.from(bytes).equals(readFileSync(sourcePath))) {
    fail(`${relative('.', sourcePath)} exists with other content; rename the input file or pass --force; nothing was written`);
  }
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  writeFileSync(sourcePath, bytes);
  writeFileSync(articlePath, prepared.mdx);
  console.log(`wrote ${relative('.', articlePath)}\nwrote ${relative('.', sourcePath)} (${bytes.length} bytes, unchanged)`);
  console.log(`recognised:\n${prepared.notes.map((note) => `  - ${note}`).join('\n')}`);
}

run();
