/**
 * Every page the site builds, as the catch-all route (src/pages/[...path].astro) lists them: which
 * page (a PageRef in one language) and exactly the data its layout shows, gathered and paged here once
 * per build. Pages that show more than one document render from the catalog (src/data/catalog.ts);
 * a document's own pages render its collection entries, for the documents the content loader holds.
 * Layouts render a route; they slice, count and look up nothing.
 */
import { createHash } from 'node:crypto';
import { LANGS, type Lang, type PageRef } from '../routing/urls.ts';
import { buildsPage, type Shard } from '../routing/shards.ts';
import { entitiesInOrder, relatedShown } from '../entities/mention-index.ts';
import { ENTITY_KINDS, type EntityKind } from '../entities/kinds.ts';
import {
  coMentionGraph,
  labelLayout,
  layoutGraph,
  MAP_ENTITIES,
  namedTogether,
  rankedPairs,
  type CoMentionGraph,
  type EntityMap,
  type GraphLayout,
  type PairGroup,
} from '../entities/map-layout.ts';
import { neighbourhoodMap, type NeighbourhoodMap } from '../entities/neighbourhood-map.ts';
import type { Segment } from '../entities/link-text.ts';
import { mentionPages, mentionsByDocument, type DocumentMentions } from '../page/mention-pages.ts';
import { DOCUMENTS_PER_PAGE, pageCount, pageSlice } from '../page/pagination.ts';
import { groupByYear } from '../record/event-dates.ts';
import type { ArticleParagraph } from '../record/paragraphs.ts';
import type { Statement } from '../record/statements.ts';
import type { CatalogDocument } from '../catalog/documents.ts';
import { listedOnHome } from '../catalog/documents.ts';
import { getCitations, paragraphsOf } from './citations.ts';
import { getDocumentPairs, getDocuments, type DocumentPair, type Summary } from './documents.ts';
import { getEntityData, ledeSegments, pageKey, type Entity, type EntityData, type MentioningPage, type PageMentions } from './entities.ts';
import { getFontFaces } from './font-subsets.ts';
import { getEvents, type TimelineEvent } from './events.ts';
import { storyNeighbours, type StoryNeighbours } from '../catalog/neighbours.ts';

/** Pending articles shown on the English home; the editors' overview lists them all. */
const PENDING_ON_HOME = 10;

/** An entity a page names, with its name in the page's language. */
export interface MentionedEntity {
  id: string;
  name: string;
}

/** A relation read as a sentence in the page's language ("Satya Nadella – CEO of – Microsoft"). */
export interface RelationLine {
  subject: MentionedEntity;
  role: string;
  object: MentionedEntity;
}

/** A timeline event with the title of the article it rests on and the entities it involves. */
export interface TimelineEntry {
  event: TimelineEvent;
  articleTitle: string;
  entities: MentionedEntity[];
}

