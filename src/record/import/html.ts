/**
 * Reads HTML as a browser's reader mode would: a saved whole page through Mozilla's Readability, a fragment
 * as it is, both sanitised to a reading subset; the page's own metadata; and the text units of the source
 * with their lines, which the verbatim check compares with the article.
 */
import { Readability } from '@mozilla/readability';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlTagNames } from 'html-tag-names';
import { parseHTML } from 'linkedom';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import { unified } from 'unified';
import type { ListItem, TableCell } from '../raw-article.ts';
import { isSourceUrl } from '../schemas.ts';
import { elementFurnitureReason } from './furniture.ts';
import { foldInline, inlineText, linkifyText, type Inline } from './inline.ts';
import { articleJsonLd, type ArticleJsonLd } from './json-ld.ts';

export type HtmlBlockKind = 'paragraph' | 'heading' | 'subheading' | 'preformatted' | 'item' | 'quote' | 'cell';

export interface HtmlBlock {
  kind: HtmlBlockKind;
  /** 1 for <h1>, 2 for <h2>, … ; 0 for paragraphs. */
  level: number;
  inline: Inline[];
  /** What a browser shows (whitespace not yet folded; a preformatted block's is never folded). */
  text: string;
  /** First and last source line, when known. */
  lines?: [number, number];
  /** The element the sanitiser drops with its content ("form", "iframe", …) that holds this text. */
  dropped?: string;
  /** Why the element holding this text is page furniture as a whole (an image caption, an advertisement): see furniture-elements.ts. */
  furniture?: string;
  /** A list item's place in its list. */
  item?: ListItem;
  /** A data table cell's place in its table. */
  cell?: TableCell;
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
/** The rows of a table in order, those of its head, bodies and foot included (not those of a table inside a cell). */
const tableRows = (table: Element): Element[] =>
  table.children
    .filter(isElement)
    .flatMap((child) =>
      child.tagName === 'tr'
        ? [child]
        : ['thead', 'tbody', 'tfoot'].includes(child.tagName)
          ? child.children.filter(isElement).filter((row) => row.tagName === 'tr')
          : [],
    );
const rowCells = (row: Element): Element[] =>
  row.children.filter(isElement).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th');

/**
 * Whether a table holds figures or words in cells, not the page's layout: every cell holds inline content, or one
 * paragraph of it. A cell with headings, several paragraphs, lists or a table of its own is a layout table, whose
 * text reads as blocks.
 */
function isDataTable(table: Element): boolean {
  const cells = tableRows(table).flatMap(rowCells);
  return (
    cells.length > 0 &&
    cells.every((cell) => {
      const blocks = cell.children.filter((child) => isBlockElement(child));
      return blocks.length === 0 || (blocks.length === 1 && (blocks[0] as Element).tagName === 'p' && !holdsBlock(blocks[0]!));
    })
  );
}

const ALIGNS = new Set(['left', 'right', 'center']);

/** A cell's place: its row, header or data, its spans (when over 1) and its alignment (Markdown's `:--:`, HTML's `align`). */
function tableCell(cell: Element, row: number): TableCell {
  const span = (name: string): number | undefined => {
    const value = Number(cell.properties[name]);
    return Number.isSafeInteger(value) && value > 1 ? value : undefined;
  };
  const colspan = span('colSpan');
  const rowspan = span('rowSpan');
  const align = String(cell.properties['align'] ?? '').toLowerCase();
  return {
    row,
    header: cell.tagName === 'th',
    ...(colspan ? { colspan } : {}),
    ...(rowspan ? { rowspan } : {}),
    ...(ALIGNS.has(align) ? { align: align as NonNullable<TableCell['align']> } : {}),
  };
}

/**
 * What encloses a run of text: a list item (its first run is the item's text; a later one, after a sub-list or
 * a second paragraph, is a paragraph, since the page would show no second number) or a block quote.
 */
type Container = { item: ListItem; taken: boolean } | { quote: true } | undefined;

/** The places of a list's items: an ordered list counts from its `start` (1 when it has none or an unusable one). */
function listItems(list: Element, depth: number): ListItem[] {
  const ordered = list.tagName === 'ol';
  const start = Number(list.properties['start'] ?? 1);
  const first = Number.isSafeInteger(start) && start >= 0 ? start : 1;
  const items = list.children.filter(isElement).filter((child) => child.tagName === 'li');
  return items.map((_, index) => ({ ordered, ...(ordered ? { number: first + index } : {}), depth }));
}

/** Elements whose content a browser never shows as text. */
export const INVISIBLE = new Set(['head', 'title', 'meta', 'link', 'base', 'script', 'style', 'template', 'noscript']);
/** Dropped with their content, and reported: active or embedded content and controls. */
const STRIPPED = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'dialog',
];
/** Elements a browser lays out as blocks; every other element (unknown ones too) flows inline with the text around it. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const LINK_PROTOCOL = /^(?:https?:|mailto:)/i;

/** The reading subset: paragraphs, headings, links (http, https, mailto), strong and emphasis, lists, quotes, line breaks. */
export const READING_SCHEMA: SanitizeSchema = {
  tagNames: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'strong',
    'b',
    'em',
    'i',
    'ul',
    'ol',
    'li',
    'blockquote',
    'br',
    'div',
    'section',
    'article',
    'main',
    'header',
    'footer',
    'aside',
    'figure',
    'figcaption',
    'span',
    'time',
    'table',
    'caption',
    'tbody',
    'thead',
    'tfoot',
    'tr',
    'td',
    'th',
    'dl',
    'dt',
    'dd',
    'pre',
    'code',
    'small',
    'sub',
    'sup',
    'mark',
    'cite',
    'q',
    'abbr',
    'u',
    's',
  ],
  // An ordered list's start is what its first number shows; a cell's spans and alignment place its text.
  attributes: {
    a: ['href'],
    ol: ['start'],
    td: ['colSpan', 'rowSpan', 'align'],
    th: ['colSpan', 'rowSpan', 'align'],
    '*': ['dataLines', 'dataFurniture'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: STRIPPED,
  clobber: [],
  clobberPrefix: '',
  required: {},
  ancestors: {},
};

const parsers = { fragment: unified().use(rehypeParse, { fragment: true }).freeze(), page: unified().use(rehypeParse).freeze() };
const sanitizer = unified().use(rehypeSanitize, READING_SCHEMA).freeze();

export function parseHtml(html: string, fragment: boolean): Root {
  return parsers[fragment ? 'fragment' : 'page'].parse(html);
}

function sanitize(tree: Root): Root {
  return sanitizer.runSync(tree) as Root;
}

/** A saved whole page rather than a fragment of one. */
export function isWholePage(html: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(html) || /<body[\s>]/i.test(html);
}

const linesOf = (node: { position?: { start: { line: number }; end: { line: number } } | undefined }): [number, number] | undefined =>
  node.position ? [node.position.start.line, node.position.end.line] : undefined;

/** Each element's source lines as a `data-lines` attribute, so they survive a serialisation (reader mode, Markdown). */
export function markLines(tree: Root, lineOffset = 0, lines = linesOf): void {
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const range = lines(node);
      if (range) node.properties['dataLines'] = `${range[0] + lineOffset}-${range[1] + lineOffset}`;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
}

/** The lines a text node's characters stand on: the line breaks around them (between two elements) are no text of a line. */
function textLines(node: Text): [number, number] | undefined {
  const lines = linesOf(node);
  if (!lines || node.value.trim() === '') return undefined;
  const breaks = (blank: string | undefined): number => blank?.split('\n').length ?? 1;
  return [lines[0] + breaks(/^\s*/.exec(node.value)?.[0]) - 1, lines[1] - breaks(/\s*$/.exec(node.value)?.[0]) + 1];
}

function markedLines(element: Element): [number, number] | undefined {
  const value = element.properties['dataLines'];
  const match = typeof value === 'string' ? /^(\d+)-(\d+)$/.exec(value) : null;
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

const union = (a: [number, number] | undefined, b: [number, number] | undefined): [number, number] | undefined =>
  !a ? b : !b ? a : [Math.min(a[0], b[0]), Math.max(a[1], b[1])];

/** `linked`: inside a link or code, where a bare address stays text. */
function toInline(nodes: readonly ElementContent[], base: string | undefined, images: string[], linked = false): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'text') return linked ? [node.value] : linkifyText(node.value);
    if (node.type !== 'element') return [];
    const children = () => toInline(node.children, base, images, linked || ['a', 'code', 'pre', 'kbd', 'samp'].includes(node.tagName));
    switch (node.tagName) {
      case 'br':
        return [{ tag: 'br' }];
      case 'img': {
        images.push(String(node.properties['src'] ?? ''));
        return [];
      }
      case 'strong':
      case 'b':
        return [{ tag: 'strong', children: children() }];
      case 'em':
      case 'i':
        return [{ tag: 'em', children: children() }];
      case 'sup':
      case 'sub':
        return [{ tag: node.tagName, children: children() }];
      case 'a': {
        const href = resolveHref(node.properties['href'], base);
        return href ? [{ tag: 'a', href, children: children() }] : children();
      }
      default:
        return children();
    }
  });
}

