/** The characters the text face must hold: printable ASCII, what German pages always show, and every other non-CJK character of the site's text. */
import { isCjk } from './cjk.ts';

/**
 * Always in the face, whatever the content: printable ASCII (figures, URLs, the UI) and the letters and
 * punctuation of German text, dates and citations, so a page the browser writes itself (dates, counts) never
 * mixes faces.
 */
const BASE = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00A0ÄÖÜäöüß§¶·€–—‘’‚“”„…';

/** Characters outside ASCII, CJK and C1 controls included; isCjk and the control test decide on each. */
const NON_ASCII = /[^\x00-\x7F]/gu;

/**
 * The code points of BASE and of each text that are neither CJK (the CJK subset has those) nor control
 * characters, each with the name of the first text that uses it ("base" for BASE), in code point order.
 */
export function textCodePoints(texts: Iterable<{ name: string; text: string }>): Map<number, string> {
  const found = new Map<number, string>([...BASE].map((character) => [character.codePointAt(0)!, 'base']));
  for (const { name, text } of texts) {
    // As for CJK: the regex engine skips the ASCII that most of the text is.
    for (const [character] of text.matchAll(NON_ASCII)) {
      const codePoint = character.codePointAt(0)!;
      if (!found.has(codePoint) && !isCjk(codePoint) && !/\p{Cc}/u.test(character)) found.set(codePoint, name);
    }
  }
  return new Map([...found].sort(([a], [b]) => a - b));
}