export type Route =
  | {
      kind: 'home';
      lang: Lang;
      /** This page of the list, of how many. */
      page: number;
      pages: number;
      listed: CatalogDocument[];
      /** On the English home's first page: the first articles still without a summary, and how many there are. */
      pending: { shown: CatalogDocument[]; total: number };
    }
  | {
      kind: 'article';
      lang: 'de';
      document: DocumentPair;
      /** The lede with its entity mentions linked. */
      ledeSegments: Segment[] | undefined;
      mentioned: MentionedEntity[];
      /** Paragraph number → the summary statements citing it (read by ParagraphLinks through Astro.locals). */
      citedBy: Map<number, Statement[]>;
      /** The German articles before and after it (StoryNeighbours, through BaseLayout). */
      neighbours: StoryNeighbours;
    }
  | {
      kind: 'summary';
      lang: 'en';
      document: DocumentPair & { summary: Summary };
      mentioned: MentionedEntity[];
      /** The key points with their citations. */
      keyPoints: Statement[];
      /** The German article's paragraphs, shown beside the statements citing them (CiteSources, through Astro.locals). */
      citedParagraphs: ArticleParagraph[];
      /** The English summaries before and after it. */
      neighbours: StoryNeighbours;
    }
  /** `neighbours`: the summaries around its article's date, so an English reader goes on in English. */
  | { kind: 'pendingSummary'; lang: 'en'; document: DocumentPair; neighbours: StoryNeighbours }
  /** Every kind that has entities, each with its entities in the language's alphabetical order. */
  | { kind: 'entities'; lang: Lang; groups: { kind: EntityKind; entities: (MentionedEntity & { mentions: number })[] }[] }
  | {
      kind: 'map';
      lang: Lang;
      map: EntityMap;
      pairs: PairGroup[];
      /** How many entities share a sentence with another: the map draws the most mentioned of them. */
      namedTogether: number;
    }
  | {
      kind: 'entity';
      lang: Lang;
      entity: Entity;
      /** This page of the "mentioned in" list, of how many (the same in both languages). */
      page: number;
      pages: number;
      mentions: number;
      /** Relations, events and related entities: on the first page only, the further pages continue its list. */
      relations: RelationLine[];
      events: TimelineEvent[];
      /** The entities most often named in the same sentences. */
      related: (MentionedEntity & { sentences: number })[];
      /** The same entities drawn around this one. */
      neighbourhood: NeighbourhoodMap | undefined;
      /** Whether the map draws this entity (the most mentioned ones): linked on the first page, as its related entities. */
      onMap: boolean;
      /** The documents listed on this page, each with its mentions of the entity per language. */
      mentioning: DocumentMentions<MentioningPage>[];
    }
  | { kind: 'timeline'; lang: Lang; years: { year: number; items: TimelineEntry[] }[] }
  | { kind: 'search'; lang: Lang }
  | { kind: 'pending'; lang: Lang; pending: CatalogDocument[] }
  | { kind: 'notFound'; lang: Lang };

/** The route of one kind: what its layout receives. */
export type RouteOf<Kind extends Route['kind']> = Extract<Route, { kind: Kind }>;

function named(data: EntityData, lang: Lang, id: string): MentionedEntity {
  const entity = data.byId.get(id);
  if (!entity) throw new Error(`entities: "${id}" is named by a mention or relation but is no file in content/entities/`);
  return { id, name: entity.data.name[lang] };
}

function mentionedOn(data: EntityData, lang: Lang, slug: string): MentionedEntity[] {
  return entitiesInOrder(data.pageRecords.get(pageKey(lang, slug)) ?? []).flatMap((id) => {
    const entity = data.byId.get(id);
    return entity ? [{ id, name: entity.data.name[lang] }] : [];
  });
}

function homeRoutes(documents: CatalogDocument[], lang: Lang): RouteOf<'home'>[] {
  const all = listedOnHome(documents, lang);
  const pages = pageCount(all.length, DOCUMENTS_PER_PAGE);
  const pending = lang === 'en' ? documents.filter((doc) => !doc.summary) : [];
  return Array.from({ length: pages }, (_, index) => ({
    kind: 'home',
    lang,
    page: index + 1,
    pages,
    listed: pageSlice(all, index + 1, DOCUMENTS_PER_PAGE),
    pending: index === 0 ? { shown: pending.slice(0, PENDING_ON_HOME), total: pending.length } : { shown: [], total: 0 },
  }));
}

function entitiesRoute(data: EntityData, lang: Lang): RouteOf<'entities'> {
  const { compare } = new Intl.Collator(lang);
  const groups = ENTITY_KINDS.map((kind) => ({
    kind,
    entities: data.entities
      .filter((entity) => entity.data.kind === kind)
      .map((entity) => ({ id: entity.id, name: entity.data.name[lang], mentions: data.counts.get(entity.id) ?? 0 }))
      .sort((a, b) => compare(a.name, b.name)),
  }));
  return { kind: 'entities', lang, groups: groups.filter((group) => group.entities.length > 0) };
}