/** An http, https or mailto address; relative ones resolve against the original's address when it is known. */
function resolveHref(value: unknown, base: string | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const href = value.trim();
  if (LINK_PROTOCOL.test(href)) return href;
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

const isBlockElement = (node: RootContent): boolean =>
  node.type === 'element' && (BLOCK_TAGS.has(node.tagName) || STRIPPED.includes(node.tagName));
const holdsBlock = (node: RootContent): boolean =>
  node.type === 'element' && node.children.some((child) => isBlockElement(child) || holdsBlock(child));

/** An inline element around a block (`<b>…<div>…</div></b>`) is laid out as its content: its children take its place. */
function expandInlineWrappers(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node) =>
    node.type === 'element' && !isBlockElement(node) && holdsBlock(node) ? expandInlineWrappers(node.children) : [node],
  );
}

/**
 * What a browser shows of a `<pre>`: every space and line break of its text, none folded. Its blank lines at either end
 * go (they are no text, and a fence in MDX could not keep them all); the first line keeps its indentation.
 */
export function preformattedText(inline: readonly Inline[]): string {
  return inlineText(inline)
    .replace(/^(?:[ \t\f]*\n)+/, '')
    .replace(/(?:\n[ \t\f]*)+$/, '')
    .replace(/^[ \t\f]+$/, '');
}

