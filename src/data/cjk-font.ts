/**
 * The CJK font subset: the Chinese, Japanese and Korean characters used anywhere in the archive (articles,
 * summaries, entities), cut out of Noto Sans SC at build time. Noto Sans SC comes split by unicode-range
 * (@fontsource/noto-sans-sc); each slice that holds a needed character becomes one tiny face with exactly
 * those characters as its unicode-range, so a browser downloads it only for pages that show them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { assignToSlices, cjkCodePoints, parseUnicodeRange, unicodeRange } from '../page/cjk.ts';
import { archiveTexts } from '../record/content-files.ts';

/** The family name pages use for CJK glyphs (global.css lists it in the font stacks). */
export const CJK_FAMILY = 'Noto Sans SC Subset';
/** Regular for text, bold for headings (600 and up fall back to 700). */
const WEIGHTS = [400, 700] as const;

export interface CjkFontFace {
  /** File name under /fonts/, named after its content so it can be cached for good. */
  file: string;
  weight: number;
  unicodeRange: string;
  bytes: Uint8Array;
}

let cached: Promise<CjkFontFace[]> | undefined;

async function buildFaces(): Promise<CjkFontFace[]> {
  // The whole archive's texts, not the collections: a shard's collections hold only its documents, but every page of
  // every shard must name the same faces.
  const used = cjkCodePoints(archiveTexts());
  if (used.size === 0) return [];
  const fontDir = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@fontsource/noto-sans-sc'));
  const slices: Record<string, string> = JSON.parse(await readFile(join(fontDir, 'unicode.json'), 'utf8'));
  const { bySlice, missing } = assignToSlices(
    used.keys(),
    Object.fromEntries(Object.entries(slices).map(([name, range]) => [name, parseUnicodeRange(range)])),
  );
  for (const codePoint of missing) {
    console.warn(
      `${used.get(codePoint)}: "${String.fromCodePoint(codePoint)}" (U+${codePoint.toString(16).toUpperCase()}) is not in Noto Sans SC; readers see it in their own fonts, or as an empty box if they have none`,
    );
  }
  const faces: CjkFontFace[] = [];
  for (const [slice, codePoints] of bySlice) {
    // "[117]" names the file noto-sans-sc-117-400-normal.woff2, "latin" noto-sans-sc-latin-400-normal.woff2.
    const sliceName = slice.replace(/^\[(\d+)\]$/, '$1');
    for (const weight of WEIGHTS) {
      const source = await readFile(join(fontDir, 'files', `noto-sans-sc-${sliceName}-${weight}-normal.woff2`));
      const bytes = new Uint8Array(await subsetFont(source, String.fromCodePoint(...codePoints), { targetFormat: 'woff2' }));
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
      faces.push({ file: `cjk-${weight}-${hash}.woff2`, weight, unicodeRange: unicodeRange(codePoints), bytes });
    }
  }
  return faces;
}

/** The font faces, computed once per build; empty when no content uses a CJK character. */
export function getCjkFontFaces(): Promise<CjkFontFace[]> {
  cached ??= buildFaces();
  return cached;
}
