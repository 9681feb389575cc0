/** npm run check (after astro check): content checks that need no build; exits non-zero on any problem. */
import { readContentFiles } from '../src/record/content-files.ts';
import { checkContent } from '../src/checks/content-check.ts';
import { formatProblem } from '../src/record/problems.ts';

const files = readContentFiles(process.env['CONTENT_DIR'] ?? 'content');
const problems = checkContent(files);
for (const problem of problems) console.error(formatProblem(problem));
const counted = `${files.articles.size} articles, ${files.summaries.size} summaries, ${files.entities.size} entities, ${files.events.size} events, ${files.sources.size} sources`;
if (problems.length) {
  console.error(`content check: ${problems.length} problem(s) in ${counted}`);
  process.exit(1);
}
console.log(
  `content check: ${counted}: every article matches its source word for word; references and aliases hold; every summary statement and event cites existing paragraphs that give its figures and dates`,
);