export interface ReadOptions {
  /** Lines come from `data-lines` attributes (Markdown, reader mode) instead of the parser's positions. */
  markedOnly?: boolean;
  /** The original's address, to resolve relative links. */
  base?: string;
}

/**
 * The blocks of an HTML tree in reading order: every run of inline content between block elements is
 * one block, its kind from the nearest block element (h1–h6 or else a paragraph). List items, cells and
 * quotes become blocks of their own: an item's first run is an `item` with its place in the list, a quote's runs are
 * `quote`s, a data table's cells are `cell`s; a `<pre>` is one preformatted block whatever it holds.
 * Text inside elements the sanitiser strips forms blocks of its own, marked `dropped`; so does the text of an element
 * marked as furniture (an inline one too), marked `furniture` (its bare addresses stay text).
 */
export function readBlocks(tree: Root, options: ReadOptions = {}): { blocks: HtmlBlock[]; images: string[] } {
  const blocks: HtmlBlock[] = [];
  const images: string[] = [];
  /** An element's source lines: marked on it, or (unless only marks count) where the parser found it. */
  const elementLines = (element: Element): [number, number] | undefined =>
    markedLines(element) ?? (options.markedOnly ? undefined : linesOf(element));
  const walk = (
    parent: Root | Element,
    level: number,
    inherited: [number, number] | undefined,
    dropped: string | undefined,
    furniture: string | undefined,
    container: Container = undefined,
    listDepth = 0,
  ): void => {
    let run: ElementContent[] = [];
    let runLines: [number, number] | undefined;
    const marks = { ...(dropped ? { dropped } : {}), ...(furniture ? { furniture } : {}) };
    const flush = (): void => {
      const inline = foldInline(toInline(run, options.base, images, furniture !== undefined));
      const text = inlineText(inline);
      if (text.trim() !== '') {
        const item = level === 0 && container && 'item' in container && !container.taken ? container.item : undefined;
        if (item) (container as { taken: boolean }).taken = true;
        const kind: HtmlBlockKind =
          level > 0 ? (level <= 2 ? 'heading' : 'subheading') : item ? 'item' : container && 'quote' in container ? 'quote' : 'paragraph';
        blocks.push({
          kind,
          level,
          inline,
          text,
          ...((runLines ?? inherited) ? { lines: (runLines ?? inherited)! } : {}),
          ...marks,
          ...(item ? { item } : {}),
        });
      }
      run = [];
      runLines = undefined;
    };
    for (const child of expandInlineWrappers(parent.children as RootContent[])) {
      if (child.type === 'text') {
        run.push(child);
        if (!options.markedOnly) runLines = union(runLines, textLines(child));
      } else if (child.type === 'element') {
        if (INVISIBLE.has(child.tagName)) continue;
        const own = elementLines(child);
        const marked = elementFurnitureReason(child.properties['dataFurniture']);
        if (!BLOCK_TAGS.has(child.tagName) && !STRIPPED.includes(child.tagName) && (marked === undefined || marked === furniture)) {
          run.push(child);
          runLines = union(runLines, own ?? inherited);
          continue;
        }
        flush();
        if (child.tagName === 'pre') {
          const inline = toInline(child.children, options.base, images, true);
          const text = preformattedText(inline);
          const lines = own ?? inherited;
          const reason = marked ?? furniture;
          if (text !== '')
            blocks.push({
              kind: 'preformatted',
              level: 0,
              inline,
              text,
              ...(lines ? { lines } : {}),
              ...marks,
              ...(reason ? { furniture: reason } : {}),
            });
          continue;
        }
        const childDropped = dropped ?? (STRIPPED.includes(child.tagName) ? child.tagName : undefined);
        // A data table's cells are blocks of their own, an empty one too (it keeps the columns in place); its caption reads first.
        if (child.tagName === 'table' && !container && !childDropped && !(marked ?? furniture) && isDataTable(child)) {
          for (const caption of child.children.filter(isElement).filter((part) => part.tagName === 'caption'))
            walk(caption, 0, own ?? inherited, undefined, undefined, container, listDepth);
          flush();
          tableRows(child).forEach((row, index) => {
            for (const cell of rowCells(row)) {
              // A cell's one paragraph flows with the cell's other inline content, as a browser shows it.
              const content = cell.children.flatMap((part) => (isElement(part) && part.tagName === 'p' ? part.children : [part]));
              const inline = foldInline(toInline(content, options.base, images));
              const lines = elementLines(cell) ?? own ?? inherited;
              blocks.push({
                kind: 'cell',
                level: 0,
                inline,
                text: inlineText(inline),
                ...(lines ? { lines } : {}),
                cell: tableCell(cell, index),
              });
            }
          });
          continue;
        }
        // A list in a quote is quoted text: the quote keeps its paragraphs, its list's items are paragraphs of it.
        if ((child.tagName === 'ul' || child.tagName === 'ol') && !(container && 'quote' in container)) {
          const items = listItems(child, listDepth);
          for (const grandchild of child.children) {
            if (isElement(grandchild) && grandchild.tagName === 'li') {
              const item = { item: items.shift()!, taken: false };
              walk(grandchild, 0, elementLines(grandchild) ?? own ?? inherited, childDropped, marked ?? furniture, item, listDepth + 1);
              flush();
            } else walk({ ...child, children: [grandchild] }, 0, own ?? inherited, childDropped, marked ?? furniture, container, listDepth);
          }
          continue;
        }
        const heading = /^h([1-6])$/.exec(child.tagName);
        walk(
          child,
          heading ? Number(heading[1]) : 0,
          own ?? inherited,
          childDropped,
          marked ?? furniture,
          child.tagName === 'blockquote' ? { quote: true } : container,
          listDepth,
        );
        flush();
      }
    }
    flush();
  };
  walk(tree, 0, undefined, undefined, undefined);
  return { blocks, images };
}

