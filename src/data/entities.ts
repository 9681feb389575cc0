/** Entities and where they are mentioned: computed once per build from every article and summary. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Lang } from '../routing/urls.ts';
import { checkEntities, entityFile, mentionMatcher } from '../entities/entity-files.ts';
import { indexMentions, indexRelations, type MentionIndex, type RelationView } from '../entities/mention-index.ts';
import { LinkState, recordedMentions, type MentionRecord, type Segment } from '../entities/link-text.ts';
import { throwProblems } from '../record/problems.ts';
import { getDocuments, type DocumentPair } from './documents.ts';

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
  for (const entity of entities) {
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
