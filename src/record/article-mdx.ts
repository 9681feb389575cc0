/**
 * Writes a parsed article as MDX whose rendered text is exactly the source's characters, and reads
 * such a body back. `encodeMdxText` and `decodeMdxText` are the one escaping pair: the importer
 * writes with the first, the content check and page descriptions read with the second.
 */
import { opensList, opensTable, type ArticleBlock, type BlockKind, type ListItem, type TableCell } from './raw-article.ts';
import type { Inline } from './import/inline.ts';

/** Lines of the raw source that the article leaves out, and why: "3" or "3-7". */
export interface OmittedLines {
  lines: string;
  reason: string;
}

export interface ArticleFrontmatter {
  title: string;
  titleIsEditorial?: boolean;
  lede?: string;
  ledeIsEditorial?: boolean;
  publisher: string;
  author?: string;
  published?: string;
  /** The zone the source states for the time in published ("+01:00"). */
  timeZone?: string;
  dateIsEditorial?: boolean;
  translatedFrom?: string;
  format?: 'text' | 'markdown' | 'html';
  source: string;
  sourceUrl?: string;
  sourceNoise?: string[];
  omitted?: OmittedLines[];
  truncated?: boolean;
}

/**
 * ASCII punctuation that Markdown, GFM, MDX, JSX or HTML read as syntax somewhere in a line. A
 * backslash before ASCII punctuation always yields the character itself, so these are escaped
 * wherever they stand, whatever follows.
 */
const INLINE_SYNTAX = /[\\`*_{}[\]<>#|~&$^=]/;
/** Markers that only mean something at the start of a line: list items, definitions, ordered lists. */
const LINE_START_MARKER = /^(?:[-+:]|\d+[.)])/;
/** MDX reads a line that starts with these words as JavaScript (`import`/`export` statements). */
const ESM_KEYWORD = /^(?:import|export)/;
/**
 * GFM links bare URLs and e-mail addresses after escapes and character references are decoded, so
 * neither can stop it. An empty JSX fragment renders nothing but splits the text node, and no part
 * on either side is a link any more: it goes before `://` and `@` and after `www`.
 */
const AUTOLINK_BREAK = '<></>';
const AUTOLINK_TRIGGER = /:\/\/|@|(?<=www)\./iy;
/** Invisible characters that a parser or an editor could lose: written as numeric references. */
const INVISIBLE = new Set(['\uFEFF']);

function characterReference(char: string): string {
  return `&#${char.codePointAt(0)};`;
}

function encodeLine(line: string): string {
  const markerEnd = LINE_START_MARKER.exec(line)?.[0].length ?? 0;
  let out = '';
  let index = 0;
  for (const char of line) {
    AUTOLINK_TRIGGER.lastIndex = index;
    if (index > 0 && AUTOLINK_TRIGGER.test(line)) out += AUTOLINK_BREAK;
    if (INVISIBLE.has(char) || (index === 0 && ESM_KEYWORD.test(line))) out += characterReference(char);
    // A marker's last character is punctuation; escaped, the marker is text.
    else if (INLINE_SYNTAX.test(char) || index === markerEnd - 1) out += `\\${char}`;
    else out += char;
    index += char.length;
  }
  return out;
}

/**
 * Escapes a block's text for MDX. Lines are separated by "\n" (a soft-wrapped paragraph); each line
 * is non-empty and has no blanks at either end (raw-article.ts guarantees both), since Markdown would
 * drop those blanks and two trailing spaces would make a line break.
 */
export function encodeMdxText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line === '' || /^[ \t]|[ \t]$|\r/.test(line)) {
        throw new Error(`encodeMdxText: a line must be non-empty, without CR and without blanks at its ends: ${JSON.stringify(line)}`);
      }
      return encodeLine(line);
    })
    .join('\n');
}

/** A link destination in <…>: `<`, `>`, `\\`, `&` and braces escaped, so neither Markdown nor MDX reads them. */
function encodeDestination(href: string): string {
  return href.replace(/[\\<>&{}]/g, (char) => `\\${char}`).replace(/[\s]/g, (char) => encodeURIComponent(char));
}