/** A value of the page's metadata and where the page states it ("og:title", "JSON-LD headline"). */
export interface Stated {
  value: string;
  from: string;
}

export interface PageMetadata {
  title?: Stated;
  published?: Stated;
  publisher?: Stated;
  author?: Stated;
  sourceUrl?: string;
  /** The text of the page's <title>. */
  documentTitle?: string;
  /** What could not be read (a JSON-LD script that is no valid JSON), as report lines. */
  problems: string[];
}

const textOf = (node: Element): string => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/**
 * The page's own metadata, each value with where it stands: the title from og:title, the JSON-LD article's headline or
 * twitter:title; the date from article:published_time, JSON-LD datePublished, a date meta tag or the first <time datetime>;
 * the publisher from og:site_name or JSON-LD; the author from the author meta tags or JSON-LD; the address from og:url or the canonical link.
 */
export function pageMetadata(tree: Root): PageMetadata {
  const meta = new Map<string, string>();
  const problems: string[] = [];
  let canonical: string | undefined;
  let time: string | undefined;
  let documentTitle: string | undefined;
  let jsonLd: ArticleJsonLd | undefined;
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const { properties } = node;
      if (node.tagName === 'meta') {
        const key = String(properties['property'] ?? properties['name'] ?? '').toLowerCase();
        const content = properties['content'];
        if (key && typeof content === 'string' && content.trim() !== '' && !meta.has(key)) meta.set(key, content.trim());
      } else if (node.tagName === 'link' && String(properties['rel'] ?? '').includes('canonical')) {
        canonical ??= typeof properties['href'] === 'string' ? properties['href'] : undefined;
      } else if (node.tagName === 'time' && typeof properties['dateTime'] === 'string') {
        time ??= properties['dateTime'];
      } else if (node.tagName === 'title') {
        documentTitle ??= textOf(node).trim() || undefined;
      } else if (node.tagName === 'script' && String(properties['type'] ?? '').toLowerCase() === 'application/ld+json' && !jsonLd) {
        const read = articleJsonLd(textOf(node));
        if (read.error) {
          const where = node.position ? ` (line ${node.position.start.line})` : '';
          problems.push(
            `JSON-LD${where} is no valid JSON (${read.error}); not read: title, date and author come from the page's other metadata or text, or give them with --title and --date`,
          );
        }
        jsonLd = read.article;
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  const first = (...candidates: [from: string, value: string | undefined][]): Stated | undefined => {
    const found = candidates.find(([, value]) => value);
    return found ? { value: found[1]!, from: found[0] } : undefined;
  };
  // "og:title", "dc.date" name themselves; a bare name ("author", "date") is said to be a meta tag.
  const tag = (key: string): [string, string | undefined] => [/[:.]/.test(key) ? key : `${key} meta tag`, meta.get(key)];
  const articleAuthor = meta.get('article:author');
  const url = meta.get('og:url') ?? canonical;
  const values = {
    title: first(tag('og:title'), ['JSON-LD headline', jsonLd?.headline], tag('twitter:title')),
    published: first(tag('article:published_time'), ['JSON-LD datePublished', jsonLd?.datePublished], tag('date'), tag('dc.date'), [
      'first <time datetime>',
      time,
    ]),
    publisher: first(tag('og:site_name'), ['JSON-LD publisher', jsonLd?.publisher]),
    // article:author is often the author's page; an address is no name.
    author: first(
      tag('author'),
      ['article:author', articleAuthor && !/^https?:/i.test(articleAuthor) ? articleAuthor : undefined],
      ['JSON-LD author', jsonLd?.author],
    ),
    sourceUrl: url && isSourceUrl(url) ? url : undefined,
    documentTitle,
  };
  return { ...(Object.fromEntries(Object.entries(values).filter(([, value]) => value)) as Omit<PageMetadata, 'problems'>), problems };
}

/** Reader mode's article: its HTML (elements keep their source lines), and the title and byline Readability read. */
export interface ReaderModeArticle {
  html: string;
  /** The page's metadata title, else its <title> without the site name. */
  title?: string;
  /** The page's author metadata, else the byline element Readability took out of the article. */
  byline?: string;
}

/** The article of a whole page as reader mode shows it; undefined when Readability finds none. */
export function readerMode(tree: Root): ReaderModeArticle | undefined {
  const { document } = parseHTML(toHtml(tree));
  const article = new Readability(document as unknown as Document, { keepClasses: false, charThreshold: 100 }).parse();
  if (!article?.content) return undefined;
  return {
    html: article.content,
    ...(article.title?.trim() ? { title: article.title.trim() } : {}),
    ...(article.byline?.trim() ? { byline: article.byline.trim() } : {}),
  };
}

export interface DroppedElement {
  tag: string;
  lines?: [number, number];
  /** An image's address. */
  src?: string;
}

/** Images (never embedded from foreign servers) and the active or embedded content the sanitiser drops, with their lines; invisible head elements aside. */
export function droppedElements(tree: Root, markedOnly: boolean): DroppedElement[] {
  const found: DroppedElement[] = [];
  // An element without lines of its own (HTML written inline in Markdown) stands on its nearest marked ancestor's.
  const visit = (node: Root | RootContent, inHead: boolean, around?: [number, number]): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    let lines = around;
    if (node.type === 'element') {
      lines = markedLines(node) ?? (markedOnly ? around : linesOf(node));
      const entry = (extra: Partial<DroppedElement> = {}): DroppedElement => ({ tag: node.tagName, ...(lines ? { lines } : {}), ...extra });
      if (node.tagName === 'img' || node.tagName === 'amp-img') found.push(entry({ src: String(node.properties['src'] ?? '') }));
      else if (STRIPPED.includes(node.tagName) && !inHead) {
        found.push(entry());
        return;
      }
      for (const [name] of Object.entries(node.properties))
        if (/^on[a-z]/i.test(name)) found.push({ tag: `${node.tagName} ${name.toLowerCase()}`, ...(lines ? { lines } : {}) });
    }
    for (const child of node.children) visit(child, inHead || (node.type === 'element' && node.tagName === 'head'), lines);
  };
  visit(tree, false);
  return found;
}

