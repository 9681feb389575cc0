/** Compares a raw source with the text a page shows: which source units are not there character for character. */
import { sourceBlocks } from './raw-article.ts';

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
