/**
 * Every page the site builds, as the catch-all route (src/pages/[...path].astro) lists them: which
 * page (a PageRef in one language) and the data its layout needs, gathered here once per build.
 */
import { LANGS, type Lang, type PageRef } from '../routing/urls.ts';
import { entitiesInOrder } from '../entities/mention-index.ts';
import {
  coMentionGraph,
  labelLayout,
  layoutGraph,
  rankedPairs,
  type EntityMap,
  type GraphLayout,
  type PairGroup,
} from '../entities/map-layout.ts';
import type { Segment } from '../entities/link-text.ts';
import { pageCount } from '../page/pagination.ts';
import type { Statement } from '../record/statements.ts';
import { getCitations } from './citations.ts';
import { DOCUMENTS_PER_PAGE, getDocuments, listedOnHome, type DocumentPair, type Summary } from './documents.ts';
import { entityPages, getEntityData, pageKey, type Entity, type EntityData, type EntityPage } from './entities.ts';
import { getEvents, type TimelineEvent } from './events.ts';

/** An entity a page mentions, with its name in the page's language. */
export interface MentionedEntity {
  id: string;
  name: string;
}

export type Route =
  | { kind: 'home'; lang: Lang; documents: DocumentPair[]; page: number }
  | { kind: 'article'; lang: 'de'; document: DocumentPair; ledeSegments: Segment[] | undefined; mentioned: MentionedEntity[] }
  | { kind: 'summary'; lang: 'en'; document: DocumentPair & { summary: Summary }; mentioned: MentionedEntity[]; keyPoints: Statement[] }
  | { kind: 'pendingSummary'; lang: 'en'; document: DocumentPair }
  | { kind: 'entities'; lang: Lang; data: EntityData }
  | { kind: 'map'; lang: Lang; map: EntityMap; pairs: PairGroup[] }
  | ({ kind: 'entity'; lang: Lang; data: EntityData; events: TimelineEvent[] } & EntityPage)
  | { kind: 'timeline'; lang: Lang; events: TimelineEvent[]; articleTitles: Map<string, string>; entities: Map<string, Entity> }
  | { kind: 'search'; lang: Lang }
  | { kind: 'pending'; lang: Lang; documents: DocumentPair[] }
  | { kind: 'notFound'; lang: Lang };

function mentionedOn(data: EntityData, lang: Lang, slug: string): MentionedEntity[] {
  return entitiesInOrder(data.pageRecords.get(pageKey(lang, slug)) ?? []).flatMap((id) => {
    const entity = data.byId.get(id);
    return entity ? [{ id, name: entity.data.name[lang] }] : [];
  });
}

/** The co-mention graph laid out once per build; each language's page labels it with its own names. */
function mapLayout(data: EntityData): GraphLayout {
  return layoutGraph(
    coMentionGraph(data.related, (id) => {
      const entity = data.byId.get(id);
      if (!entity) throw new Error(`entity map: a mention names "${id}", which is no file in content/entities/`);
      return { kind: entity.data.kind, mentions: data.counts.get(id) ?? 0 };
    }),
  );
}

function mapRoute(data: EntityData, layout: GraphLayout, lang: Lang): Route {
  const { compare } = new Intl.Collator(lang);
  const map = labelLayout(layout, (id) => data.byId.get(id)!.data.name[lang], compare);
  return { kind: 'map', lang, map, pairs: rankedPairs(map, compare) };
}

export async function getRoutes(): Promise<Route[]> {
  const [documents, data, citations, timeline] = await Promise.all([getDocuments(), getEntityData(), getCitations(), getEvents()]);
  const articleTitles = new Map(documents.map(({ slug, article }) => [slug, article.data.title]));
  const routes: Route[] = [];
  const layout = mapLayout(data);
  for (const lang of LANGS) {
    const homePages = pageCount(listedOnHome(documents, lang).length, DOCUMENTS_PER_PAGE);
    for (let page = 1; page <= homePages; page += 1) routes.push({ kind: 'home', lang, documents, page });
    routes.push(
      { kind: 'entities', lang, data },
      mapRoute(data, layout, lang),
      { kind: 'search', lang },
      { kind: 'pending', lang, documents },
      { kind: 'notFound', lang },
    );
    routes.push({ kind: 'timeline', lang, events: timeline.events, articleTitles, entities: data.byId });
    for (const entityPage of entityPages(data)) {
      // Events are listed on an entity's first page only, beside its description.
      const events = entityPage.page === 1 ? (timeline.byEntity.get(entityPage.entity.id) ?? []) : [];
      routes.push({ kind: 'entity', lang, data, events, ...entityPage });
    }
  }
  for (const document of documents) {
    const { slug, summary } = document;
    routes.push({ kind: 'article', lang: 'de', document, ledeSegments: data.ledes.get(slug), mentioned: mentionedOn(data, 'de', slug) });
    if (!summary) {
      routes.push({ kind: 'pendingSummary', lang: 'en', document });
      continue;
    }
    const keyPoints = (citations.statements.get(slug) ?? []).filter((statement) => statement.kind === 'keyPoint');
    routes.push({ kind: 'summary', lang: 'en', document: { ...document, summary }, mentioned: mentionedOn(data, 'en', slug), keyPoints });
  }
  return routes;
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