const KNOWN_TAGS = new Set([...htmlTagNames, 'svg', 'math']);

/**
 * Elements HTML does not know (`<riesig>` written in Markdown): a browser shows nothing of their tags, which a writer
 * of Markdown may have meant as text. With the lines of the nearest element that has them.
 */
export function unknownElements(tree: Root): { tag: string; lines?: [number, number] }[] {
  const found: { tag: string; lines?: [number, number] }[] = [];
  const visit = (node: Root | RootContent, lines: [number, number] | undefined): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    const own = node.type === 'element' ? (markedLines(node) ?? lines) : lines;
    if (node.type === 'element' && !KNOWN_TAGS.has(node.tagName)) found.push({ tag: node.tagName, ...(own ? { lines: own } : {}) });
    if (node.type === 'element' && ['svg', 'math'].includes(node.tagName)) return;
    for (const child of node.children) visit(child, own);
  };
  visit(tree, undefined);
  return found;
}

/** The source's text units: what a browser shows of it, block by block, with their lines. */
export function htmlUnits(tree: Root, markedOnly: boolean): HtmlBlock[] {
  return readBlocks(tree, { markedOnly }).blocks;
}

/** The article's blocks from a sanitised tree, and the images it held (never embedded). */
export function articleBlocks(html: string, base: string | undefined): { blocks: HtmlBlock[]; images: string[] } {
  return readBlocks(sanitize(parseHtml(html, true)), { markedOnly: true, ...(base ? { base } : {}) });
}
