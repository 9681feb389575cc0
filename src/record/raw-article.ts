/** Recognises the structure of a raw, scraped German article text without changing a character of it. */
import type { Inline } from './import/inline.ts';
import { AGENCY_DATELINE, endingKind, isContactLine, TEASER_LINE } from './import/endings.ts';
import { GERMAN_DATE_SOURCE, germanDate, publication } from './import/dates.ts';
import { READING_TIME } from './import/furniture.ts';

/**
 * `preformatted`: a code block of a Markdown or HTML source (`<pre>`), whose line breaks and spaces are text.
 * `item`: the text of a list item of a Markdown or HTML source, `quote`: a paragraph of a block quote,
 * `cell`: a cell of a data table (an empty one too: it keeps the columns in place).
 */
export type BlockKind = 'paragraph' | 'heading' | 'subheading' | 'teaser' | 'preformatted' | 'item' | 'quote' | 'cell';

/** Where a cell of a data table stands: its row (0 is the table's first), header or data, and what spans and aligns it. */
export interface TableCell {
  row: number;
  header: boolean;
  colspan?: number;
  rowspan?: number;
  align?: 'left' | 'right' | 'center';
}

/** Whether `cell` begins a new table after `previous`: a row before the previous cell's (two tables in a row; two of one row each would read as one, no text lost). */
export const opensTable = (previous: TableCell | undefined, cell: TableCell): boolean => !previous || cell.row < previous.row;

/** Where a list item stands: the number a browser shows before it (ordered lists) and how deep it is nested. */
export interface ListItem {
  ordered: boolean;
  /** An ordered list's start plus the item's index: the page shows it as "3.". */
  number?: number;
  /** 0 for an item of a top-level list, 1 for a sub-item, … */
  depth: number;
}

/**
 * Whether `item` begins a new list after `previous`, the item before it at the same depth under the same parent:
 * it has none, the other kind, or a number that does not follow (two `<ol>`s in a row). Adjacent bullet lists are one.
 */
export function opensList(previous: ListItem | undefined, item: ListItem): boolean {
  return !previous || previous.ordered !== item.ordered || (item.ordered && item.number !== previous.number! + 1);
}

export interface ArticleBlock {
  kind: BlockKind;
  /** What the page shows (a line break as "\n"); a preformatted block's spaces and empty lines as they stand. */
  text: string;
  /** Links, emphasis and line breaks of a Markdown or HTML source; absent for plain text. */
  inline?: Inline[];
  /** An item's place in its list; only for `item`. */
  item?: ListItem;
  /** A cell's place in its table; only for `cell`. */
  cell?: TableCell;
}

export interface ParsedArticle {
  /** Page furniture such as the breadcrumb "StartseiteArtikel". */
  noise: string[];
  title?: string;
  lede?: string;
  publisher?: string;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". */
  published?: string;
  /** The author a "Von …" line names (before the date, or alone under the title). */
  author?: string;
  /** A "Von …" line of its own under the title: the author's, in the frontmatter, so not in the body. */
  byline?: string;
  blocks: ArticleBlock[];
  /** What was recognised and what was left undecided, for the editor. */
  notes: string[];
}

