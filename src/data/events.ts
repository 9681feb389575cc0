/**
 * Timeline events, oldest first, and the events of each entity: from the catalog, once per build (the
 * catalog pass has checked each event against its article, checkEvent).
 */
import { compareEventDates, parseEventDate, type EventDate } from '../record/event-dates.ts';
import type { EventFileData } from '../record/schemas.ts';
import { getCatalog } from './catalog.ts';

export interface TimelineEvent {
  /** The file name, also the event's anchor on the timeline page. */
  id: string;
  date: EventDate;
  data: EventFileData;
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
  const events: TimelineEvent[] = (await getCatalog()).events.map(({ id, data }) => ({ id, date: parseEventDate(data.date), data }));
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
