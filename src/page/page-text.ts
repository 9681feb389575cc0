/** Short plain-text descriptions for meta tags and lists. */
import { readArticleBody } from '../record/article-mdx.ts';

const DESCRIPTION_LENGTH = 160;

/** Cut at a word boundary and mark the cut. */
export function truncateText(text: string, maxLength = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxLength / 2 ? cut.slice(0, space) : cut}…`;
}

/** First paragraph of an article body (not a heading or teaser), decoded as the importer encoded it. */
export function firstParagraph(body: string): string {
  return readArticleBody(body).find((block) => block.kind === 'paragraph')?.text ?? '';
}
