/**
 * The archive catalog (src/catalog/), once per build: every page that shows more than one document reads
 * it, never the MDX bodies. With CATALOG_DIR set, the build reads the catalog `npm run catalog` wrote
 * there; without, it runs the catalog pass itself over the whole archive's content/ (archiveContentDir: for a
 * shard's build, whose content loader holds only its own documents, the project's), which also checks every
 * file: a problem stops the build.
 */
import type { Catalog, CatalogDocument } from '../catalog/documents.ts';
import { folderSource } from '../catalog/source.ts';
import { CATALOG_ENV, loadCatalog, sortNewestFirst } from '../catalog/store.ts';
import { scanContent } from '../checks/content-check.ts';
import { archiveContentDir } from '../record/content-files.ts';
import { throwProblems } from '../record/problems.ts';

function scan(): Catalog {
  const documents: CatalogDocument[] = [];
  const { problems, entities, events } = scanContent(folderSource(archiveContentDir()), (document) => documents.push(document));
  // Every problem `npm run check` finds stops the build, the verbatim check included: a broken article never deploys.
  throwProblems(problems);
  return { documents: sortNewestFirst(documents), entities, events };
}

let cached: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  const dir = process.env[CATALOG_ENV];
  cached ??= dir ? loadCatalog(dir) : Promise.resolve().then(scan);
  return cached;
}
