/**
 * The numbering of an article's blocks, which citations point to: p-1 is the lede when the article has
 * one, then every block of the MDX body in order (sub-headings, paragraphs, teasers, code blocks). The render-time
 * plugin (src/markdown/paragraph-anchors.ts) gives the same numbers to the same blocks; a site test
 * proves they agree.
 */
import { readArticleBody } from './article-mdx.ts';
import type { ArticleBlock } from './raw-article.ts';
import { foldWhitespace } from './verbatim.ts';

/** The checks name paragraphs by their anchors ("p-12"), which the routing module writes. */
export { paragraphId } from '../routing/anchors.ts';

/** `preformatted`: a code block, numbered like a paragraph since its text (a table of figures, say) can be cited. */
export type ParagraphKind = 'lede' | 'heading' | 'teaser' | 'paragraph' | 'preformatted';

export interface ArticleParagraph {
  /** 1-based; the anchor is paragraphId(number). */
  number: number;
  kind: ParagraphKind;
  /** The German text as the page shows it: escapes decoded, whitespace folded as a browser folds it. */
  text: string;
}

const KINDS: Record<ArticleBlock['kind'], ParagraphKind> = {
  heading: 'heading',
  subheading: 'heading',
  teaser: 'teaser',
  paragraph: 'paragraph',
  preformatted: 'preformatted',
};

/** Every numbered block of an article, from its frontmatter lede and its MDX body as the importer writes them. */
export function articleParagraphs(lede: string | undefined, body: string): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = lede ? [{ number: 1, kind: 'lede', text: foldWhitespace(lede) }] : [];
  for (const block of readArticleBody(body))
    paragraphs.push({ number: paragraphs.length + 1, kind: KINDS[block.kind], text: foldWhitespace(block.text) });
  return paragraphs;
}
