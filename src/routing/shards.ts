/**
 * Which build shard writes which page or file: documents by a hash of their slug, entity pages by a hash of the
 * entity's id (both in document shards), every other page by a hash of its path.
 */
import { routeParam, siteFile, type FileRef, type Lang, type PageRef } from './urls.ts';

/**
 * One build of a sharded site. Document shards build the article and summary pages (and raw sources) of their
 * documents and a share of the entity pages; catalog shards build every other page that shows many documents (home
 * lists, entity index, map, timeline, pending, feeds, entity answers, robots.txt, search and not-found pages).
 */
export interface Shard {
  kind: 'documents' | 'catalog';
  /** 1-based. */
  index: number;
  count: number;
}

/** The environment variable a shard's `astro build` reads (set by scripts/build.ts); unset, one build writes everything. */
export const SHARD_ENV = 'SITE_SHARD';

const FORM = /^(?:(catalog)-)?(\d+)\/(\d+)$/;

/** "3/4" is document shard 3 of 4, "catalog-1/2" catalog shard 1 of 2: the form `npm run build -- --shard` takes. */
export function parseShard(text: string): Shard {
  const match = FORM.exec(text.trim());
  const index = Number(match?.[2]);
  const count = Number(match?.[3]);
  if (!match || index < 1 || index > count) {
    throw new Error(`shard "${text}": write i/N for document shard i of N (1 ≤ i ≤ N), or catalog-i/N for catalog shard i of N`);
  }
  return { kind: match[1] ? 'catalog' : 'documents', index, count };
}

/** The form parseShard reads. */
export function shardArg({ kind, index, count }: Shard): string {
  return `${kind === 'catalog' ? 'catalog-' : ''}${index}/${count}`;
}

/** A name for files and CI artifacts: "documents-3-of-4", "catalog-1-of-2". */
export function shardName({ kind, index, count }: Shard): string {
  return `${kind}-${index}-of-${count}`;
}

/** The shard this process builds, from SITE_SHARD; undefined when it builds the whole site. */
export function shardFromEnv(): Shard | undefined {
  const value = typeof process === 'undefined' ? undefined : process.env[SHARD_ENV];
  return value ? parseShard(value) : undefined;
}

/**
 * 1 … count for a key: FNV-1a over its UTF-16 units, then a finaliser that spreads similar keys. Depends on the
 * key alone, so a new document changes only its own shard.
 */
export function shardOfKey(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (((hash ^ (hash >>> 16)) >>> 0) % count) + 1;
}

/** Whether a document (an article and its summary, one slug) belongs to the shard. */
export function documentInShard(slug: string, shard: Shard): boolean {
  return shard.kind === 'documents' && shardOfKey(slug, shard.count) === shard.index;
}

/**
 * Whether an entity's pages (every page of its list, both languages) belong to the shard. Document shards share
 * them out by a hash of the id, so that each shard's search bundle holds articles, summaries and entity pages in the
 * site's own mix: Pagefind weighs a word by its rarity in the bundle, and a bundle of entity pages alone would
 * weigh common words far higher than the rest. They render from the archive catalog, which every shard reads.
 */
export function entityInShard(id: string, shard: Shard): boolean {
  return shard.kind === 'documents' && shardOfKey(id, shard.count) === shard.index;
}

/** Whether a catalog page or file, by its path in the site, belongs to the shard. */
function catalogInShard(path: string, shard: Shard): boolean {
  return shard.kind === 'catalog' && shardOfKey(path, shard.count) === shard.index;
}

/** Whether the shard builds a page (no shard: the whole site is built). The language chooser is `lang` undefined. */
export function buildsPage(shard: Shard | undefined, lang: Lang | undefined, ref: PageRef): boolean {
  if (!shard) return true;
  if (ref.kind === 'document') return documentInShard(ref.slug, shard);
  if (ref.kind === 'entity') return entityInShard(ref.id, shard);
  return catalogInShard(lang ? routeParam(lang, ref) : '', shard);
}

/** Whether the shard builds a file: a raw source with its document (`slug`), every other file in the catalog. */
export function buildsFile(shard: Shard | undefined, ref: FileRef, slug?: string): boolean {
  if (!shard) return true;
  if (ref.kind === 'source') {
    if (slug === undefined) throw new Error(`buildsFile: the source ${ref.file} needs the slug of its article`);
    return documentInShard(slug, shard);
  }
  return catalogInShard(siteFile(ref), shard);
}
