/** Reads Markdown (CommonMark + GFM, inline HTML included) as a browser shows it: rendered to HTML whose elements keep their source lines. */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markLines } from './html.ts';

/** One parser for every file: setting up GFM's extensions costs more than a short article's parse. */
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function markdownToHtml(markdown: string): string {
  const mdast = parser.parse(markdown);
  const hast = toHast(mdast, { allowDangerousHtml: true }) as HastRoot;
  markLines(hast);
  return toHtml(hast, { allowDangerousHtml: true });
}
