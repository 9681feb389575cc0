/** npm run check (after astro check): content checks that need no build; exits non-zero on any problem. */
import { parseInWorkers } from '../src/catalog/parse-worker.ts';
import { folderSource } from '../src/catalog/source.ts';
import { scanContent } from '../src/checks/content-check.ts';
import { formatProblem } from '../src/record/problems.ts';

// The catalog pass without its output: one streaming read, whatever the size of the archive.
parseInWorkers();
const { problems, counts } = scanContent(folderSource(process.env['CONTENT_DIR'] ?? 'content'));
for (const problem of problems) console.error(formatProblem(problem));
const counted = `${counts.articles} articles, ${counts.summaries} summaries, ${counts.entities} entities, ${counts.events} events`;
if (problems.length) {
  console.error(`content check: ${problems.length} problem(s) in ${counted}`);
  process.exit(1);
}
console.log(
  `content check: ${counted}: every article matches its source word for word; references and aliases hold; every summary statement and event cites existing paragraphs that give its figures and dates`,
);
