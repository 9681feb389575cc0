/**
 * Copies of the project built at most once per test run and read by several suites: the first suite that
 * asks builds it, the others wait for it (tests/global-setup.ts provides the run's folder and removes it).
 */
import { closeSync, copyFileSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { DOCUMENTS_PER_PAGE } from '../../src/page/pagination.ts';
import { siteUrl } from '../../src/routing/site-url.ts';
import { builtSite, type BuiltSite } from './dist.ts';
import { copyProject, PROJECT, projectAt, type ProjectCopy, type ScriptResult } from './project-copy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's shared copies. */
    sharedBuilds: string;
  }
}

/** An article whose summary the grown copy removes, so its summary is pending there. */
export const PENDING = 'microsoft-vertieft-partnerschaft-mit-openai';
/** Where the grown copy is served: under a sub-path, so that its suites also read a site with a base path. */
export const GROWN_SITE = 'https://archive.example.net/archiv/';

const SEEDS = join(PROJECT, 'content', 'sources');
const IMPORT_FIXTURES = join(PROJECT, 'tests', 'fixtures', 'import');

/** About 1 MB of German text with sub-headings, built from the seeds' own paragraphs. */
function longArticle(): string {
  const paragraphs = readFileSync(join(SEEDS, '004_c34021c74e7e4fa9.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 120);
  const parts = ['Ein sehr langer Artikel zum Testen', 'Testverlag 2025-01-02 10:00'];
  for (let section = 1; parts.join('\n\n').length < 1_000_000; section += 1) {
    parts.push(`Abschnitt ${section} des langen Artikels`, ...paragraphs.map((paragraph) => `${paragraph} (${section})`));
  }
  return parts.join('\n\n') + '\n';
}

/** Raw texts `npm run import` brings into the grown copy (tests/site/import.test.ts); `LONG` is longArticle(). */
export const IMPORTS: { file: string; slug: string; args?: string[] }[] = [
  { file: join(SEEDS, '000_db88fdc0d8c3c3ba.txt'), slug: 'seed-000-import', args: ['--title', 'Ein Titel der Redaktion'] },
  { file: join(SEEDS, '004_c34021c74e7e4fa9.txt'), slug: 'seed-004-import' },
  { file: join(IMPORT_FIXTURES, 'tricky-crlf-bom.txt'), slug: 'tricky' },
  { file: join(IMPORT_FIXTURES, 'cr-only.txt'), slug: 'cr-only', args: ['--date', '2024-02-29', '--publisher', 'Testverlag'] },
  { file: join(IMPORT_FIXTURES, 'wrapped-urls.txt'), slug: 'wrapped' },
  { file: 'LONG', slug: 'long-article' },
];

/** Scraped Markdown, HTML and plain text that the grown copy imports as an editor would, in one command naming nothing else (tests/site/import-formats.test.ts). */
export const SCRAPED = join(IMPORT_FIXTURES, 'scraped');
export const SCRAPED_FILES = readdirSync(SCRAPED).sort();

/** What a recipe's steps printed, by step name ("build", "check", "import seed-000-import", …), and the files each import read. */
export interface SharedBuild {
  copy: ProjectCopy;
  /** The copy's dist/, read at the URL it was built for. */
  site: BuiltSite;
  steps: Record<string, ScriptResult>;
  inputs: Record<string, string>;
}

interface Recipe {
  env: { SITE_URL?: string };
  prepare(copy: ProjectCopy): Omit<SharedBuild, 'copy' | 'site'>;
}

const RECIPES = {
  /**
   * The site grown the ways an editor grows it: raw texts and scraped files imported with `npm run import` (then
   * `npm run check`), a pending summary, a second home page, an entity no text mentions (import, cards and entity
   * suites); served under a sub-path (base-path, discovery and link suites).
   */
  grown: {
    env: { SITE_URL: GROWN_SITE },
    prepare(copy) {
      const steps: Record<string, ScriptResult> = {};
      const inputs: Record<string, string> = {};
      for (const { file, slug, args = [] } of IMPORTS) {
        let path = file;
        if (file === 'LONG') {
          path = join(copy.root, 'long-article.txt');
          writeFileSync(path, longArticle());
        }
        // The copy holds the seeds' own articles: a seed imported again is a duplicate on a source of its own.
        const again = file.startsWith(SEEDS) ? ['--allow-duplicate'] : [];
        if (again.length) copyFileSync(file, (path = join(copy.root, `${slug}.txt`)));
        inputs[slug] = path;
        steps[`import ${slug}`] = copy.run('import', path, '--slug', slug, ...args, ...again);
      }
      // The scraped files arrive as a scraper delivers them, and are imported in one command.
      for (const file of SCRAPED_FILES) inputs[`scraped/${file}`] = join(SCRAPED, file);
      steps['import scraped'] = copy.run('import', ...SCRAPED_FILES.map((file) => join(SCRAPED, file)));
      rmSync(join(copy.root, 'content', 'summaries', `${PENDING}.mdx`));
      const articles = join(copy.root, 'content', 'articles');
      const original = readFileSync(join(articles, `${PENDING}.mdx`), 'utf8');
      const source = /^source: "(.*)"$/m.exec(original)![1]!;
      const sources = join(copy.root, 'content', 'sources');
      // Copies enough for one article more than the German home lists, so it continues on a second page.
      const extra = DOCUMENTS_PER_PAGE + 1 - readdirSync(articles).length;
      for (let number = 1; number <= extra; number += 1) {
        // One source file belongs to one article (the content check says so), so each copy has its own.
        copyFileSync(join(sources, source), join(sources, `kopie-${number}.txt`));
        writeFileSync(
          join(articles, `kopie-${number}.mdx`),
          original.replace(/^title: "(.*)"$/m, `title: "$1 (Kopie ${number})"`).replace(/^source: ".*"$/m, `source: "kopie-${number}.txt"`),
        );
      }
      // An entity no text mentions: a warning, not an error (tests/site/entity-errors.test.ts).
      writeFileSync(
        join(copy.root, 'content', 'entities', 'nobody.yaml'),
        'kind: person\nname: { de: "Niemand Nirgends", en: "Nobody Nowhere" }\ndescription: { de: "Test.", en: "Test." }\n',
      );
      // The content check is what an import can break; astro check and Prettier read code, which imports leave alone.
      steps['check'] = copy.run('check:content');
      steps['build'] = copy.run('build');
      return { steps, inputs };
    },
  },
} satisfies Record<string, Recipe>;

/** Waits at most this long for another suite's build of a shared copy. */
const WAIT_MS = 10 * 60_000;

/** The shared copy `name`, built by this call when no other suite of the run has started it, else awaited. */
export async function sharedBuild(name: keyof typeof RECIPES): Promise<SharedBuild> {
  const recipe: Recipe = RECIPES[name];
  const root = join(inject('sharedBuilds'), name);
  const done = `${root}.json`;
  let claimed = false;
  try {
    closeSync(openSync(`${root}.lock`, 'wx'));
    claimed = true;
  } catch {
    // Another suite claimed it first and builds it.
  }
  if (claimed) {
    let result: Omit<SharedBuild, 'copy' | 'site'>;
    try {
      result = recipe.prepare(copyProject({ env: recipe.env, root }));
    } catch (error) {
      result = { steps: { build: { status: null, output: `preparing the shared copy "${name}" failed: ${String(error)}` } }, inputs: {} };
    }
    writeFileSync(`${done}.partial`, JSON.stringify(result));
    renameSync(`${done}.partial`, done);
  }
  for (const started = Date.now(); !existsSync(done); await sleep(250)) {
    if (Date.now() - started > WAIT_MS) throw new Error(`the shared copy "${name}" was not built within ${WAIT_MS / 60_000} minutes`);
  }
  return {
    copy: projectAt(root, recipe.env),
    site: builtSite(join(root, 'dist'), siteUrl(recipe.env.SITE_URL)),
    ...(JSON.parse(readFileSync(done, 'utf8')) as Omit<SharedBuild, 'copy' | 'site'>),
  };
}
