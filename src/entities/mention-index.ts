/** Derived views of the mention records: per-entity mentions, and the counts and co-mentions tallied over an archive. */
import type { MentionRecord } from './link-text.ts';

/** Pushes onto the list under `key` (copying lists here made indexing quadratic in the corpus size). */
function append<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export interface PageRecords {
  records: MentionRecord[];
}

export interface MentionIndex<Page extends PageRecords> {
  /** For each entity, the pages that mention it with those mentions, in page order. */
  byEntity: Map<string, { page: Page; records: MentionRecord[] }[]>;
}

/** An entity that shares sentences with another, and how many. */
export interface SharedSentences {
  entityId: string;
  sentences: number;
}

/** How often each entity is mentioned, and the entities it shares sentences with, over every page tallied. */
export interface MentionTallies {
  counts: Map<string, number>;
  /** For each entity, the entities sharing sentences with it: most shared sentences first, then by id. */
  related: Map<string, SharedSentences[]>;
}

/** Counts mentions and the sentences entities share, page by page: what the catalog writer and a scan of content/ tally with. */
export class CoMentions {
  private readonly counts = new Map<string, number>();
  private readonly shared = new Map<string, Map<string, number>>();

  /** Adds one page's mentions. */
  add(records: readonly MentionRecord[]): void {
    const bySentence = new Map<string, Set<string>>();
    for (const record of records) {
      this.counts.set(record.entityId, (this.counts.get(record.entityId) ?? 0) + 1);
      bySentence.set(record.sentence, (bySentence.get(record.sentence) ?? new Set<string>()).add(record.entityId));
    }
    for (const ids of bySentence.values()) {
      for (const a of ids) {
        const row = this.shared.get(a) ?? new Map<string, number>();
        for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
        this.shared.set(a, row);
      }
    }
  }

  /** The tallies of every page added so far. */
  tallies(): MentionTallies {
    return { counts: this.counts, related: this.related() };
  }

  private related(): MentionTallies['related'] {
    return new Map(
      [...this.shared].map(([id, row]) => [
        id,
        [...row]
          .map(([entityId, sentences]): SharedSentences => ({ entityId, sentences }))
          .sort((a, b) => b.sentences - a.sentences || a.entityId.localeCompare(b.entityId)),
      ]),
    );
  }
}

export function indexMentions<Page extends PageRecords>(pages: Iterable<Page>): MentionIndex<Page> {
  const byEntity = new Map<string, { page: Page; records: MentionRecord[] }[]>();
  for (const page of pages) {
    const onPage = new Map<string, MentionRecord[]>();
    for (const record of page.records) append(onPage, record.entityId, record);
    for (const [entityId, records] of onPage) append(byEntity, entityId, { page, records });
  }
  return { byEntity };
}

/** How many of the entities most often named with an entity its page shows, in its list and its small map. */
const RELATED_SHOWN = 8;

/** The entities an entity's page shows as most often named with it: one selection for its page and a shard's digest. */
export function relatedShown(related: MentionTallies['related'], id: string): SharedSentences[] {
  return (related.get(id) ?? []).slice(0, RELATED_SHOWN);
}

/** The tallies of `pages`, in one pass. */
export function tallyMentions(pages: Iterable<PageRecords>): MentionTallies {
  const tally = new CoMentions();
  for (const page of pages) tally.add(page.records);
  return tally.tallies();
}

export interface RelationSource<Role> {
  id: string;
  relations: { to: string; role: Role }[];
}

export interface RelationView<Role> {
  /** The entity that the relation reads from ("Satya Nadella – CEO of – Microsoft": Satya Nadella). */
  subject: string;
  object: string;
  role: Role;
}

/** Every relation in which the entity is subject or object, grouped by entity id once. */
export function indexRelations<Role>(entities: RelationSource<Role>[]): Map<string, RelationView<Role>[]> {
  const byEntity = new Map<string, RelationView<Role>[]>();
  for (const entity of entities) {
    for (const relation of entity.relations) {
      const view = { subject: entity.id, object: relation.to, role: relation.role };
      append(byEntity, entity.id, view);
      if (relation.to !== entity.id) append(byEntity, relation.to, view);
    }
  }
  return byEntity;
}

/** Distinct entity ids in order of first mention. */
export function entitiesInOrder(records: MentionRecord[]): string[] {
  return [...new Set(records.map((record) => record.entityId))];
}
