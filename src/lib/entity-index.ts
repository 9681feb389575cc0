/** Derived views of the mention records: counts, co-mentions, and relations in both directions. */
import type { MentionRecord } from './link-text.ts';

export interface PageRecords {
  records: MentionRecord[];
}

export function mentionCounts(pages: PageRecords[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of pages) for (const { entityId } of page.records) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  return counts;
}

/** Entities that share sentences with `entityId`, most shared sentences first, then by id. */
export function coMentioned(pages: PageRecords[], entityId: string): { entityId: string; sentences: number }[] {
  const shared = new Map<string, number>();
  for (const page of pages) {
    const bySentence = new Map<string, Set<string>>();
    for (const record of page.records) {
      const ids = bySentence.get(record.sentence) ?? new Set<string>();
      ids.add(record.entityId);
      bySentence.set(record.sentence, ids);
    }
    for (const ids of bySentence.values()) {
      if (!ids.has(entityId)) continue;
      for (const other of ids) if (other !== entityId) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .map(([id, sentences]) => ({ entityId: id, sentences }))
    .sort((a, b) => b.sentences - a.sentences || a.entityId.localeCompare(b.entityId));
}

export interface RelationSource<Role> {
  id: string;
  relations: { to: string; role: Role }[];
}

export interface RelationView<Role> {
  /** "outgoing": this entity is the subject ("Satya Nadella — CEO of → Microsoft"); "incoming": the object. */
  direction: 'outgoing' | 'incoming';
  subject: string;
  object: string;
  role: Role;
}

export function relationsOf<Role>(entities: RelationSource<Role>[], entityId: string): RelationView<Role>[] {
  const views: RelationView<Role>[] = [];
  for (const entity of entities) {
    for (const relation of entity.relations) {
      if (entity.id === entityId) views.push({ direction: 'outgoing', subject: entity.id, object: relation.to, role: relation.role });
      else if (relation.to === entityId) views.push({ direction: 'incoming', subject: entity.id, object: entityId, role: relation.role });
    }
  }
  return views;
}

/** Distinct entity ids in order of first mention. */
export function entitiesInOrder(records: MentionRecord[]): string[] {
  return [...new Set(records.map((record) => record.entityId))];
}
