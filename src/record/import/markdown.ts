/** Reads Markdown (CommonMark + GFM, inline HTML included) as a browser shows it: rendered to HTML whose elements keep their source lines. */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markLines } from './html.ts';

export function markdownToHtml(markdown: string): string {
  const mdast = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const hast = toHast(mdast, { allowDangerousHtml: true }) as HastRoot;
  markLines(hast);
  return toHtml(hast, { allowDangerousHtml: true });
}
