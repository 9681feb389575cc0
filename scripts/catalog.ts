/**
 * npm run catalog: the catalog pass over content/ (no Astro, no rendering), written as JSON Lines to
 * .astro/catalog/ (src/catalog/store.ts describes the files). A build with CATALOG_DIR set reads it there
 * instead of reading content/ itself. Every content problem is printed with file and line, and no catalog
 * is written; the run prints its time and peak memory.
 *
 *   node scripts/catalog.ts [--content content] [--out .astro/catalog]
 */
import { parseArgs } from 'node:util';
import { parseInWorkers } from '../src/catalog/parse-worker.ts';
import { folderSource } from '../src/catalog/source.ts';
import { catalogWriter, DEFAULT_CATALOG_DIR } from '../src/catalog/store.ts';
import { scanContent } from '../src/checks/content-check.ts';
import { contentDigest } from '../src/record/content-files.ts';
import { formatProblem } from '../src/record/problems.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env['CONTENT_DIR'] ?? 'content' },
    out: { type: 'string', default: DEFAULT_CATALOG_DIR },
  },
});
const started = performance.now();
// The parser's native memory is returned only when its thread ends (src/catalog/parse-worker.ts).
parseInWorkers();
const writer = catalogWriter(values.out, contentDigest(values.content));
let scan: ReturnType<typeof scanContent>;
try {
  scan = scanContent(folderSource(values.content), (document) => writer.add(document));
} catch (error) {
  writer.abort();
  throw error;
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const peak = `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
const { problems, counts, entities, events } = scan;
if (problems.length) {
  writer.abort();
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`catalog: ${problems.length} problem(s) in ${values.content}; no catalog written (${seconds} s, peak ${peak})`);
  process.exit(1);
}
writer.finish(entities, events);
console.log(
  `catalog: ${counts.articles} articles, ${counts.summaries} summaries, ${counts.entities} entities, ${counts.events} events -> ${values.out}/ in ${seconds} s, peak ${peak}`,
);
