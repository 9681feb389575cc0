/** Compares a raw source with the text a page shows: which source units are not there character for character. */
import type { OmittedLines } from './article-mdx.ts';
import type { SourceFormat } from './import/formats.ts';
import { readSource, type TextUnit } from './import/source.ts';
import { readPublisherDate, sourceBlocks } from './raw-article.ts';

/**
 * Runs of ASCII whitespace fold to one space and go at either end, as a browser shows them; a
 * no-break space and other Unicode spaces are text and stay, at the ends too.
 */
export function foldWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/** Source units (lines, or soft-wrapped paragraphs: see sourceBlocks) that match no rendered block exactly (after whitespace folding). */
export function unmatchedSourceLines(sourceText: string, renderedBlocks: string[]): string[] {
  const shown = new Set(renderedBlocks.map(foldWhitespace));
  return sourceBlocks(sourceText).filter((unit) => !shown.has(foldWhitespace(unit)));
}

/** "3-7" → [3, 7]. */
function rangeOf(lines: string): [number, number] {
  const [first, last = first] = lines.split('-').map(Number);
  return [first!, last!];
}

/**
 * The verbatim guarantee for every format: each unit of what the source shows (a line or paragraph of
 * plain text, a block of the Markdown or HTML as a browser renders it) is a block, the title or the lede
 * of the article, whitespace folded, or lies on lines the article records as omitted. Plain text's
 * publisher-and-date line goes to the frontmatter. Returns the units that are neither.
 */
export function unshownSourceUnits(
  raw: string,
  format: SourceFormat,
  shown: Iterable<string>,
  omitted: readonly OmittedLines[],
): TextUnit[] {
  const texts = new Set([...shown].map(foldWhitespace));
  const ranges = omitted.map((entry) => rangeOf(entry.lines));
  const isOmitted = (lines: [number, number] | undefined): boolean =>
    lines !== undefined && ranges.some(([first, last]) => first <= lines[0] && lines[1] <= last);
  return readSource(raw, format).units.filter(
    (unit) => !texts.has(foldWhitespace(unit.text)) && !isOmitted(unit.lines) && !(format === 'text' && readPublisherDate(unit.text)),
  );
}