/** Inline content of a Markdown or HTML source: escaped text, links in Markdown syntax, emphasis and breaks as JSX. */
export function encodeMdxInline(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += encodeLine(node);
    else if (node.tag === 'br') out += '<br />';
    else if (node.tag === 'a') {
      // A "!" right before the bracket would make the link an image.
      if (out.endsWith('!')) out = `${out.slice(0, -1)}\\!`;
      out += `[${encodeMdxInline(node.children)}](<${encodeDestination(node.href)}>)`;
    } else out += `<${node.tag}>${encodeMdxInline(node.children)}</${node.tag}>`;
  }
  return out;
}

/**
 * The exact inverse of encodeMdxText, and the text of encodeMdxInline's output: backslash escapes,
 * numeric references and autolink breaks removed; a line break read as "\n"; link brackets and
 * destinations, <em>, <strong>, <sup> and <sub> tags dropped. Literal brackets and angle brackets are always
 * escaped, so an unescaped one is syntax.
 */
export function decodeMdxText(mdx: string): string {
  return mdx.replace(
    /\\([!-/:-@[-`{-~])|&#(\d+);|<><\/>|<br \/>|<\/?(?:em|strong|sup|sub)>|\]\(<(?:\\.|[^\\>])*>\)|\[/g,
    (match, escaped?: string, code?: string) =>
      escaped ?? (code !== undefined ? String.fromCodePoint(Number(code)) : match === '<br />' ? '\n' : ''),
  );
}

/** A JSON string is a valid YAML double-quoted scalar, so every character survives. */
function yamlValue(value: string | boolean | string[] | OmittedLines[]): string {
  if (Array.isArray(value))
    return value.length
      ? `\n${value.map((item) => (typeof item === 'string' ? `  - ${JSON.stringify(item)}` : `  - lines: ${JSON.stringify(item.lines)}\n    reason: ${JSON.stringify(item.reason)}`)).join('\n')}`
      : ' []';
  return ` ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
}

const TEASER_OPEN = '<p class="teaser">';
const TEASER_CLOSE = '</p>';
/** A paragraph that opens with an element: MDX would read a line that is one JSX element as a block of its own, not a paragraph. */
const PARAGRAPH_OPEN = '<p>';
const HEADING_MARK: Partial<Record<BlockKind, string>> = { heading: '## ', subheading: '### ' };

/** A line that opens a fenced code block (Markdown's rule): three or more backticks and no backtick after them, or three or more tildes. */
const FENCE_OPEN = /^(?:`{3,}(?!.*`)|~{3,})/;

/**
 * A code block as a Markdown fence, longer than any run of backticks in the text, so no line of it closes the fence.
 * Inside a fence neither Markdown nor MDX reads any character: `{`, `<`, `*`, `import` stay text, spaces and empty lines stay.
 */
function codeFence(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}\n${text}\n${fence}`;
}

/** A quote's paragraph: ">" before it; one that opens with an element in <p>, as a paragraph, so that it stays a paragraph of the quote. */
const QUOTE_MARK = '> ';

/** A block's text, escaped: links and emphasis of a Markdown or HTML source as MDX, else the plain text. */
const blockText = (block: ArticleBlock): string => (block.inline ? encodeMdxInline(block.inline) : encodeMdxText(block.text));

function blockToMdx(block: ArticleBlock): string {
  if (block.kind === 'preformatted') return codeFence(block.text);
  const text = blockText(block);
  if (block.kind === 'teaser') return `${TEASER_OPEN}${text}${TEASER_CLOSE}`;
  const paragraph = text.startsWith('<') ? `${PARAGRAPH_OPEN}${text}${TEASER_CLOSE}` : text;
  if (block.kind === 'paragraph') return paragraph;
  if (block.kind === 'quote') return `${QUOTE_MARK}${paragraph}`;
  return `${HEADING_MARK[block.kind] ?? ''}${text}`;
}

/** Markers of the two lists that can follow each other: Markdown starts a new list where the bullet or the delimiter changes. */
const BULLETS = ['-', '*'];
const DELIMITERS = ['.', ')'];
/** A list item's line: its indentation, its marker (a bullet, or a number and its delimiter), one space, its text (which may hold U+2028: the "s" flag). */
const ITEM_LINE = /^( *)(?:([-*+])|(\d{1,9})([.)])) (.*)$/s;

/**
 * A run of list items as Markdown lists, one item a line (a tight list, as a browser shows a list), each sub-item
 * indented to its item's text. Every ordered item is written with its own number: the first sets the list's start.
 * A sub-item without an item above it goes up to the deepest level there is (Markdown has no item without a marker).
 */
function listToMdx(items: ArticleBlock[]): string {
  /** For each depth of the current chain: the column of the item's text, its place, and which marker its list uses. */
  const chain: { column: number; item: ListItem; style: number }[] = [];
  return items
    .map((block) => {
      const item = block.item!;
      const depth = Math.min(item.depth, chain.length);
      const previous = chain[depth];
      const opens = opensList(previous?.item, item);
      const style = previous ? (opens ? 1 - previous.style : previous.style) : 0;
      const marker = item.ordered ? `${item.number}${DELIMITERS[style]}` : BULLETS[style]!;
      const indent = depth === 0 ? 0 : chain[depth - 1]!.column;
      chain.splice(depth, chain.length, { column: indent + marker.length + 1, item, style });
      return `${' '.repeat(indent)}${marker} ${blockText(block)}`;
    })
    .join('\n');
}

/** A cell's opening tag: its spans as JSX numbers, its alignment as a style (a browser's default for `align`). */
const cellOpen = (cell: TableCell): string =>
  `<${cell.header ? 'th' : 'td'}${cell.colspan ? ` colSpan={${cell.colspan}}` : ''}${cell.rowspan ? ` rowSpan={${cell.rowspan}}` : ''}${cell.align ? ` style="text-align: ${cell.align}"` : ''}>`;
/** A cell's line as tableToMdx writes it: its tag, spans and alignment, its escaped text on one line (MDX reads it as inline content). */
const CELL_LINE = /^<(th|td)(?: colSpan=\{(\d+)\})?(?: rowSpan=\{(\d+)\})?(?: style="text-align: (left|right|center)")?>(.*)<\/\1>$/s;

/**
 * One table's cells as a JSX table, a row a `<tr>` and a cell a line: unlike a GFM table it keeps header cells where
 * the source has them, spans, and a table without a header row. No blank line inside, so MDX reads it as one block.
 */
function tableToMdx(cells: ArticleBlock[]): string {
  const lines = ['<table>'];
  cells.forEach((block, index) => {
    const cell = block.cell!;
    if (index === 0 || cell.row !== cells[index - 1]!.cell!.row) lines.push(...(index === 0 ? [] : ['</tr>']), '<tr>');
    lines.push(`${cellOpen(cell)}${block.text === '' ? '' : blockText(block)}</${cell.header ? 'th' : 'td'}>`);
  });
  lines.push('</tr>', '</table>');
  return lines.join('\n');
}

/** The body's MDX: blocks apart by blank lines, a run of list items together as one run of lists, a table's cells as one table. */
function bodyToMdx(blocks: ArticleBlock[]): string {
  const parts: string[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'item' && block.kind !== 'cell') {
      parts.push(blockToMdx(block));
      continue;
    }
    let end = index + 1;
    while (
      end < blocks.length &&
      blocks[end]!.kind === block.kind &&
      !(block.kind === 'cell' && opensTable(blocks[end - 1]!.cell, blocks[end]!.cell!))
    )
      end++;
    const run = blocks.slice(index, end);
    parts.push(block.kind === 'item' ? listToMdx(run) : tableToMdx(run));
    index = end - 1;
  }
  return parts.join('\n\n');
}

export function articleToMdx(frontmatter: ArticleFrontmatter, blocks: ArticleBlock[]): string {
  const fields = Object.entries(frontmatter).filter(
    (entry): entry is [string, string | boolean | string[] | OmittedLines[]] => entry[1] !== undefined,
  );
  const yaml = fields.map(([key, value]) => `${key}:${yamlValue(value)}`).join('\n');
  return `---\n${yaml}\n---\n\n${bodyToMdx(blocks)}\n`;
}

/** The cells of a table as tableToMdx writes it: the row from the `<tr>` lines, each cell from its line. */
function readTable(lines: string[]): ArticleBlock[] {
  let row = -1;
  return lines.flatMap((line): ArticleBlock[] => {
    if (line === '<tr>') row++;
    const match = CELL_LINE.exec(line);
    if (!match) return [];
    const [, tag, colspan, rowspan, align, text] = match;
    const cell: TableCell = {
      row,
      header: tag === 'th',
      ...(colspan ? { colspan: Number(colspan) } : {}),
      ...(rowspan ? { rowspan: Number(rowspan) } : {}),
      ...(align ? { align: align as NonNullable<TableCell['align']> } : {}),
    };
    return [{ kind: 'cell', text: decodeMdxText(text!), cell }];
  });
}

/** The items of a run of lists as listToMdx writes them: depth from the indentation, number from the marker. */
function readList(lines: string[]): ArticleBlock[] {
  const columns: number[] = [];
  return lines.flatMap((line): ArticleBlock[] => {
    const match = ITEM_LINE.exec(line);
    if (!match) return [];
    const [, indent, bullet, number, delimiter, text] = match;
    while (columns.length && columns[columns.length - 1]! > indent!.length) columns.pop();
    const depth = columns.length;
    columns.push(indent!.length + (bullet ?? `${number}${delimiter}`).length + 1);
    const item: ListItem = number === undefined ? { ordered: false, depth } : { ordered: true, number: Number(number), depth };
    return [{ kind: 'item', text: decodeMdxText(text!), item }];
  });
}

/**
 * The body's parts in order: each fenced code block's text, its lines as they stand (a fence left open runs to the end,
 * as in Markdown), and the MDX between them.
 */
function splitFences(body: string): ({ code: string } | { mdx: string })[] {
  const parts: ({ code: string } | { mdx: string })[] = [];
  let prose: string[] = [];
  const lines = body.split('\n').map((line) => line.replace(/\r$/, ''));
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE_OPEN.exec(lines[index]!)?.[0];
    if (!open) {
      prose.push(lines[index]!);
      continue;
    }
    parts.push({ mdx: prose.join('\n') });
    prose = [];
    // Closed by a line of at least as many of the same character, and nothing else but blanks.
    const close = new RegExp(`^${open[0]}{${open.length},}[ \\t]*$`);
    const code: string[] = [];
    while (++index < lines.length && !close.test(lines[index]!)) code.push(lines[index]!);
    parts.push({ code: code.join('\n') });
  }
  parts.push({ mdx: prose.join('\n') });
  return parts;
}

/** The blocks of an article body as articleToMdx writes them: its inverse for the body, also for hand-edited bodies in the same form. */
export function readArticleBody(body: string): ArticleBlock[] {
  return splitFences(body).flatMap((part) => ('code' in part ? [{ kind: 'preformatted', text: part.code }] : readProse(part.mdx)));
}

/** The blocks of MDX without code blocks: one per run of lines between blank lines. */
function readProse(body: string): ArticleBlock[] {
  return body
    .split(/\n(?:[ \t\r]*\n)+/)
    .flatMap((chunk) => {
      const lines = chunk.split('\n').map((line) => line.replace(/[ \t\r]+$/g, ''));
      // A paragraph's line-start markers and angle brackets are escaped: a chunk that opens with one unescaped is a list or a table.
      const first = lines.find((line) => line !== '') ?? '';
      if (ITEM_LINE.test(first)) return readList(lines);
      if (first === '<table>') return readTable(lines);
      return [
        readBlock(
          lines
            .map((line) => line.replace(/^[ \t]+/, ''))
            .filter((line) => line !== '')
            .join('\n'),
        ),
      ];
    })
    .filter((block) => block.kind === 'item' || block.kind === 'cell' || block.text !== '');
}

/** One block of MDX that is no list, by the marks blockToMdx gives it. */
function readBlock(mdx: string): ArticleBlock {
  // A quote's paragraph is written as a paragraph after its mark.
  if (mdx.startsWith(QUOTE_MARK)) return { kind: 'quote', text: readBlock(mdx.slice(QUOTE_MARK.length)).text };
  if (mdx.startsWith(TEASER_OPEN) && mdx.endsWith(TEASER_CLOSE))
    return { kind: 'teaser', text: decodeMdxText(mdx.slice(TEASER_OPEN.length, -TEASER_CLOSE.length)) };
  if (mdx.startsWith(PARAGRAPH_OPEN) && mdx.endsWith(TEASER_CLOSE))
    return { kind: 'paragraph', text: decodeMdxText(mdx.slice(PARAGRAPH_OPEN.length, -TEASER_CLOSE.length)) };
  const heading = /^(#{1,6})[ \t]+/.exec(mdx);
  if (heading) return { kind: heading[1]!.length >= 3 ? 'subheading' : 'heading', text: decodeMdxText(mdx.slice(heading[0].length)) };
  return { kind: 'paragraph', text: decodeMdxText(mdx) };
}
