/**
 * Timeline events, oldest first, and the events of each entity: computed once per build. An event that
 * fails the content check's rules (checkEvent) fails the build naming its file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkEvent } from '../checks/content-check.ts';
import { throwProblems } from '../record/problems.ts';
import { compareEventDates, parseEventDate, type EventDate } from '../record/event-dates.ts';
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
  const [entries, entities, documents, citations] = await Promise.all([
    getCollection('events'),
    getCollection('entities'),
    getDocuments(),
    getCitations(),
  ]);
  const entityIds = new Set(entities.map((entity) => entity.id));
  const articles = new Map(
    documents.map(({ slug, article }) => [
      slug,
      {
        paragraphs: citations.paragraphs.get(slug) ?? [],
        published: article.data.published,
        dateIsEditorial: article.data.dateIsEditorial,
      },
    ]),
  );
  throwProblems(entries.flatMap(({ id, data }) => checkEvent(`content/events/${id}.yaml`, data, articles, entityIds)));
  const events: TimelineEvent[] = entries.map((entry) => ({ id: entry.id, date: parseEventDate(entry.data.date), data: entry.data }));
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
