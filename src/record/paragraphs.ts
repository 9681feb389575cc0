/**
 * The numbering of an article's blocks, which citations point to: p-1 is the lede when the article has
 * one, then every block of the MDX body in order (sub-headings, paragraphs, teasers, code blocks, quotes, and each top-level list and each table as one). The render-time
 * plugin (src/markdown/paragraph-anchors.ts) gives the same numbers to the same blocks; a site test
 * proves they agree.
 */
import { readArticleBody } from './article-mdx.ts';
import { opensList, opensTable, type ArticleBlock, type ListItem, type TableCell } from './raw-article.ts';
import { foldWhitespace } from './verbatim.ts';

/** The checks name paragraphs by their anchors ("p-12"), which the routing module writes. */
export { paragraphId } from '../routing/anchors.ts';

/**
 * `preformatted`: a code block, numbered like a paragraph since its text (a table of figures, say) can be cited;
 * `list`: a top-level list with its sub-lists, one block on the page; `quote`: a paragraph of a block quote;
 * `table`: a data table, one block on the page, its text its cells' in reading order.
 */
export type ParagraphKind = 'lede' | 'heading' | 'teaser' | 'paragraph' | 'preformatted' | 'list' | 'quote' | 'table';

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
  item: 'list',
  quote: 'quote',
  cell: 'table',
};

/** Every numbered block of an article, from its frontmatter lede and its MDX body as the importer writes them. */
export function articleParagraphs(lede: string | undefined, body: string): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = lede ? [{ number: 1, kind: 'lede', text: foldWhitespace(lede) }] : [];
  let list: ListItem | undefined;
  let cell: TableCell | undefined;
  for (const block of readArticleBody(body)) {
    const topItem = block.item?.depth === 0 ? block.item : undefined;
    // An item continues the list before it unless it opens a new top-level list; a cell continues its table.
    const continues =
      (block.kind === 'item' && list && !(topItem && opensList(list, topItem))) ||
      (block.kind === 'cell' && cell && !opensTable(cell, block.cell!));
    if (continues) {
      const last = paragraphs[paragraphs.length - 1]!;
      last.text = foldWhitespace(`${last.text} ${block.text}`);
    } else paragraphs.push({ number: paragraphs.length + 1, kind: KINDS[block.kind], text: foldWhitespace(block.text) });
    list = block.kind === 'item' ? (topItem ?? list) : undefined;
    cell = block.kind === 'cell' ? block.cell : undefined;
  }
  return paragraphs;
}
