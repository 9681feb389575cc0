/**
 * The one way to find a document's entity mentions: which text of an MDX document is linked, in which
 * section, with which sentence. The entity-links plugin (src/markdown/entity-links.ts) calls `linkTextNode`
 * for each text node while Astro renders; the catalog calls it through `documentMentions` on the same
 * parser's tree of the source text, so both see the same mentions with the same anchors and sentences.
 */
import { LinkState, type MentionRecord, type Segment } from '../entities/link-text.ts';
import type { MentionMatcher } from '../entities/mentions.ts';
import { parseMdx, type HastLike } from './parse.ts';

const HEADING = /^h[1-6]$/;
/** Mentions are never linked inside these: headings start sections, links and code keep their text. */
const NO_LINKS = new Set(['a', 'code', 'pre', 'script', 'style', 'kbd', 'samp']);
/** The blocks whose text is a mention's context, for its sentence. */
const BLOCKS = new Set(['p', 'li', 'blockquote', 'td', 'th', 'dd', 'figcaption']);

/** An element's name: tagName for HTML, name for MDX JSX (`<p class="teaser">` is JSX in MDX). */
function nameOf(node: HastLike): string {
  return node.tagName ?? node.name ?? '';
}

/**
 * What one text node contributes: its segments (mentions recorded in `state`), or undefined when it is
 * not linked (in a heading, which starts a new section, or in a link or code). `ancestors` run from the
 * parent up to, not including, the root; `textContent` gives a block's text as the parser has it.
 */
export function linkTextNode(
  state: LinkState,
  matcher: MentionMatcher,
  value: string,
  ancestors: readonly HastLike[],
  textContent: (node: HastLike) => string,
): Segment[] | undefined {
  if (ancestors.some((ancestor) => HEADING.test(nameOf(ancestor)))) {
    state.startSection();
    return undefined;
  }
  if (ancestors.some((ancestor) => NO_LINKS.has(nameOf(ancestor)))) return undefined;
  const block = ancestors.find((ancestor) => BLOCKS.has(nameOf(ancestor)));
  const context = block ? textContent(block) : value;
  return state.segment(value, matcher, context, Math.max(0, context.indexOf(value)));
}

/** Every value under a node, in order (text and MDX expressions alike): what the parser's own textContent returns. */
export function hastText(node: HastLike): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(hastText).join('');
}

/** Visits every text node in document order with its ancestors (nearest first), as the plugin is visited. */
function walkText(node: HastLike, ancestors: HastLike[], visit: (value: string, ancestors: readonly HastLike[]) => void): void {
  for (const child of node.children ?? []) {
    if (child.type === 'text') visit(child.value ?? '', ancestors);
    else if (child.children) walkText(child, [child, ...ancestors], visit);
  }
}

/** The mentions of a parsed MDX tree, recorded into `state`, as the plugin finds them while rendering. */
export function treeMentions(root: HastLike, matcher: MentionMatcher, state = new LinkState()): MentionRecord[] {
  walkText(root, [], (value, ancestors) => linkTextNode(state, matcher, value, ancestors, hastText));
  return state.records;
}

/** The lede of an article, linked like the body but anchored apart ("lede-mention-…"): the layout renders it outside the MDX. */
export function ledeLinks(lede: string, matcher: MentionMatcher): { segments: Segment[]; records: MentionRecord[] } {
  const state = new LinkState('lede-mention');
  const segments = state.segment(lede, matcher);
  return { segments, records: state.records };
}

/** Mentions of an MDX document's source text (frontmatter and body) in its language. */
export function documentMentions(mdx: string, matcher: MentionMatcher): MentionRecord[] {
  return treeMentions(parseMdx(mdx), matcher);
}
