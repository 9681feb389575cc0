/** Reads Markdown (CommonMark + GFM, inline HTML included) as a browser shows it: rendered to HTML whose elements keep their source lines. */
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markLines } from './html.ts';
import { markShortcodes } from './shortcodes.ts';

/** One parser for every file: setting up GFM's extensions costs more than a short article's parse. */
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** What GFM footnotes add that the source does not say: the English heading "Footnotes" and the back links "↩". */
function isGeneratedFootnoteText(node: RootContent): boolean {
  if (node.type !== 'element') return false;
  return node.properties['dataFootnoteBackref'] !== undefined || (node.tagName === 'h2' && node.properties['id'] === 'footnote-label');
}

function removeGenerated(node: HastRoot | Element): void {
  for (let index = node.children.length - 1; index >= 0; index -= 1) {
    const child = node.children[index]!;
    if (isGeneratedFootnoteText(child)) node.children.splice(index, 1);
    else if (child.type === 'element') removeGenerated(child);
  }
}

/** The HTML a browser shows for `markdown`, WordPress shortcodes marked as furniture (their markup in an attribute: see showShortcodes). */
export function markdownToHtml(markdown: string): string {
  const parsed = parser.parse(markdown);
  const marked = markShortcodes(markdown, parsed);
  const mdast = marked === markdown ? parsed : parser.parse(marked);
  const hast = toHast(mdast, { allowDangerousHtml: true }) as HastRoot;
  removeGenerated(hast);
  markLines(hast);
  return toHtml(hast, { allowDangerousHtml: true });
}
