/**
 * npm run catalog: the catalog pass over content/ (no Astro, no rendering), written as JSON Lines to
 * .astro/catalog/ (src/catalog/store.ts describes the files). A build with CATALOG_DIR set reads it there
 * instead of reading content/ itself. Every content problem is printed with file and line, and no catalog
 * is written; the run prints its time, peak memory and how many documents kept their entries from the
 * catalog that was there before (src/catalog/reuse.ts; the CI plan job restores the last one from its cache).
 *
 *   node scripts/catalog.ts [--content content] [--out .astro/catalog]
 */
import { parseArgs } from 'node:util';
import { parseInWorkers } from '../src/catalog/parse-worker.ts';
import { catalogReuse } from '../src/catalog/reuse.ts';
import { folderSource } from '../src/catalog/source.ts';
import { catalogContext, catalogWriter, DEFAULT_CATALOG_DIR } from '../src/catalog/store.ts';
import { scanContent, type ContentScan } from '../src/checks/content-check.ts';
import { contentDigest } from '../src/record/content-files.ts';
import { formatProblem } from '../src/record/problems.ts';
import { codeDigest } from './shards/plan.ts';

/** The catalog of `content` written to `out` (unless a problem is found), under `code` (a digest of the code: codeDigest). */
export function writeCatalog(content: string, out: string, code: string): ContentScan & { reused: number; unused: string | undefined } {
  const context = catalogContext(code, content);
  const reuse = catalogReuse(out, context);
  const writer = catalogWriter(out, contentDigest(content), context);
  let scan: ContentScan;
  try {
    scan = scanContent(folderSource(content), (document, key) => writer.add(document, key), reuse);
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    reuse.close();
  }
  if (scan.problems.length) writer.abort();
  else writer.finish(scan.entities, scan.events);
  return { ...scan, reused: reuse.reused, unused: reuse.unused };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: process.env['CONTENT_DIR'] ?? 'content' },
      out: { type: 'string', default: DEFAULT_CATALOG_DIR },
    },
  });
  const started = performance.now();
  // The parser's native memory is returned only when its thread ends (src/catalog/parse-worker.ts).
  parseInWorkers();
  const { problems, counts, reused, unused } = writeCatalog(values.content, values.out, codeDigest(process.cwd()));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const peak = `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`content check: ${problems.length} problem(s) in ${values.content}; no catalog written (${seconds} s, peak ${peak})`);
    process.exit(1);
  }
  console.log(
    `catalog: ${counts.articles} articles, ${counts.summaries} summaries, ${counts.entities} entities, ${counts.events} events -> ${values.out}/ in ${seconds} s, peak ${peak}; ${reused} of ${counts.articles} documents kept from the catalog before${unused ? ` (${unused})` : ''}`,
  );
}
