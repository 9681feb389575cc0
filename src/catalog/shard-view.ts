/**
 * What a shard's build keeps of each catalog document: what its own pages show, so that its memory follows its
 * share of the archive, not the archive (at 100,000 articles the whole catalog is some 2 GB in memory).
 *
 * - A document shard keeps its own documents whole. Of every other document it keeps the data its neighbours in
 *   time show (title, date) and its mentions of the shard's own entities (their "mentioned in" lists), but no
 *   statements, no intro and no mention of another shard's entity.
 * - A catalog shard renders no document and no entity page: it keeps every document's data and intro (lists,
 *   feeds, the pending list), but no statements and no mentions.
 *
 * Counts and co-mentions come from the catalog's tallies of the whole archive (Catalog.tallies), not from the
 * mentions kept here.
 */
import { documentInShard, entityInShard, type Shard } from '../routing/shards.ts';
import type { CatalogDocument } from './documents.ts';

/** The document as the shard keeps it; without a shard (one build of the whole site), whole. */
export function shardView(shard: Shard | undefined): (document: CatalogDocument) => CatalogDocument {
  if (!shard) return (document) => document;
  if (shard.kind === 'catalog') return (document) => slim(document, () => false, true);
  const ownEntity = (id: string) => entityInShard(id, shard);
  return (document) => (documentInShard(document.slug, shard) ? document : slim(document, ownEntity, false));
}

function slim(
  { slug, article, summary }: CatalogDocument,
  keepMention: (entityId: string) => boolean,
  keepIntro: boolean,
): CatalogDocument {
  const mentions = (records: CatalogDocument['article']['mentions']) => records.filter((record) => keepMention(record.entityId));
  return {
    slug,
    article: { ...article, intro: keepIntro ? article.intro : '', mentions: mentions(article.mentions) },
    ...(summary ? { summary: { ...summary, statements: [], mentions: mentions(summary.mentions) } } : {}),
  };
}
