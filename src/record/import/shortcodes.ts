/** WordPress core shortcodes in a Markdown export (`[gallery ids="…"]`, `[caption …]…[/caption]`): markup the blog replaced with images, marked as page furniture. */
import type { Root } from 'hast';
import type { Nodes, Root as MdastRoot } from 'mdast';

/** The shortcodes of WordPress core, at a line's start; a plugin's ("[contact-form-7]") or a bracket in a sentence is text. */
const SHORTCODE = /[ \t]*\[(caption|gallery|embed|audio|video|playlist)(?=[\s\]/])[^\]\n]*\]/y;
const MAYBE = /\[(?:caption|gallery|embed|audio|video|playlist)\b/;

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The markup as an element of its own: an attribute holds it, so that Markdown reads nothing in it (an embed's address is no link). */
const markup = (text: string): string => `<span data-furniture="wordpress-shortcode" data-shortcode="${attribute(text)}"></span>`;

interface Edit {
  start: number;
  end: number;
  html: string;
}

/** The edits for the shortcodes that open a line of the paragraph `text` (at `offset` in the file); a caption's own text stays Markdown, marked as the caption. */
function paragraphEdits(text: string, offset: number): Edit[] {
  const edits: Edit[] = [];
  let from = 0;
  while (from < text.length) {
    SHORTCODE.lastIndex = from;
    const match = SHORTCODE.exec(text);
    const next = text.indexOf('\n', from);
    if (!match) {
      if (next < 0) break;
      from = next + 1;
      continue;
    }
    const start = from + match[0].length - match[0].trimStart().length;
    const opened = SHORTCODE.lastIndex;
    const closing = `[/${match[1]}]`;
    const close = text.indexOf(closing, opened);
    const end = close < 0 ? opened : close + closing.length;
    const edit = (first: number, last: number, html: string) => edits.push({ start: offset + first, end: offset + last, html });
    if (match[1] === 'caption' && close >= 0 && text.slice(opened, close).trim() !== '') {
      edit(start, opened, markup(text.slice(start, opened)));
      edit(opened, close, `<span data-furniture="image-caption">${text.slice(opened, close)}</span>`);
      edit(close, end, markup(closing));
    } else edit(start, end, markup(text.slice(start, end)));
    const after = text.indexOf('\n', end);
    if (after < 0) break;
    from = after + 1;
  }
  return edits;
}

/** The paragraphs of a Markdown tree (code, HTML blocks and front matter are none). */
function paragraphs(node: Nodes): Nodes[] {
  if (node.type === 'paragraph') return [node];
  return 'children' in node ? node.children.flatMap(paragraphs) : [];
}

/**
 * `markdown` with each WordPress core shortcode that opens a line of a paragraph (`[gallery ids="1,2"]`, `[embed]URL[/embed]`,
 * `[caption …]…[/caption]`) turned into an element marked as a shortcode, its markup in an attribute that showShortcodes makes
 * its text; lines stay where they were. Unchanged when there is none.
 */
export function markShortcodes(markdown: string, tree: MdastRoot): string {
  if (!MAYBE.test(markdown)) return markdown;
  const edits = paragraphs(tree).flatMap((node) => {
    const { start, end } = node.position ?? {};
    return start?.offset === undefined || end?.offset === undefined
      ? []
      : paragraphEdits(markdown.slice(start.offset, end.offset), start.offset);
  });
  return edits.reduceRight((text, { start, end, html }) => text.slice(0, start) + html + text.slice(end), markdown);
}

/** The marked shortcodes of a parsed tree show their markup as text again, never read as Markdown. */
export function showShortcodes(tree: Root): void {
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'element' && typeof node.properties['dataShortcode'] === 'string') {
      node.children = [{ type: 'text', value: node.properties['dataShortcode'] }];
      delete node.properties['dataShortcode'];
    } else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
}
