/** Splits text at entity mentions: the first mention of an entity in each section becomes a link, every mention gets an anchor. */
import { sentenceAround, type MentionMatcher } from './mentions.ts';

export type Segment = string | { text: string; entityId: string; anchor: string; link: boolean };

/** One mention as the entity pages list it: where it is and the sentence around it. */
export interface MentionRecord {
  entityId: string;
  anchor: string;
  surface: string;
  sentence: string;
}

/** Per-document linking state: which entities are linked in the current section, how many mentions each has. */
export class LinkState {
  private linkedInSection = new Set<string>();
  private counts = new Map<string, number>();
  readonly records: MentionRecord[] = [];

  constructor(private readonly anchorPrefix = 'mention') {}

  startSection(): void {
    this.linkedInSection.clear();
  }

  /** Segments of `text`; `context` is the text of the enclosing block, for the sentence of each mention. */
  segment(text: string, matcher: MentionMatcher, context = text, offsetInContext = 0): Segment[] {
    const segments: Segment[] = [];
    let cursor = 0;
    for (const mention of matcher.find(text)) {
      if (mention.start > cursor) segments.push(text.slice(cursor, mention.start));
      const count = (this.counts.get(mention.entityId) ?? 0) + 1;
      this.counts.set(mention.entityId, count);
      const link = !this.linkedInSection.has(mention.entityId);
      this.linkedInSection.add(mention.entityId);
      const surface = text.slice(mention.start, mention.end);
      const anchor = `${this.anchorPrefix}-${mention.entityId}-${count}`;
      segments.push({ text: surface, entityId: mention.entityId, anchor, link });
      const sentence = sentenceAround(context, offsetInContext + mention.start, offsetInContext + mention.end);
      this.records.push({ entityId: mention.entityId, anchor, surface, sentence });
      cursor = mention.end;
    }
    if (cursor < text.length) segments.push(text.slice(cursor));
    return segments;
  }
}
