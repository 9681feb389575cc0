/** Entities and where they are mentioned: computed once per build from every article and summary. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Lang } from '../routing/urls.ts';
import { shardFromEnv } from '../routing/shards.ts';
import { checkEntities, entityFile, mentionMatcher } from '../entities/entity-files.ts';
import { indexMentions, indexRelations, type MentionIndex, type RelationView } from '../entities/mention-index.ts';
import { LinkState, recordedMentions, type MentionRecord, type Segment } from '../entities/link-text.ts';
import { pageCount, pageSlice } from '../page/pagination.ts';
import { throwProblems } from '../record/problems.ts';
import { getDocuments, type DocumentPair } from './documents.ts';

/** Pages listed under "mentioned in" per entity page: keeps entity pages small however often an entity is named. */
const MENTIONING_PAGES_PER_PAGE = 25;

export type Entity = CollectionEntry<'entities'>;

/** The mentions found in one rendered page (an article or a summary). */
export interface PageMentions {
  lang: Lang;
  slug: string;
  title: string;
  records: MentionRecord[];
}

export interface EntityData extends MentionIndex<PageMentions> {
  entities: Entity[];
  byId: Map<string, Entity>;
  /** Lede segments of each article, linked with the same matcher and state rules as the body. */
  ledes: Map<string, Segment[]>;
  /** Mentions of each rendered page, keyed by pageKey(lang, slug). */
  pageRecords: Map<string, MentionRecord[]>;
  relations: Map<string, RelationView<Entity['data']['relations'][number]['role']>[]>;
}

export function pageKey(lang: Lang, slug: string): string {
  return `${lang}/${slug}`;
}

async function bodyMentions(entry: DocumentPair['article'] | NonNullable<DocumentPair['summary']>): Promise<MentionRecord[]> {
  return recordedMentions((await render(entry)).remarkPluginFrontmatter);
}

async function load(): Promise<EntityData> {
  const entities = (await getCollection('entities')).sort((a, b) => a.data.name.en.localeCompare(b.data.name.en));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  throwProblems(checkEntities(entities));
  const german = mentionMatcher(entities, 'de');
  const ledes = new Map<string, Segment[]>();
  const pages: PageMentions[] = [];
  for (const { slug, article, summary } of await getDocuments()) {
    const ledeState = new LinkState('lede-mention');
    if (article.data.lede) ledes.set(slug, ledeState.segment(article.data.lede, german));
    pages.push({ lang: 'de', slug, title: article.data.title, records: [...ledeState.records, ...(await bodyMentions(article))] });
    if (summary) pages.push({ lang: 'en', slug, title: summary.data.title, records: await bodyMentions(summary) });
  }
  const index = indexMentions(pages);
  // A document shard sees only its own documents; the catalog shards see them all and warn.
  const seesAllDocuments = shardFromEnv()?.kind !== 'documents';
  for (const entity of seesAllDocuments ? entities : []) {
    if (!index.counts.has(entity.id))
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
  return { entities, byId, ledes, pageRecords, relations, ...index };
}

let cached: Promise<EntityData> | undefined;

export function getEntityData(): Promise<EntityData> {
  cached ??= load();
  return cached;
}

export interface EntityPage {
  entity: Entity;
  page: number;
  pages: number;
  /** The pages this page of the "mentioned in" list shows, each with its mentions of the entity. */
  mentioning: { page: PageMentions; records: MentionRecord[] }[];
}

/** Every entity page to build: one per entity, more when its "mentioned in" list is long. */
export function entityPages(data: EntityData): EntityPage[] {
  return data.entities.flatMap((entity) => {
    const mentioning = data.byEntity.get(entity.id) ?? [];
    const pages = pageCount(mentioning.length, MENTIONING_PAGES_PER_PAGE);
    return Array.from({ length: pages }, (_, index) => ({
      entity,
      page: index + 1,
      pages,
      mentioning: pageSlice(mentioning, index + 1, MENTIONING_PAGES_PER_PAGE),
    }));
  });
}
