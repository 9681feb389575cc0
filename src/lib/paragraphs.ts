/**
 * The numbering of an article's blocks, which citations point to: p-1 is the lede when the article has
 * one, then every block of the MDX body in order (sub-headings, paragraphs, teasers). The render-time
 * plugin (src/markdown/paragraph-anchors.ts) gives the same numbers to the same blocks; a site test
 * proves they agree.
 */
import { unescapeMarkdown } from './page-text.ts';
import { foldWhitespace } from './verbatim.ts';

export type ParagraphKind = 'lede' | 'heading' | 'teaser' | 'paragraph';

export interface ArticleParagraph {
  /** 1-based; the anchor is paragraphId(number). */
  number: number;
  kind: ParagraphKind;
  /** The German text as the page shows it: escapes decoded, whitespace folded as a browser folds it. */
  text: string;
}

const HEADING = /^#{1,6}\s+/;
const TEASER = /^<p class="teaser">([\s\S]*)<\/p>$/;

export function paragraphId(number: number): string {
  return `p-${number}`;
}

/** The body's blocks: runs of non-blank lines, as Markdown separates them. */
export function bodyBlocks(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

function bodyParagraph(block: string, number: number): ArticleParagraph {
  const teaser = TEASER.exec(block);
  const kind: ParagraphKind = HEADING.test(block) ? 'heading' : teaser ? 'teaser' : 'paragraph';
  const source = kind === 'heading' ? block.replace(HEADING, '') : teaser ? teaser[1]! : block;
  return { number, kind, text: foldWhitespace(unescapeMarkdown(source)) };
}

/** Every numbered block of an article, from its frontmatter lede and its MDX body as the importer writes them. */
export function articleParagraphs(lede: string | undefined, body: string): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = lede ? [{ number: 1, kind: 'lede', text: foldWhitespace(lede) }] : [];
  for (const block of bodyBlocks(body)) paragraphs.push(bodyParagraph(block, paragraphs.length + 1));
  return paragraphs;
}
