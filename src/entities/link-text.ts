/** Splits text at entity mentions: the first mention of an entity in each section becomes a link, every mention gets an anchor. */
import type { Element, Text } from 'hast';
import { pathFor, type Lang } from '../routing/urls.ts';
import { sentenceAround, type MentionMatcher } from './mentions.ts';

export type Segment = string | { text: string; entityId: string; anchor: string; link: boolean };

/** One mention as the entity pages list it: where it is and the sentence around it. */
export interface MentionRecord {
  entityId: string;
  anchor: string;
  sentence: string;
}

/** Per-document linking state: which entities are linked in the current section, how many mentions each has. */
export class LinkState {
  private linkedInSection = new Set<string>();
  private counts = new Map<string, number>();
  readonly records: MentionRecord[] = [];
  private readonly anchorPrefix: string;

  constructor(anchorPrefix = 'mention') {
    this.anchorPrefix = anchorPrefix;
  }

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
      const anchor = `${this.anchorPrefix}-${mention.entityId}-${count}`;
      segments.push({ text: text.slice(mention.start, mention.end), entityId: mention.entityId, anchor, link });
      const sentence = sentenceAround(context, offsetInContext + mention.start, offsetInContext + mention.end);
      this.records.push({ entityId: mention.entityId, anchor, sentence });
      cursor = mention.end;
    }
    if (cursor < text.length) segments.push(text.slice(cursor));
    return segments;
  }
}

/**
 * The one rendering of linked text, as hast: a link to the entity page for the first mention in a section, an anchor
 * span otherwise. The link needs no class: the stylesheet knows it by its anchor ("mention-…", "lede-mention-…"), and
 * a class on every link was 19 bytes each, hundreds of times a page. The span keeps its class: search indexing marks
 * no compound inside it (scripts/search/german-compounds.ts).
 */
export function segmentsToHast(segments: Segment[], lang: Lang): (Element | Text)[] {
  return segments.map((segment) => {
    if (typeof segment === 'string') return { type: 'text', value: segment };
    const children: Text[] = [{ type: 'text', value: segment.text }];
    return segment.link
      ? {
          type: 'element',
          tagName: 'a',
          properties: { href: pathFor(lang, { kind: 'entity', id: segment.entityId }), id: segment.anchor },
          children,
        }
      : { type: 'element', tagName: 'span', properties: { id: segment.anchor, className: ['mention'] }, children };
  });
}
