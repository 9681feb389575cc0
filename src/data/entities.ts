/** Entities and where they are mentioned: from the catalog's mentions of every article and summary, once per build. */
import type { Lang } from '../routing/urls.ts';
import { shardFromEnv } from '../routing/shards.ts';
import { entityFile, mentionMatcher } from '../entities/entity-files.ts';
import type { EntityEntry } from '../entities/entity-schema.ts';
import { indexMentions, indexRelations, type MentionIndex, type MentionTallies, type RelationView } from '../entities/mention-index.ts';
import type { MentionRecord, Segment } from '../entities/link-text.ts';
import type { MentionMatcher } from '../entities/mentions.ts';
import { ledeLinks } from '../catalog/mentions.ts';
import { getCatalog } from './catalog.ts';

export type Entity = EntityEntry;

/** The mentions found in one page (an article or a summary). */
export interface PageMentions {
  lang: Lang;
  slug: string;
  title: string;
  records: MentionRecord[];
}

/** A page as an entity's "mentioned in" list names it: without its mentions of other entities, which the list does not show. */
export type MentioningPage = Omit<PageMentions, 'records'>;

export interface EntityData extends MentionIndex<PageMentions>, MentionTallies {
  entities: Entity[];
  byId: Map<string, Entity>;
  /** The German matcher, for article ledes (linked with the same matcher and state rules as the body). */
  german: MentionMatcher;
  /** Mentions of each page, keyed by pageKey(lang, slug). */
  pageRecords: Map<string, MentionRecord[]>;
  relations: Map<string, RelationView<Entity['data']['relations'][number]['role']>[]>;
}

export function pageKey(lang: Lang, slug: string): string {
  return `${lang}/${slug}`;
}

async function load(): Promise<EntityData> {
  const catalog = await getCatalog();
  const entities = [...catalog.entities].sort((a, b) => a.data.name.en.localeCompare(b.data.name.en));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const pages: PageMentions[] = [];
  for (const { slug, article, summary } of catalog.documents) {
    pages.push({ lang: 'de', slug, title: article.data.title, records: article.mentions });
    if (summary) pages.push({ lang: 'en', slug, title: summary.data.title, records: summary.mentions });
  }
  const index = indexMentions(pages);
  const { counts, related } = catalog.tallies;
  // A document shard sees only its own documents; the catalog shards see them all and warn.
  const seesAllDocuments = shardFromEnv()?.kind !== 'documents';
  for (const entity of seesAllDocuments ? entities : []) {
    if (!counts.has(entity.id))
      console.warn(
        `[entities] ${entityFile(entity.id)}: no article or summary mentions "${entity.data.name.de}"; check its name and aliases`,
      );
  }
  const relations = indexRelations(
    entities.map((entity) => ({
      id: entity.id,
      relations: entity.data.relations.map((relation) => ({ to: relation.to.id, role: relation.role })),
    })),
  );
  const pageRecords = new Map(pages.map((page) => [pageKey(page.lang, page.slug), page.records]));
  return { entities, byId, german: mentionMatcher(entities, 'de'), pageRecords, relations, counts, related, ...index };
}

let cached: Promise<EntityData> | undefined;

export function getEntityData(): Promise<EntityData> {
  cached ??= load();
  return cached;
}

/** An article's lede with its mentions linked, as the catalog found them (anchors "lede-mention-…"). */
export function ledeSegments(data: EntityData, lede: string | undefined): Segment[] | undefined {
  return lede ? ledeLinks(lede, data.german).segments : undefined;
}