/** The co-mention graph the map draws (its most mentioned entities): once per build, laid out only where the map is built. */
function mapGraph(data: EntityData): CoMentionGraph {
  return coMentionGraph(
    data.related,
    (id) => {
      const entity = data.byId.get(id);
      if (!entity) throw new Error(`entity map: a mention names "${id}", which is no file in content/entities/`);
      return { kind: entity.data.kind, mentions: data.counts.get(id) ?? 0, names: Object.values(entity.data.name) };
    },
    MAP_ENTITIES,
  );
}

/** The map page: the laid-out graph, labelled in the page's language. */
function mapRoute(data: EntityData, layout: GraphLayout, named: number, lang: Lang): RouteOf<'map'> {
  const { compare } = new Intl.Collator(lang);
  const map = labelLayout(layout, (id) => data.byId.get(id)!.data.name[lang], compare);
  return { kind: 'map', lang, map, pairs: rankedPairs(map, compare), namedTogether: named };
}

function entityRoutes(
  data: EntityData,
  byEntity: Map<string, TimelineEvent[]>,
  onMap: ReadonlySet<string>,
  lang: Lang,
  builds: Builds,
): RouteOf<'entity'>[] {
  return data.entities.flatMap((entity) => {
    const pages = mentionPages(mentionsByDocument(data.byEntity.get(entity.id) ?? []));
    return pages.flatMap((mentioning, index): RouteOf<'entity'>[] => {
      if (!builds(lang, { kind: 'entity', id: entity.id, page: index + 1 })) return [];
      const first = index === 0;
      return [
        {
          kind: 'entity',
          lang,
          entity,
          page: index + 1,
          pages: pages.length,
          mentions: data.counts.get(entity.id) ?? 0,
          relations: first
            ? (data.relations.get(entity.id) ?? []).map((view) => ({
                subject: named(data, lang, view.subject),
                role: view.role[lang],
                object: named(data, lang, view.object),
              }))
            : [],
          events: first ? (byEntity.get(entity.id) ?? []) : [],
          ...(first ? relatedTo(data, lang, entity.id) : { related: [], neighbourhood: undefined }),
          onMap: first && onMap.has(entity.id),
          mentioning: mentioning.map(listedMentions),
        },
      ];
    });
  });
}

/** A document of an entity's list with each page named by its title: its mentions of other entities are not shown. */
function listedMentions({ slug, byLang }: DocumentMentions<PageMentions>): DocumentMentions<MentioningPage> {
  const listed: DocumentMentions<MentioningPage>['byLang'] = {};
  for (const lang of LANGS) {
    const mentions = byLang[lang];
    if (mentions) listed[lang] = { page: { lang, slug: mentions.page.slug, title: mentions.page.title }, records: mentions.records };
  }
  return { slug, byLang: listed };
}

/** The entities most often named with an entity, as its list and its small map: one selection for both. */
function relatedTo(data: EntityData, lang: Lang, id: string): Pick<RouteOf<'entity'>, 'related' | 'neighbourhood'> {
  const related = relatedShown(data.related, id).map(({ entityId, sentences }) => ({ ...named(data, lang, entityId), sentences }));
  const node = (entity: MentionedEntity) => ({
    ...entity,
    kind: data.byId.get(entity.id)!.data.kind,
    mentions: data.counts.get(entity.id) ?? 0,
  });
  return {
    related,
    neighbourhood: neighbourhoodMap(
      node(named(data, lang, id)),
      related.map((entity) => ({ ...node(entity), sentences: entity.sentences })),
    ),
  };
}

function timelineRoute(events: TimelineEvent[], articleTitles: Map<string, string>, data: EntityData, lang: Lang): RouteOf<'timeline'> {
  const entries = events.map((event) => ({
    event,
    articleTitle: articleTitles.get(event.data.cite.article.id)!,
    entities: event.data.entities.map((entity) => named(data, lang, entity.id)),
  }));
  return { kind: 'timeline', lang, years: groupByYear(entries, (entry) => entry.event.date) };
}

/** Whether this build writes a page (a shard writes only its own): what getRoutes computes the data of. */
type Builds = (lang: Lang, ref: PageRef) => boolean;

