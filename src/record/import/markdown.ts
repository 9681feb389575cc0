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

/** What GFM footnotes add that the source does not say: the English heading "Footnotes" and the back links "↩". */
function isGeneratedFootnoteText(node: HastRoot['children'][number]): boolean {
  if (node.type !== 'element') return false;
  return node.properties['dataFootnoteBackref'] !== undefined || (node.tagName === 'h2' && node.properties['id'] === 'footnote-label');
}

function removeGenerated<T extends { children?: HastRoot['children'] | undefined }>(node: T): T {
  if (node.children) node.children = node.children.filter((child) => !isGeneratedFootnoteText(child)).map(removeGenerated);
  return node;
}

export function markdownToHtml(markdown: string): string {
  const mdast = parser.parse(markdown);
  const hast = removeGenerated(toHast(mdast, { allowDangerousHtml: true }) as HastRoot);
  markLines(hast);
  return toHtml(hast, { allowDangerousHtml: true });
}
