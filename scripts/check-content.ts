/** npm run check (after astro check): content checks that need no build; exits non-zero on any problem. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type ContentFiles } from '../src/lib/content-check.ts';

const root = process.env['CONTENT_DIR'] ?? 'content';

function read(folder: string, extension: string): Map<string, string> {
  const dir = join(root, folder);
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).filter((file) => file.endsWith(extension)).sort()) {
    files.set(`content/${folder}/${name}`, readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

const files: ContentFiles = {
  articles: read('articles', '.mdx'),
  summaries: read('summaries', '.mdx'),
  entities: read('entities', '.yaml'),
  events: read('events', '.yaml'),
  sources: new Map([...read('sources', '').entries()].map(([path, text]) => [path.replace(/^.*\//, ''), text])),
};
const problems = checkContent(files);
for (const problem of problems) console.error(`${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
const counted = `${files.articles.size} articles, ${files.summaries.size} summaries, ${files.entities.size} entities, ${files.events.size} events, ${files.sources.size} sources`;
if (problems.length) {
  console.error(`content check: ${problems.length} problem(s) in ${counted}`);
  process.exit(1);
}
console.log(`content check: ${counted}: every article matches its source word for word; references and aliases hold; every summary statement and event cites existing paragraphs that give its figures and dates`);
