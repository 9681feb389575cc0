/**
 * Compound boundaries for Pagefind. Pagefind indexes a word that contains ASCII punctuation as the whole
 * word plus its parts, at the same position ("Rechen|leistung" is found by "Rechenleistung", "Rechen"
 * and "Leistung"), each part weighted by the word's weight divided by the number of parts. So the
 * indexer gets a copy of each page whose body text carries a boundary mark between compound parts, and
 * the marks are then deleted from the fragment files Pagefind wrote, so excerpts show the page's own
 * text. Marks never add or remove whitespace, so Pagefind's words, positions and word counts are those
 * of the unmarked page.
 *
 * Ranking: a part match should not outrank the word standing alone, so each compound also carries
 * filler parts (a symbol that is neither a letter nor ASCII punctuation: indexed as a part of its own,
 * never matched by a query) until it has `PART_SLOTS` parts: a part of "Rechen|¦|¦|¦|¦|¦|¦|leistung"
 * weighs 1/8 of the word.
 *
 * Exactness: one boundary mark and one filler per bundle, each chosen among characters that occur in
 * none of its pages (raw HTML, decoded text, comments and attribute values, URLs). Every such character
 * in a fragment file is then one this module inserted, and deleting them all restores the unmarked
 * fragment byte for byte.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { CompoundSplitter } from './compound-splitter.ts';

/**
 * ASCII punctuation that Pagefind splits words at and that HTML text and JSON carry unescaped, rarest in
 * prose first (`&`, `<`, `>`, quotes and the backslash need escaping; `_` is a word character).
 */
export const BOUNDARY_CANDIDATES = [
  '|',
  '^',
  '`',
  '~',
  '{',
  '}',
  '[',
  ']',
  '=',
  '*',
  '#',
  '+',
  '@',
  '$',
  '%',
  '!',
  '?',
  ';',
  ':',
  ',',
  '.',
  '/',
  '(',
  ')',
  '-',
];

/**
 * Symbols that are neither letters, digits, white space, ASCII punctuation nor emoji, rarest first; two
 * bytes in UTF-8, as Pagefind indexes only parts longer than one byte.
 */
export const FILLER_CANDIDATES = ['¦', '¤', '¬', '¯', '¸', '¨', '¶', '·', '÷', '×'];

/** Parts plus fillers per compound: each part of a two-part compound weighs 1/8 of the whole word. */
export const PART_SLOTS = 8;

/** Elements whose text is never marked, because it is not running text. */
export const UNMARKED_ELEMENTS = 'script, style, template, noscript, svg, code, pre, [data-pagefind-ignore]';

export interface MarkedCompound {
  /** Offset of the word in the HTML source. */
  start: number;
  /** Its parts, in the page's spelling. */
  parts: readonly string[];
}

export interface CompoundMarks {
  /** The compounds to mark, in page order. */
  compounds: MarkedCompound[];
  /** Candidate characters (boundary and filler) that already occur in the page, so cannot mark it. */
  present: string[];
  /** Whether the page has a `data-pagefind-body` element. */
  hasBody: boolean;
}

export interface Markers {
  boundary: string;
  filler: string;
}

