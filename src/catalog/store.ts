/**
 * The catalog on disk, for builds that do not read all of content/ themselves (a shard's build gets it
 * from the job that wrote it): a folder of JSON Lines, one document, entity or event per line, written
 * as the catalog pass streams and read back into the Catalog every list page renders from.
 *
 *   manifest.json     { "format": 3, "documents": n, "entities": n, "events": n, "content": digest, "context": digest },
 *                     the digests of the content/ folder it was written from (src/record/content-files.ts contentDigest)
 *                     and of the code and entities it was read with (catalogContext)
 *   documents.jsonl   one CatalogDocument per line (src/catalog/documents.ts), in file-name order
 *   keys.jsonl        [article file name, key] per line, beside documents.jsonl: the digest of what each entry was
 *                     read from, so that the next pass keeps the entries of unchanged documents (src/catalog/reuse.ts)
 *   entities.jsonl    one { id, data, mentions, related } per line: an entity, how often it is mentioned,
 *                     and the entities it shares sentences with (most shared first)
 *   events.jsonl      one CatalogEvent per line, in file-name order
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { EntityEntry } from '../entities/entity-schema.ts';
import { CoMentions, type MentionTallies, type SharedSentences } from '../entities/mention-index.ts';
import { compareNewestFirst } from '../record/dates.ts';
import { contentDigest } from '../record/content-files.ts';
import type { Catalog, CatalogDocument, CatalogEvent } from './documents.ts';

/** Set to a folder `npm run catalog` wrote, a build reads the catalog there (a shard's build: the plan step's). */
export const CATALOG_ENV = 'CATALOG_DIR';

/** Where `npm run catalog` writes the catalog unless told otherwise. */
export const DEFAULT_CATALOG_DIR = '.astro/catalog';
/** The version of the files below: a catalog of another format is refused (and not reused). */
const CATALOG_FORMAT = 3;

export const CATALOG_FILES = {
  manifest: 'manifest.json',
  documents: 'documents.jsonl',
  keys: 'keys.jsonl',
  entities: 'entities.jsonl',
  events: 'events.jsonl',
} as const;

/**
 * What every catalog entry depends on besides its document's own files: the code (`code`, a digest of it) and the
 * entities, whose names and aliases the mentions are found by. A pass under another context reads every document.
 */
export function catalogContext(code: string, content: string): string {
  const entities = join(content, 'entities');
  return createHash('sha256')
    .update(`${code}\0${existsSync(entities) ? contentDigest(entities) : 'none'}`)
    .digest('hex');
}

/** One line of entities.jsonl. */
export interface CatalogEntity extends EntityEntry {
  mentions: number;
  related: SharedSentences[];
}

export interface CatalogWriter {
  /** Appends one document, with the key of the files it was read from (call in the order the pass hands them on). */
  add(document: CatalogDocument, key: string | undefined): void;
  /** Writes entities, events and the manifest, and moves the finished catalog into place. */
  finish(entities: readonly EntityEntry[], events: readonly CatalogEvent[]): void;
  /** Leaves no catalog behind (the pass found problems). */
  abort(): void;
}

/** What manifest.json says of a written catalog. */
export interface CatalogManifest {
  format: number;
  documents: number;
  entities: number;
  events: number;
  /** The digest of the content/ folder the catalog was written from. */
  content: string;
  /** The digest of the code and entities its entries were read with (catalogContext), when known. */
  context: string | null;
}

/**
 * Streams a catalog of the content/ folder whose digest is `content` into `dir`: written into a sibling folder and
 * renamed at the end, so a failed pass never leaves a partial catalog where a build would read it.
 */
