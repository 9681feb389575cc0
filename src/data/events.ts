/**
 * Timeline events, oldest first, and the events of each entity: computed once per build. An event that
 * cites an unknown article, paragraph or entity fails the build naming its file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { paragraphRange, unknownParagraphs } from '../lib/citations.ts';
import { compareEventDates, parseEventDate, publicationDateProblem, type EventDate } from '../lib/timeline.ts';
import { getCitations } from './citations.ts';
import { getDocuments } from './documents.ts';

export interface TimelineEvent {
  /** The file name, also the event's anchor on the timeline page. */
  id: string;
  date: EventDate;
  data: CollectionEntry<'events'>['data'];
}

export interface EventData {
  events: TimelineEvent[];
  /** Entity id → its events, oldest first. */
  byEntity: Map<string, TimelineEvent[]>;
}

/** Anchor of an event on the timeline page. */
export function eventAnchor(event: Pick<TimelineEvent, 'id'>): string {
  return `event-${event.id}`;
}

async function load(): Promise<EventData> {
  const [entries, entities, documents, citations] = await Promise.all([getCollection('events'), getCollection('entities'), getDocuments(), getCitations()]);
  const entityIds = new Set(entities.map((entity) => entity.id));
  const articles = new Map(documents.map((document) => [document.slug, document.article]));
  const problems: string[] = [];
  const events: TimelineEvent[] = [];
  for (const entry of entries) {
    const file = `content/events/${entry.id}.yaml`;
    const { cite, datedBy, date } = entry.data;
    const article = articles.get(cite.article.id);
    const paragraphs = citations.paragraphs.get(cite.article.id);
    if (!article || !paragraphs) {
      problems.push(`${file}: field "cite.article": there is no article "${cite.article.id}"; use the file name of an article in content/articles/`);
      continue;
    }
    for (const number of unknownParagraphs(cite.paragraphs, paragraphs.length)) {
      problems.push(`${file}: field "cite.paragraphs": paragraph ${number} does not exist; the article has ${paragraphRange(paragraphs.length)}`);
    }
    for (const entity of entry.data.entities) {
      if (!entityIds.has(entity.id)) problems.push(`${file}: field "entities": there is no entity "${entity.id}"; use the file name of an entity in content/entities/`);
    }
    const dating = datedBy === 'publication' ? publicationDateProblem(date, article.data.published, article.data.dateIsEditorial) : undefined;
    if (dating) problems.push(`${file}: ${dating}`);
    events.push({ id: entry.id, date: parseEventDate(date), data: entry.data });
  }
  if (problems.length) throw new Error(`Timeline events must rest on existing paragraphs:\n${problems.join('\n')}`);
  // Events of the same date keep the order in which their article tells them.
  events.sort(
    (a, b) =>
      compareEventDates(a.date, b.date) ||
      a.data.cite.article.id.localeCompare(b.data.cite.article.id) ||
      Math.min(...a.data.cite.paragraphs) - Math.min(...b.data.cite.paragraphs) ||
      a.id.localeCompare(b.id),
  );
  const byEntity = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const id of new Set(event.data.entities.map((entity) => entity.id))) {
      const list = byEntity.get(id);
      if (list) list.push(event);
      else byEntity.set(id, [event]);
    }
  }
  return { events, byEntity };
}

let cached: Promise<EventData> | undefined;

export function getEvents(): Promise<EventData> {
  cached ??= load();
  return cached;
}
