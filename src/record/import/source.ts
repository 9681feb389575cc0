/** A raw source as a reader sees it: its front matter, its format (detected, with the reason, or given) and its text units with their lines. */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { normaliseNewlines, sourceUnits } from '../raw-article.ts';
import { InputRefusal } from '../text-decoding.ts';
import { separateControls } from './controls.ts';
import { blankFrontMatter, readFrontMatter, type FrontMatter } from './front-matter.ts';
import { htmlUnits, isWholePage, markLines, parseHtml } from './html.ts';
import type { SourceFormat } from './formats.ts';
import { markFurnitureElements } from './furniture-elements.ts';
import { markdownToHtml } from './markdown.ts';
import { showShortcodes } from './shortcodes.ts';

/** A unit of what the source shows: a line or paragraph of plain text, a block of Markdown or HTML. */
export interface TextUnit {
  text: string;
  lines?: [number, number];
  /** For HTML and Markdown: 1 to 6 for a heading, 0 for other text. */
  level?: number;
  /** For HTML: the element the sanitiser drops with this text ("form", "button", …). */
  dropped?: string;
  /** For HTML and Markdown: why its element is page furniture as a whole ("image caption (the image is left out)"). */
  furniture?: string;
}

export interface SourceReading {
  format: SourceFormat;
  frontMatter?: FrontMatter;
  /** The text after the front matter, its lines blanked so that line numbers stay those of the file. */
  body: string;
  units: TextUnit[];
  /** Markdown and HTML: the source as an HTML tree whose elements carry their source lines (`data-lines`). */
  tree?: Root;
  /** HTML of the tree, for the sanitiser and reader mode. */
  html?: string;
  /** A saved whole page, read through reader mode. */
  wholePage: boolean;
}

/**
 * A plain-text file is Markdown only when it opens as scrapers write Markdown: a `[Title](https://…)`
 * line or an image line. Other Markdown-like characters in plain text are text (a "#" at a line start, "*").
 */
const MARKDOWN_OPENING: [RegExp, string][] = [
  [/^\[[^\]\n]+\]\(https?:\/\/[^)\s]+\)[ \t]*$/, 'it opens with a [Title](https://…) line'],
  [/^!\[[^\]\n]*\]\([^)\s]+\)[ \t]*$/, 'it opens with a Markdown image line'],
];

/** A whole JSON object or array: what a scraper writes when it delivers records instead of articles. */
function isJson(body: string): boolean {
  const text = body.trim();
  if (!/^[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The format by the file name's extension (.md, .html), else by how the text opens; the reason is printed by the importer. A JSON record is refused. */
export function detectFormat(fileName: string, body: string): { format: SourceFormat; reason: string } {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (isJson(body))
    throw new InputRefusal(
      "the file is JSON (a scraper's record?), not an article; the importer reads plain text, Markdown or HTML: write the record's title and text to a .txt or .md file (the title on the first line) and import that",
    );
  if (extension === 'html' || extension === 'htm') return { format: 'html', reason: `the file name ends in .${extension}` };
  if (extension === 'md' || extension === 'markdown') return { format: 'markdown', reason: `the file name ends in .${extension}` };
  const start = body.trimStart();
  if (isWholePage(start)) return { format: 'html', reason: 'it is a saved HTML page (<!DOCTYPE html>, <html> or <body>)' };
  if (/^<(?:p|div|article|section|h[1-6]|ul|ol|blockquote|main|table|figure)[\s>]/i.test(start))
    return { format: 'html', reason: `it opens with the HTML element ${/^<[a-z0-9]+/i.exec(start)![0]}>` };
  const firstLine = start.split('\n', 1)[0]!;
  const sign = MARKDOWN_OPENING.find(([pattern]) => pattern.test(firstLine));
  if (sign) return { format: 'markdown', reason: sign[1] };
  return { format: 'text', reason: 'no Markdown or HTML opening found; pass --format markdown or --format html to read it so' };
}

/**
 * The body as the plain-text reader takes raw text: it removes exactly one byte-order mark, which the
 * body has lost already, so one is given back and a U+FEFF that is text survives.
 */
export function asRawText(body: string): string {
  return `\uFEFF${body}`;
}

/** `raw` as stored in content/sources/ (any line ends, a byte-order mark or not). */
export function readSource(raw: string, format: SourceFormat): SourceReading {
  const text = normaliseNewlines(raw);
  const frontMatter = readFrontMatter(text);
  const body = blankFrontMatter(text, frontMatter);
  const base = { format, ...(frontMatter ? { frontMatter } : {}), body };
  if (format === 'text') return { ...base, units: sourceUnits(asRawText(body)), wholePage: false };
  if (format === 'markdown') {
    const tree = parseHtml(markdownToHtml(body), true);
    showShortcodes(tree);
    markFurnitureElements(tree);
    return { ...base, units: htmlUnits(tree, true), tree, html: toHtml(tree), wholePage: false };
  }
  const wholePage = isWholePage(body);
  const tree = parseHtml(body, !wholePage);
  separateControls(tree);
  markFurnitureElements(tree);
  const units = htmlUnits(tree, false);
  markLines(tree);
  return { ...base, units, tree, html: toHtml(tree), wholePage };
}
