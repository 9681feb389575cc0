/**
 * An earlier catalog, reused: a document whose files (article, summary, raw source) are byte for byte those its
 * earlier entry was read from, under the same code and entities, keeps that entry instead of being parsed and
 * checked again, so one new article costs one document's reading, not the archive's. The earlier catalog is read
 * one line at a time, in file-name order beside the pass: nothing of it is held but the line in hand.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogDocument } from './documents.ts';
import { CATALOG_FILES, catalogManifest, linesOf, type CatalogManifest } from './store.ts';

/** The files a document's entry and its checks are read from. */
export interface DocumentTexts {
  article: string;
  summary: string | undefined;
  source: string | undefined;
}

/** The digest of the code and entities (`context`) and a document's texts: equal keys, equal entry, equal checks. */
export function documentKey(context: string, texts: DocumentTexts): string {
  const hash = createHash('sha256').update(context);
  for (const text of [texts.article, texts.summary, texts.source]) {
    // A missing file and an empty one differ.
    if (text === undefined) hash.update('\0none');
    else hash.update(`\0${Buffer.byteLength(text)}\0`).update(text);
  }
  return hash.digest('hex');
}

export interface CatalogReuse {
  /** The key of a document read now, written beside its entry for the next pass. */
  key(texts: DocumentTexts): string;
  /**
   * The earlier entry of content/articles/<name> and its key, when the texts are those it was read from;
   * `readSource` reads a raw source by file name. Called in file-name order, as the pass reads the articles.
   */
  earlier(
    name: string,
    article: string,
    summary: string | undefined,
    readSource: (file: string) => string | undefined,
  ): { document: CatalogDocument; key: string } | undefined;
  /** How many documents kept their earlier entry. */
  readonly reused: number;
  /** Why the earlier catalog could not be used at all, if it could not (no catalog, other code or entities, damaged). */
  readonly unused: string | undefined;
  /** Closes the earlier catalog's files. */
  close(): void;
}

/** The manifest of the catalog in `dir` when this code can read it, else why not. */
function earlierManifest(dir: string): CatalogManifest | string {
  if (!existsSync(join(dir, CATALOG_FILES.manifest))) return 'no earlier catalog';
  try {
    return catalogManifest(dir);
  } catch (error) {
    return `the earlier catalog cannot be read: ${(error as Error).message}`;
  }
}

/**
 * Reuse of the catalog in `dir` (written by an earlier pass) for a pass under `context` (src/catalog/store.ts
 * catalogContext). A catalog of other code or entities, or a damaged one, is not used: every document is read.
 */
export function catalogReuse(dir: string, context: string): CatalogReuse {
  let reused = 0;
  let unused: string | undefined;
  const manifest = earlierManifest(dir);
  let keys: Generator<string, void, undefined> | undefined;
  let documents: Generator<string, void, undefined> | undefined;
  if (typeof manifest === 'string') unused = manifest;
  else if (manifest.context !== context) unused = 'the earlier catalog was read with other code or entities';
  else {
    keys = linesOf(join(dir, CATALOG_FILES.keys));
    documents = linesOf(join(dir, CATALOG_FILES.documents));
  }
  /** The earlier entry in hand: its article file name, key and unparsed line. */
  let current: { name: string; key: string | null; line: string } | undefined;
  const stop = (why?: string) => {
    if (why) unused ??= why;
    keys?.return();
    documents?.return();
    keys = documents = current = undefined;
  };
  const advance = () => {
    const keyLine = keys?.next();
    const line = documents?.next();
    if (!keyLine || !line || keyLine.done || line.done) {
      if (keyLine?.done !== line?.done) stop('the earlier catalog’s keys and documents differ in number');
      current = undefined;
      return;
    }
    const [name, key] = JSON.parse(keyLine.value) as [string, string | null];
    current = { name, key, line: line.value };
  };
  const tryAdvance = () => {
    try {
      advance();
    } catch {
      stop('the earlier catalog is damaged');
    }
  };
  tryAdvance();
  return {
    key: (texts) => documentKey(context, texts),
    earlier(name, article, summary, readSource) {
      while (current && current.name < name) tryAdvance();
      if (!current || current.name !== name) return undefined;
      const { key, line } = current;
      tryAdvance();
      try {
        const document = JSON.parse(line) as CatalogDocument;
        if (document.article.file !== `content/articles/${name}`) {
          stop('the earlier catalog’s keys and documents are out of step');
          return undefined;
        }
        if (key !== documentKey(context, { article, summary, source: readSource(document.article.data.source) })) return undefined;
        reused += 1;
        return { document, key };
      } catch {
        stop('the earlier catalog is damaged');
        return undefined;
      }
    },
    get reused() {
      return reused;
    },
    get unused() {
      return unused;
    },
    close: () => stop(),
  };
}