const MAX_TITLE_LENGTH = 200;
const MAX_HEADING_LENGTH = 80;
const BREADCRUMB_WORDS = /^(?:\p{Lu}\p{Ll}+){2,}$/u;
const BREADCRUMB_SEPARATED = /^[^.!?]{1,60}(?:\s*[›»>|/]\s*[^.!?]{1,40})+$/u;
const ISO_DATE = new RegExp(String.raw`^(.{0,60}?)\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?:\s*Uhr)?)?$`, 'u');
/** "heise online · 04.12.2026, 18.30 Uhr": a name, then a German date as the importer reads it everywhere. */
const GERMAN_DATE = new RegExp(String.raw`^(.{0,60}?)\s*${GERMAN_DATE_SOURCE}$`, 'iu');
/** A byline's "Von" and the separators between name and date are not part of the name. */
const BYLINE_WORD = /^von(?:\s+|$)/iu;
const TRAILING_SEPARATORS = /[\s|·•,–—-]+$/u;
/** A reading time closing a meta line ("Von Jörn Brien • 09.03.2026 • 3 Min. Lesezeit"): no part of the date or the name. */
const TRAILING_READING_TIME = new RegExp(String.raw`\s*[|·•]\s*(?:${READING_TIME.source})\s*$`, 'iu');
/** A line that opens with a label ("Betreff: …", "Ort: …") names no publisher before its date. */
const LABELLED = /^[\p{L}][\p{L} -]{0,24}:\s/u;
/** Words before a date that name nobody: "Stand: 04.12.2026", "Aktualisiert am …". */
const DATE_LABEL = /^(?:Stand|(?:Zuletzt )?aktualisiert|Update|Veröffentlicht|Publiziert|Erschienen|Erstellt|Datum)(?:\s+am)?\s*:?$/iu;
const CLOSING_PUNCTUATION = /[.!?:;,…"“”»)。！？：；，」』]$/u;

/** The names of a byline: "Von Anna Schmidt" is "Anna Schmidt". */
export function bylineNames(byline: string): string {
  return trimBlanks(byline).replace(BYLINE_WORD, '');
}

/** Only ASCII blanks count as padding: a no-break space is content. */
export function trimBlanks(line: string): string {
  return line.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** A line of spaces, tabs and form feeds (a page break in plain text) separates paragraphs; a browser would not show it. */
function isBlank(line: string): boolean {
  return /^[ \t\f]*$/.test(line);
}

/** CRLF and CR become LF and a leading byte-order mark goes: both are encoding, not text. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A text unit of a raw source and the lines it spans (1-based, first and last). */
export interface SourceUnit {
  text: string;
  lines: [number, number];
}

/**
 * The text units of a raw text, each trimmed of ASCII blanks: what the parser turns into title,
 * lede and blocks, and what the verbatim check looks for on the page. A text that separates
 * paragraphs with blank lines is hard-wrapped: its single newlines are soft wraps, and the lines
 * between two blank lines are one unit (joined by "\n"). Page furniture in the header (the short
 * single lines at the top) stays a unit of its own even without a blank line: breadcrumbs at the
 * start, and a publisher-and-date line at the start or end of a paragraph. A text without blank
 * lines has one unit per line.
 */
export function sourceUnits(text: string): SourceUnit[] {
  const lines = normaliseNewlines(text).split('\n').map(trimBlanks);
  type Line = { text: string; number: number };
  const groups: Line[][] = [[]];
  lines.forEach((line, index) => {
    if (!isBlank(line)) groups.at(-1)!.push({ text: line, number: index + 1 });
    else if (groups.at(-1)!.length > 0) groups.push([]);
  });
  const unit = (group: Line[]): SourceUnit => ({
    text: group.map((line) => line.text).join('\n'),
    lines: [group[0]!.number, group.at(-1)!.number],
  });
  const paragraphs = groups.filter((group) => group.length > 0);
  if (paragraphs.length < 2) return paragraphs.flat().map((line) => unit([line]));
  const units: SourceUnit[] = [];
  let inHeader = true;
  for (const group of paragraphs) {
    const lines = [...group];
    const tail: SourceUnit[] = [];
    if (inHeader) {
      while (lines.length > 1 && (readPublisherDate(lines[0]!.text) || (units.length === 0 && isBreadcrumb(lines[0]!.text))))
        units.push(unit([lines.shift()!]));
      while (lines.length > 1 && readPublisherDate(lines.at(-1)!.text)) tail.unshift(unit([lines.pop()!]));
    }
    const block = unit(lines);
    units.push(block, ...tail);
    inHeader &&= isTitle(block.text);
  }
  return units;
}

/** The texts of sourceUnits. */
export function sourceBlocks(text: string): string[] {
  return sourceUnits(text).map((unit) => unit.text);
}

/**
 * A "publisher + date" line such as "新智元2025-11-03 08:20" or a byline such as
 * "Von Anna Schmidt — 12.03.2025, 14:05 Uhr"; undefined when the line holds no valid date at its end.
 */
export function readPublisherDate(text: string): { publisher?: string; author?: string; published: string } | undefined {
  const line = text.replace(TRAILING_READING_TIME, '');
  const iso = ISO_DATE.exec(line);
  const german = iso ? undefined : GERMAN_DATE.exec(line);
  const before = (iso ?? german)?.[1];
  const published = iso ? publication(iso[2]!, Number(iso[3]), iso[4]!, iso[5], iso[6]) : german ? germanDate(german.slice(2)) : undefined;
  if (published === undefined) return undefined;
  const name = trimBlanks(before ?? '').replace(TRAILING_SEPARATORS, '');
  if (!hasVisibleText(name) || DATE_LABEL.test(name) || LABELLED.test(name)) return { published };
  // "Von …" names the author, and who published it after a bar ("Von Jan Berg | heise online"); any other name
  // before the date is who published it ("heise online", "新智元").
  if (!BYLINE_WORD.test(name)) return { publisher: name, published };
  const [author, ...rest] = bylineNames(name).split(/\s+[|·•]\s+/u);
  const publisher = rest.join(' · ');
  return {
    ...(author && hasVisibleText(author) ? { author } : {}),
    ...(hasVisibleText(publisher) ? { publisher } : {}),
    published,
  };
}

/** A soft-wrapped unit is a paragraph: only single lines are breadcrumbs, titles, headings or teasers. */
function isSingleLine(unit: string): boolean {
  return !unit.includes('\n');
}

function isBreadcrumb(line: string): boolean {
  return isSingleLine(line) && (BREADCRUMB_WORDS.test(line) || BREADCRUMB_SEPARATED.test(line));
}

function looksLikeHeading(line: string): boolean {
  if (!isSingleLine(line) || line.length > MAX_HEADING_LENGTH || CLOSING_PUNCTUATION.test(line)) return false;
  return /^[\p{Lu}\p{N}„"]/u.test(line);
}

/** Contact blocks (a name before a phone number, "Pressekontakt") and ending lines ("Quelle: dpa") are never headings. */
function isNeverHeading(line: string, next: string | undefined): boolean {
  return isContactLine(line) || endingKind(line) !== undefined || (next !== undefined && isContactLine(next.split('\n')[0]!));
}

function isQuestionLine(line: string): boolean {
  return isSingleLine(line) && line.length <= 60 && line.endsWith('?') && !/[.!]/u.test(line.slice(0, -1));
}

/** The article schema trims title, lede and publisher (String.prototype.trim) and refuses them empty. */
export function hasVisibleText(unit: string): boolean {
  return unit.trim() !== '';
}

/** A sentence ends and another begins: ". Das" after a word of five letters or more (abbreviations such as "vs." are shorter). */
const SECOND_SENTENCE = /\p{Ll}{5,}[.!?]\s+[\p{Lu}„"]/u;

function isTitle(unit: string): boolean {
  return (
    isSingleLine(unit) &&
    unit.length <= MAX_TITLE_LENGTH &&
    hasVisibleText(unit) &&
    // An agency text opens with its dateline ("Berlin (dpa) - …"): a paragraph, never a title.
    !AGENCY_DATELINE.test(unit) &&
    !SECOND_SENTENCE.test(unit)
  );
}

/** A label above the title ("EILMELDUNG", "Kommentar"): a kicker of the page, not the title. */
const KICKER_LABEL =
  /^(?:\+{1,3}\s*)?(?:Eilmeldung|Breaking(?: News)?|Exklusiv|Analyse|Kommentar|Meinung|Interview|Gastbeitrag|Liveblog|Live|Update|Hintergrund|Kolumne)(?:\s*\+{1,3})?$/iu;
/** "Von Ulrike Schäfer": a byline of its own line, no sentence. */
const BYLINE_LINE = /^von\s+\p{Lu}[^.!?\n]{1,80}$/iu;

export function parseRawArticle(raw: string): ParsedArticle {
  const lines = sourceBlocks(raw);
  const notes: string[] = [];
  const noise: string[] = [];
  let index = 0;

  while (index < lines.length && isBreadcrumb(lines[index]!)) {
    notes.push(`breadcrumb: "${lines[index]}" (kept in frontmatter as sourceNoise)`);
    noise.push(lines[index++]!);
  }

  const result: ParsedArticle = { noise, blocks: [], notes };
  const takeKicker = () => {
    const line = lines[index];
    if (line !== undefined && KICKER_LABEL.test(line) && lines[index + 2] !== undefined && isTitle(lines[index + 1]!)) {
      notes.push(`kicker: "${line}" (kept in frontmatter as sourceNoise)`);
      noise.push(line);
      index += 1;
    }
  };
  takeKicker();
  const first = lines[index];
  const second = lines[index + 1];
  const metaAfterFirst = second === undefined ? undefined : readPublisherDate(second);
  const metaFirst = first === undefined ? undefined : readPublisherDate(first);

  if (metaFirst) {
    Object.assign(result, metaFirst);
    index += 1;
    takeKicker();
    // A short line right after the date line, with text after it, is the title.
    const next = lines[index];
    if (next !== undefined && lines[index + 1] !== undefined && isTitle(next)) {
      result.title = next;
      index += 1;
      notes.push(`title: "${next}"`);
    }
  } else if (first !== undefined && ((metaAfterFirst && isSingleLine(first) && hasVisibleText(first)) || isTitle(first))) {
    result.title = first;
    index += 1;
    notes.push(`title: "${first}"`);
    if (metaAfterFirst) {
      Object.assign(result, metaAfterFirst);
      index += 1;
    }
  } else {
    notes.push('title: none recognised (the first line reads as body text); give one with --title');
  }
  if (result.published) {
    notes.push(`publisher: ${result.publisher ?? 'not named on the date line'}; published: ${result.published}`);
  } else {
    notes.push('publisher and date: no publisher-and-timestamp line found; give them with --publisher and --date');
  }
  const byline = lines[index];
  if (result.title && byline !== undefined && BYLINE_LINE.test(byline) && lines[index + 1] !== undefined) {
    result.byline = byline;
    result.author = bylineNames(byline);
    index += 1;
  }
  if (result.title && lines[index] !== undefined && !looksLikeHeading(lines[index]!) && hasVisibleText(lines[index]!)) {
    result.lede = lines[index++]!;
    notes.push('lede: the paragraph after the title');
  }

  const body = lines.slice(index);
  body.forEach((line, position) => {
    const previous = result.blocks.at(-1);
    const isLast = position === body.length - 1;
    if (isSingleLine(line) && TEASER_LINE.test(line)) {
      result.blocks.push({ kind: 'teaser', text: line });
    } else if (isQuestionLine(line) && !isLast) {
      result.blocks.push({ kind: 'heading', text: line });
      notes.push(`"${line}": a question line, made a sub-heading; make it a teaser by hand if it links elsewhere`);
    } else if (looksLikeHeading(line) && !isLast && position > 0 && !isNeverHeading(line, body[position + 1])) {
      const stacked = previous?.kind === 'heading';
      result.blocks.push({ kind: stacked ? 'subheading' : 'heading', text: line });
    } else {
      result.blocks.push({ kind: 'paragraph', text: line });
    }
  });

  const counts = new Map<BlockKind, number>();
  for (const block of result.blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
  notes.push(`blocks: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'none'}`);
  const wrapped = lines.filter((unit) => !isSingleLine(unit)).length;
  if (wrapped)
    notes.push(
      `hard-wrapped: ${wrapped} paragraph(s) span several lines; blank lines separate paragraphs, single line breaks are soft wraps`,
    );
  return result;
}