const BODY = '[data-pagefind-body]';
/** htmlparser2 (about three times faster than parse5 here), keeping each node's source offsets. */
const PARSER = { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } };
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Pagefind splits words at Unicode white space (Rust's split_whitespace). */
const SPACE = /\s/u;
/** Elements Pagefind reads as running text; around any other element it inserts white space. */
const INLINE = new Set(
  'a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp script select small span strong sub sup textarea time tt var'.split(
    ' ',
  ),
);

interface TextPiece {
  /** Decoded text. */
  text: string;
  /** Source offset of the raw text, when it may be marked. */
  start?: number;
  raw?: string;
}

/**
 * The compounds in `html` to mark: words in the text of its `data-pagefind-body` element(s), outside
 * `UNMARKED_ELEMENTS` and `unmarked` (a CSS selector), that `split` splits.
 */
export function findCompoundMarks(html: string, split: CompoundSplitter, unmarked = ''): CompoundMarks {
  const $ = load(html, PARSER);
  const skip = new Set<AnyNode>($(BODY).find([UNMARKED_ELEMENTS, unmarked].filter(Boolean).join(', ')).toArray());
  const compounds: MarkedCompound[] = [];
  for (const body of $(BODY).toArray()) {
    if ($(body).parents(BODY).length) continue;
    const pieces: TextPiece[] = [];
    collectText(html, body, skip, false, pieces);
    pieces.forEach((piece, index) => {
      if (piece.start !== undefined && piece.raw !== undefined)
        compounds.push(...compoundsIn(pieces, index, piece.raw, piece.start, split));
    });
  }
  return { compounds, present: candidatesPresent(html, $), hasBody: $(BODY).length > 0 };
}

/**
 * Whether `html` may have a `data-pagefind-body` element. When any page has one, Pagefind leaves out the
 * pages without, so nothing of theirs reaches a fragment and they need not be read for marks.
 */
export function mayHaveBody(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/**
 * Text nodes in document order, with a space piece where Pagefind separates words at an element
 * boundary; those that may be marked carry their raw source text and its offset.
 */
function collectText(html: string, node: AnyNode, skip: ReadonlySet<AnyNode>, skipped: boolean, pieces: TextPiece[]): void {
  if (node.type === 'text') {
    const { startIndex: start, endIndex: last } = node;
    const raw = start !== null && last !== null ? html.slice(start, last + 1) : undefined;
    // The source slice must be this text (or hold character references): anything else is left alone.
    const markable = !skipped && raw !== undefined && (raw.includes('&') || raw === node.data);
    pieces.push(markable ? { text: node.data, start: start!, raw } : { text: node.data });
    return;
  }
  if (node.type === 'script' || node.type === 'style' || !('children' in node)) return;
  const inside = skipped || skip.has(node);
  const separate = !('name' in node) || !INLINE.has(node.name);
  if (separate) pieces.push({ text: ' ' });
  for (const child of node.children) collectText(html, child, skip, inside, pieces);
  if (separate) pieces.push({ text: ' ' });
}

/**
 * Compounds in one text node. A word is marked only when it is the only run of letters and digits in its
 * whitespace-delimited token (Pagefind's word): in "KI-Rechenleistung" Pagefind already indexes the part
 * "rechenleistung", and marking would replace it with "rechen" and "leistung".
 */
function compoundsIn(
  pieces: readonly TextPiece[],
  index: number,
  raw: string,
  rawStart: number,
  split: CompoundSplitter,
): MarkedCompound[] {
  const found: MarkedCompound[] = [];
  for (const token of raw.matchAll(WORD)) {
    const start = token.index;
    const end = start + token[0].length;
    const parts = split(token[0]);
    if (!parts || wordCharsBefore(pieces, index, raw.slice(0, start)) || wordCharsAfter(pieces, index, raw.slice(end))) continue;
    found.push({ start: rawStart + start, parts });
  }
  return found;
}

/** Whether the token that ends where `text` ends (continuing into earlier pieces) holds a letter or digit. */
function wordCharsBefore(pieces: readonly TextPiece[], index: number, text: string): boolean {
  for (let i = index, context = text; ; context = pieces[--i]!.text) {
    for (let at = context.length - 1; at >= 0; at--) {
      const char = context[at]!;
      if (SPACE.test(char)) return false;
      // In raw text a character reference ("&amp;") counts as word characters: that only leaves more alone.
      if (WORD_CHAR.test(char)) return true;
    }
    if (i === 0) return false;
  }
}

/** Whether the token that starts where `text` starts (continuing into later pieces) holds a letter or digit. */
function wordCharsAfter(pieces: readonly TextPiece[], index: number, text: string): boolean {
  for (let i = index, context = text; ; context = pieces[++i]!.text) {
    for (const char of context) {
      if (SPACE.test(char)) return false;
      if (WORD_CHAR.test(char)) return true;
    }
    if (i === pieces.length - 1) return false;
  }
}

/** Candidate characters found in the raw HTML or in any decoded text, comment or attribute. */
function candidatesPresent(html: string, $: CheerioAPI): string[] {
  const missing = new Set([...BOUNDARY_CANDIDATES, ...FILLER_CANDIDATES]);
  const scan = (text: string) => {
    for (const candidate of missing) if (text.includes(candidate)) missing.delete(candidate);
  };
  const visit = (node: AnyNode): void => {
    if (node.type === 'text' || node.type === 'comment') scan(node.data);
    if ('attribs' in node) for (const [name, value] of Object.entries(node.attribs)) scan(name + value);
    if ('children' in node) node.children.forEach(visit);
  };
  scan(html);
  $.root().toArray().forEach(visit);
  return [...BOUNDARY_CANDIDATES, ...FILLER_CANDIDATES].filter((candidate) => !missing.has(candidate));
}

/** The first boundary mark and filler that occur in none of the pages nor URLs; undefined when none is free. */
export function chooseMarkers(presentPerPage: Iterable<readonly string[]>, urls: Iterable<string> = []): Markers | undefined {
  const taken = new Set<string>();
  for (const present of presentPerPage) for (const candidate of present) taken.add(candidate);
  for (const url of urls)
    for (const candidate of [...BOUNDARY_CANDIDATES, ...FILLER_CANDIDATES]) if (url.includes(candidate)) taken.add(candidate);
  const boundary = BOUNDARY_CANDIDATES.find((candidate) => !taken.has(candidate));
  const filler = FILLER_CANDIDATES.find((candidate) => !taken.has(candidate));
  return boundary && filler ? { boundary, filler } : undefined;
}

/** `html` with each compound's parts separated by the boundary mark, the first boundary padded with fillers. */
export function applyMarks(html: string, compounds: readonly MarkedCompound[], markers: Markers): string {
  let result = '';
  let from = 0;
  for (const { start, parts } of compounds) {
    const fillers = `${markers.filler}${markers.boundary}`.repeat(Math.max(0, PART_SLOTS - parts.length));
    result += html.slice(from, start) + parts[0] + markers.boundary + fillers + parts.slice(1).join(markers.boundary);
    from = start + parts.join('').length;
  }
  return result + html.slice(from);
}

/**
 * Fragment text (Pagefind's JSON of a page) with every boundary mark and filler removed. Pagefind's JSON
 * writes the candidates unescaped, so deleting them from the text is exact.
 */
export function removeMarks(text: string, markers: Markers): string {
  return text.replaceAll(markers.boundary, '').replaceAll(markers.filler, '');
}
