/** Code points in the CSS `unicode-range` notation, and which slice of a font split by unicode-range holds each. */

/** A closed interval of code points. */
export type CodePointRange = readonly [first: number, last: number];

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