/**
 * The routes of the pages this build writes: every page for a whole build, a shard's own pages for a shard
 * (src/routing/shards.ts). The costly data of a page another shard writes is never computed (the entity map's
 * layout, an entity page's lists); the few cheap list routes are made and dropped with the rest.
 */
export async function getRoutes(shard: Shard | undefined): Promise<Route[]> {
  const builds: Builds = (lang, ref) => buildsPage(shard, lang, ref);
  const [documents, pairs, data, citations, timeline] = await Promise.all([
    getDocuments(),
    getDocumentPairs(),
    getEntityData(),
    getCitations(),
    getEvents(),
  ]);
  const articleTitles = new Map(documents.map(({ slug, article }) => [slug, article.data.title]));
  const routes: Route[] = [];
  const graph = mapGraph(data);
  const onMap = new Set(graph.nodes.map(({ id }) => id));
  const named = namedTogether(data.related).length;
  let layout: GraphLayout | undefined;
  const neighbours = storyNeighbours(documents, (lang) => listedOnHome(documents, lang));
  for (const lang of LANGS) {
    routes.push(
      ...homeRoutes(documents, lang),
      entitiesRoute(data, lang),
      ...(builds(lang, { kind: 'map' }) ? [mapRoute(data, (layout ??= layoutGraph(graph)), named, lang)] : []),
      { kind: 'search', lang },
      { kind: 'pending', lang, pending: documents.filter((doc) => !doc.summary) },
      { kind: 'notFound', lang },
      timelineRoute(timeline.events, articleTitles, data, lang),
      ...entityRoutes(data, timeline.byEntity, onMap, lang, builds),
    );
  }
  // Each document's own pages, in the catalog's order: only for the documents this build's content loader holds.
  for (const { slug } of documents) {
    const document = pairs.get(slug);
    if (!document) continue;
    const { article, summary } = document;
    routes.push({
      kind: 'article',
      lang: 'de',
      document,
      ledeSegments: ledeSegments(data, article.data.lede),
      mentioned: mentionedOn(data, 'de', slug),
      citedBy: citations.citedBy.get(slug) ?? new Map(),
      neighbours: neighbours('de', slug),
    });
    if (!summary) {
      routes.push({ kind: 'pendingSummary', lang: 'en', document, neighbours: neighbours('en', slug) });
      continue;
    }
    const keyPoints = (citations.statements.get(slug) ?? []).filter((statement) => statement.kind === 'keyPoint');
    routes.push({
      kind: 'summary',
      lang: 'en',
      document: { ...document, summary },
      mentioned: mentionedOn(data, 'en', slug),
      keyPoints,
      citedParagraphs: paragraphsOf(article),
      neighbours: neighbours('en', slug),
    });
  }
  return routes.filter((route) => builds(route.lang, pageRef(route)));
}

/** The page a route builds, in its language: what the URL, the language switch and hreflang derive from. */
export function pageRef(route: Route): PageRef {
  switch (route.kind) {
    case 'home':
      return { kind: 'home', page: route.page };
    case 'article':
    case 'summary':
    case 'pendingSummary':
      return { kind: 'document', slug: route.document.slug };
    case 'entity':
      return { kind: 'entity', id: route.entity.id, page: route.page };
    default:
      return { kind: route.kind };
  }
}

/**
 * The page's cache key for Astro's incremental build: a digest of everything its route shows (each content entry
 * by its id and digest, not its text) and of the font faces every page names. Equal keys and equal code: the
 * page is not rendered again.
 */
export async function routeCacheKey(route: Route): Promise<string> {
  const faces = (await getFontFaces()).map((face) => `${face.file} ${face.unicodeRange}`);
  const data = JSON.stringify([faces, route], (_, value: unknown) => {
    if (value instanceof Map || value instanceof Set) return [...value];
    if (isEntry(value)) return `${value.collection}/${value.id}@${value.digest}`;
    return value;
  });
  return createHash('sha256').update(data).digest('base64url');
}

function isEntry(value: unknown): value is { collection: string; id: string; digest: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'collection' in value &&
    'id' in value &&
    typeof (value as { digest?: unknown }).digest === 'string'
  );
}
