/**
 * The archive catalog (src/catalog/), once per build: every page that shows more than one document reads
 * it, never the MDX bodies. With CATALOG_DIR set, the build reads the catalog `npm run catalog` wrote
 * there; without, it runs the catalog pass itself over the whole archive's content/ (archiveContentDir: for a
 * shard's build, whose content loader holds only its own documents, the project's), which also checks every
 * file: a problem stops the build. A shard keeps of it what its own pages show (src/catalog/shard-view.ts).
 */
import type { Catalog, CatalogDocument } from '../catalog/documents.ts';
import { shardView } from '../catalog/shard-view.ts';
import { folderSource } from '../catalog/source.ts';
import { CATALOG_ENV, loadCatalog, sortNewestFirst } from '../catalog/store.ts';
import { scanContent } from '../checks/content-check.ts';
import { CoMentions } from '../entities/mention-index.ts';
import { archiveContentDir } from '../record/content-files.ts';
import { throwProblems } from '../record/problems.ts';
import { shardFromEnv } from '../routing/shards.ts';

function scan(keep: (document: CatalogDocument) => CatalogDocument): Catalog {
  const documents: CatalogDocument[] = [];
  const tally = new CoMentions();
  const { problems, entities, events } = scanContent(folderSource(archiveContentDir()), (document) => {
    tally.add(document.article.mentions);
    if (document.summary) tally.add(document.summary.mentions);
    documents.push(keep(document));
  });
  // Every problem `npm run check` finds stops the build, the verbatim check included: a broken article never deploys.
  throwProblems(problems);
  return { documents: sortNewestFirst(documents), entities, events, tallies: tally.tallies() };
}

let cached: Promise<Catalog> | undefined;

/** The catalog as this build keeps it: whole, or for a shard what its pages show (src/catalog/shard-view.ts). */
export function getCatalog(): Promise<Catalog> {
  const dir = process.env[CATALOG_ENV];
  const keep = shardView(shardFromEnv());
  cached ??= dir ? loadCatalog(dir, keep) : Promise.resolve().then(() => scan(keep));
  return cached;
}
