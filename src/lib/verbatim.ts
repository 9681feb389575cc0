/** Compares a raw source with the text a page shows: which source lines are not there character for character. */
import { sourceLines } from './raw-article.ts';

/** Runs of ASCII whitespace fold to one space, as a browser shows them; a no-break space stays. */
export function foldWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Source lines that match no rendered block exactly (after whitespace folding). */
export function unmatchedSourceLines(sourceText: string, renderedBlocks: string[]): string[] {
  const shown = new Set(renderedBlocks.map(foldWhitespace));
  return sourceLines(sourceText).filter((line) => !shown.has(foldWhitespace(line)));
}
