/**
 * CJK characters in the site's text, and the CSS `unicode-range` notation for them: what the build needs
 * to ship a font subset that holds exactly the CJK glyphs the pages show.
 */

/** A closed interval of code points. */
export type CodePointRange = readonly [first: number, last: number];

/** Unicode blocks of Chinese, Japanese and Korean scripts and their punctuation. */
const CJK_BLOCKS: readonly CodePointRange[] = [
  [0x2e80, 0x2fdf], // CJK radicals supplement, Kangxi radicals
  [0x2ff0, 0x30ff], // ideographic description, CJK symbols and punctuation, Hiragana, Katakana
  [0x3100, 0x31ff], // Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, Katakana extensions
  [0x3200, 0x4dbf], // enclosed CJK letters, CJK compatibility, CJK unified ideographs extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // halfwidth and fullwidth forms
  [0x20000, 0x3134f], // CJK unified ideographs extensions B to G, compatibility supplement
];

/** Characters in the span of CJK_BLOCKS; isCjk decides on each. */
const CJK_CANDIDATE = /[\u2E80-\uFFEF\u{20000}-\u{3134F}]/gu;

export function isCjk(codePoint: number): boolean {
  return CJK_BLOCKS.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * The CJK code points of each text, each with the name of the first text that uses it (for messages),
 * in code point order.
 */
export function cjkCodePoints(texts: Iterable<{ name: string; text: string }>): Map<number, string> {
  const found = new Map<number, string>();
  for (const { name, text } of texts) {
    // The regex engine skips the Latin text; a loop over every character took 3 s per 2,000 articles.
    for (const [character] of text.matchAll(CJK_CANDIDATE)) {
      const codePoint = character.codePointAt(0)!;
      if (!found.has(codePoint) && isCjk(codePoint)) found.set(codePoint, name);
    }
  }
  return new Map([...found].sort(([a], [b]) => a - b));
}

/** Code points as a CSS `unicode-range` value, runs of neighbours joined: "U+5143,U+65B0-65B1". */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const codePoint of sorted) {
    const last = runs.at(-1);
    if (last && codePoint === last[1] + 1) last[1] = codePoint;
    else runs.push([codePoint, codePoint]);
  }
  const hex = (codePoint: number) => codePoint.toString(16).toUpperCase();
  return runs.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(',');
}

/** A CSS `unicode-range` value ("U+1f1e9-1f1f5,U+4e00") as ranges; wildcards ("U+4??") are not used by the fonts read here. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value.split(',').map((part) => {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`"${part.trim()}" is not a unicode-range item of the form U+XXXX or U+XXXX-YYYY`);
    const first = Number.parseInt(match[1]!, 16);
    return [first, match[2] ? Number.parseInt(match[2], 16) : first] as const;
  });
}

/**
 * Which slice of a font split by unicode-range holds each code point: the slices in use, each with its code
 * points, and the code points no slice holds.
 */
export function assignToSlices(
  codePoints: Iterable<number>,
  slices: Record<string, readonly CodePointRange[]>,
): { bySlice: Map<string, number[]>; missing: number[] } {
  const bySlice = new Map<string, number[]>();
  const missing: number[] = [];
  for (const codePoint of codePoints) {
    const slice = Object.keys(slices).find((name) => slices[name]!.some(([first, last]) => codePoint >= first && codePoint <= last));
    if (slice === undefined) missing.push(codePoint);
    else bySlice.set(slice, [...(bySlice.get(slice) ?? []), codePoint]);
  }
  return { bySlice, missing };
}