export function catalogWriter(dir: string, content: string, context: string | null = null): CatalogWriter {
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const documents = openSync(join(partial, CATALOG_FILES.documents), 'w');
  const keys = openSync(join(partial, CATALOG_FILES.keys), 'w');
  const tally = new CoMentions();
  let count = 0;
  const writeLines = (file: string, items: readonly unknown[]) => {
    const fd = openSync(join(partial, file), 'w');
    for (const item of items) writeSync(fd, `${JSON.stringify(item)}\n`);
    closeSync(fd);
  };
  return {
    add(document, key) {
      writeSync(documents, `${JSON.stringify(document)}\n`);
      writeSync(keys, `${JSON.stringify([basename(document.article.file), key ?? null])}\n`);
      tally.add(document.article.mentions);
      if (document.summary) tally.add(document.summary.mentions);
      count += 1;
    },
    finish(entities, events) {
      closeSync(documents);
      closeSync(keys);
      const { counts, related } = tally.tallies();
      writeLines(
        CATALOG_FILES.entities,
        entities.map((entity): CatalogEntity => ({
          ...entity,
          mentions: counts.get(entity.id) ?? 0,
          related: related.get(entity.id) ?? [],
        })),
      );
      writeLines(CATALOG_FILES.events, events);
      const manifest: CatalogManifest = {
        format: CATALOG_FORMAT,
        documents: count,
        entities: entities.length,
        events: events.length,
        content,
        context,
      };
      writeLines(CATALOG_FILES.manifest, [manifest]);
      rmSync(dir, { recursive: true, force: true });
      renameSync(partial, dir);
    },
    abort() {
      closeSync(documents);
      closeSync(keys);
      rmSync(partial, { recursive: true, force: true });
    },
  };
}

/**
 * Each line of a file, read synchronously in chunks (lines may be long: a document's entry holds its mention sentences).
 * Split at "\n" only: JSON leaves U+2028 and U+2029 unescaped in strings, and `node:readline` would split at them.
 */
export function* linesOf(path: string): Generator<string, void, undefined> {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 16);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const lines = (rest + decoder.write(buffer.subarray(0, read))).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** Each line of a catalog file, parsed; a line that is no JSON fails naming the file and the line. */
function* lines<T>(file: string): Generator<T> {
  let number = 0;
  for (const line of linesOf(file)) {
    number += 1;
    if (line === '') continue;
    try {
      yield JSON.parse(line) as T;
    } catch (error) {
      throw new Error(`${file}:${number}: not a catalog line (${(error as Error).message}); write the catalog again with npm run catalog`);
    }
  }
}

/** The manifest of a finished catalog of this format in `dir`; fails naming the fix otherwise. */
export function catalogManifest(dir: string): CatalogManifest {
  const path = join(dir, CATALOG_FILES.manifest);
  if (!existsSync(path)) throw new Error(`${dir}: no catalog here (manifest.json is missing); write it with npm run catalog`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as CatalogManifest;
  if (manifest.format !== CATALOG_FORMAT)
    throw new Error(`${path}: catalog format ${manifest.format}, this code reads ${CATALOG_FORMAT}; write it again with npm run catalog`);
  return manifest;
}

/** The documents of a written catalog, one at a time, in file-name order: for readers that need not hold them all. */
export async function* catalogDocuments(dir: string): AsyncGenerator<CatalogDocument> {
  catalogManifest(dir);
  yield* lines<CatalogDocument>(join(dir, CATALOG_FILES.documents));
}

/** Newest first, articles without a date last; equal dates keep file-name order. */
export function sortNewestFirst(documents: CatalogDocument[]): CatalogDocument[] {
  return documents.sort((a, b) => compareNewestFirst(a.article.data.published ?? '', b.article.data.published ?? ''));
}

/**
 * A written catalog: every document as `keep` leaves it (whole unless given; a shard keeps what its pages show,
 * src/catalog/shard-view.ts), and the tallies of the whole archive's mentions.
 */
export async function loadCatalog(
  dir: string,
  keep: (document: CatalogDocument) => CatalogDocument = (document) => document,
): Promise<Catalog> {
  const documents: CatalogDocument[] = [];
  for await (const document of catalogDocuments(dir)) documents.push(keep(document));
  const entities: EntityEntry[] = [];
  const tallies: MentionTallies = { counts: new Map(), related: new Map() };
  for (const { id, data, mentions, related } of lines<CatalogEntity>(join(dir, CATALOG_FILES.entities))) {
    entities.push({ id, data });
    // As CoMentions tallies: every entity mentioned has a row of co-mentions, perhaps empty.
    if (mentions > 0) {
      tallies.counts.set(id, mentions);
      tallies.related.set(id, related);
    }
  }
  const events: CatalogEvent[] = [];
  for (const event of lines<CatalogEvent>(join(dir, CATALOG_FILES.events))) events.push(event);
  return { documents: sortNewestFirst(documents), entities, events, tallies };
}
