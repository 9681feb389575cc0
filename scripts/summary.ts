/**
 * npm run summary -- <slug>
 * Writes content/summaries/<slug>.mdx to start an English summary: placeholders that `npm run check`
 * refuses until they are written, and the German paragraphs numbered as citations number them.
 * CONTENT_DIR points elsewhere (tests).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ARTICLE_SCHEMA } from '../src/record/schemas.ts';
import { readFrontmatter } from '../src/record/yaml-reader.ts';
import { articleParagraphs } from '../src/record/paragraphs.ts';
import { formatProblem, type Problem } from '../src/record/problems.ts';
import { SLUG_PATTERN } from '../src/record/slug.ts';
import { summaryScaffold } from '../src/record/summary-scaffold.ts';
import { editDistance } from '../src/search/entity-answers.ts';

const USAGE = 'usage: npm run summary -- <slug>   (the file name of an article in content/articles/, without .mdx)';
/** Up to this many articles, a wrong slug lists them all; beyond it, only the closest. */
const LISTED_SLUGS = 10;

function fail(message: string): never {
  console.error(`summary: ${message}\n${USAGE}`);
  process.exit(1);
}

/** "the articles are a, b" or "the closest is c": what to type instead of a slug that names no article. */
function slugHint(slug: string, slugs: string[]): string {
  if (slugs.length === 0) return 'there are no articles yet; import one first with npm run import -- <file>';
  if (slugs.length <= LISTED_SLUGS) return `the articles are: ${slugs.join(', ')}`;
  let closest = slugs[0]!;
  let closestDistance = Infinity;
  for (const candidate of slugs) {
    // The limit stops each comparison once it cannot beat the closest so far.
    const distance = editDistance(slug, candidate, Math.min(closestDistance, Math.max(slug.length, candidate.length)));
    if (distance < closestDistance) [closest, closestDistance] = [candidate, distance];
  }
  return `the closest is ${closest} (of ${slugs.length} articles)`;
}

function run(): void {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: {} });
  } catch (error) {
    fail((error as Error).message);
  }
  const { positionals } = parsed;
  if (positionals.length !== 1) fail(positionals.length ? 'give exactly one slug' : 'no slug given');
  const slug = positionals[0]!.replace(/\.mdx$/, '');
  if (!SLUG_PATTERN.test(slug)) fail(`"${slug}" is not a slug: lowercase ASCII words joined by hyphens, e.g. microsoft-openai-deal`);

  const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
  const articlePath = join(contentDir, 'articles', `${slug}.mdx`);
  const summaryPath = join(contentDir, 'summaries', `${slug}.mdx`);
  if (!existsSync(articlePath)) {
    const articlesDir = join(contentDir, 'articles');
    const slugs = existsSync(articlesDir)
      ? readdirSync(articlesDir)
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => name.slice(0, -'.mdx'.length))
          .sort()
      : [];
    fail(`there is no article "${slug}" (${relative('.', articlePath)}); ${slugHint(slug, slugs)}; nothing was written`);
  }
  if (existsSync(summaryPath)) fail(`${relative('.', summaryPath)} exists already; edit it instead; nothing was written`);

  const problems: Problem[] = [];
  const article = readFrontmatter(relative('.', articlePath), readFileSync(articlePath, 'utf8'), ARTICLE_SCHEMA, problems);
  if (!article) fail(`${problems.map(formatProblem).join('\n')}\nfix the article first; nothing was written`);
  const paragraphs = articleParagraphs(article.data.lede, article.body);

  mkdirSync(join(contentDir, 'summaries'), { recursive: true });
  writeFileSync(summaryPath, summaryScaffold(slug, paragraphs));
  console.log(
    `wrote ${relative('.', summaryPath)} with the article's ${paragraphs.length} German paragraphs listed in a comment to cite from.\n` +
      'Fill in title, keyPoints and the body, delete the listing, then run npm run check: it fails until every placeholder is written.',
  );
}

run();
