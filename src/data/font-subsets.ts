/**
 * The site's font subsets, cut at build time to the characters the content uses: the text face (Source Serif 4,
 * @fontsource/source-serif-4) for body text and headings, and the CJK face (Noto Sans SC, @fontsource/noto-sans-sc)
 * for the few Chinese characters. Each package comes split by unicode-range; each slice that holds a needed
 * character becomes one small face with exactly those characters as its unicode-range, so a browser downloads a
 * face only for pages that show one of them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import de from '../i18n/de.ts';
import en from '../i18n/en.ts';
import { cjkCodePoints } from '../page/cjk.ts';
import { textCodePoints } from '../page/text-characters.ts';
import { assignToSlices, parseUnicodeRange, unicodeRange } from '../page/unicode-ranges.ts';
import { archiveCharacters } from '../record/content-files.ts';
import { filePath } from '../routing/urls.ts';

/** The family name pages use for body text and headings (global.css, --serif). */
export const TEXT_FAMILY = 'Source Serif 4 Subset';
/** The family name pages use for CJK glyphs (global.css lists it in the font stacks). */
export const CJK_FAMILY = 'Noto Sans SC Subset';

export interface SubsetFace {
  family: string;
  /** File name under /fonts/, named after its content so it can be cached for good. */
  file: string;
  weight: number;
  style: 'normal' | 'italic';
  unicodeRange: string;
  bytes: Uint8Array;
  /** Every page shows it at once (body text, the title): its head asks for it before the stylesheet does. */
  preload: boolean;
}

interface Text {
  name: string;
  text: string;
}

interface FamilySpec {
  family: string;
  /** The @fontsource package; its files are named `<stem>-<slice>-<weight>-<style>.woff2`. */
  package: string;
  stem: string;
  /** Our file names start with it: `<prefix>-<weight>[i]-<hash>.woff2`. */
  prefix: string;
  faces: readonly { weight: number; style: 'normal' | 'italic'; preload?: boolean }[];
  codePoints(texts: Text[]): Map<number, string>;
  /** Characters no slice holds: worth a warning where readers would see empty boxes instead. */
  warnMissing?: (codePoint: number, name: string) => string;
  /** OpenType features kept (all when absent): the text face needs kerning, ligatures and tabular figures, not small caps or swashes. */
  keepFeatures?: string[];
}

const FAMILIES: readonly FamilySpec[] = [
  {
    family: TEXT_FAMILY,
    package: '@fontsource/source-serif-4',
    stem: 'source-serif-4',
    prefix: 'serif',
    // Regular for text, semibold for headings and bold (700 falls back to it), italic for titles of works.
    faces: [
      { weight: 400, style: 'normal', preload: true },
      { weight: 600, style: 'normal', preload: true },
      { weight: 400, style: 'italic' },
    ],
    codePoints: textCodePoints,
    keepFeatures: ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'calt', 'lnum', 'pnum', 'tnum'],
  },
  {
    family: CJK_FAMILY,
    package: '@fontsource/noto-sans-sc',
    stem: 'noto-sans-sc',
    prefix: 'cjk',
    // Regular for text, bold for headings (600 and up fall back to 700).
    faces: [
      { weight: 400, style: 'normal' },
      { weight: 700, style: 'normal' },
    ],
    codePoints: cjkCodePoints,
    warnMissing: (codePoint, name) =>
      `${name}: "${String.fromCodePoint(codePoint)}" (U+${codePoint.toString(16).toUpperCase()}) is not in Noto Sans SC; readers see it in their own fonts, or as an empty box if they have none`,
  },
];

/**
 * Every text a page can show: every article, summary and entity file of the whole archive, not the collections (a
 * shard's collections hold only its documents, but every page of every shard must name the same faces); and the UI
 * strings (the source of the ones that are functions, whose literal parts are what they write).
 */
function siteTexts(): Text[] {
  return [
    ...archiveCharacters(),
    ...Object.entries({ de, en }).map(([lang, strings]) => ({
      name: `src/i18n/${lang}.ts`,
      text: JSON.stringify(strings, (_, value: unknown) => (typeof value === 'function' ? value.toString() : value)),
    })),
  ];
}

async function familyFaces(spec: FamilySpec, texts: Text[]): Promise<SubsetFace[]> {
  const used = spec.codePoints(texts);
  if (used.size === 0) return [];
  const fontDir = dirname(createRequire(join(process.cwd(), 'package.json')).resolve(spec.package));
  const slices: Record<string, string> = JSON.parse(await readFile(join(fontDir, 'unicode.json'), 'utf8'));
  const { bySlice, missing } = assignToSlices(
    used.keys(),
    Object.fromEntries(Object.entries(slices).map(([name, range]) => [name, parseUnicodeRange(range)])),
  );
  if (spec.warnMissing) for (const codePoint of missing) console.warn(spec.warnMissing(codePoint, used.get(codePoint)!));
  const faces: SubsetFace[] = [];
  for (const [slice, codePoints] of bySlice) {
    // "[117]" names the file noto-sans-sc-117-400-normal.woff2, "latin" source-serif-4-latin-400-normal.woff2.
    const sliceName = slice.replace(/^\[(\d+)\]$/, '$1');
    for (const { weight, style, preload = false } of spec.faces) {
      const source = await readFile(join(fontDir, 'files', `${spec.stem}-${sliceName}-${weight}-${style}.woff2`));
      const bytes = new Uint8Array(
        await subsetFont(source, String.fromCodePoint(...codePoints), {
          targetFormat: 'woff2',
          ...(spec.keepFeatures ? { keepFeatures: spec.keepFeatures } : {}),
        }),
      );
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
      faces.push({
        family: spec.family,
        file: `${spec.prefix}-${weight}${style === 'italic' ? 'i' : ''}-${hash}.woff2`,
        weight,
        style,
        unicodeRange: unicodeRange(codePoints),
        bytes,
        // Only the slice every page uses; the others download where a page shows one of their characters.
        preload: preload && slice === 'latin',
      });
    }
  }
  return faces;
}

let cached: Promise<SubsetFace[]> | undefined;

/** The font faces of every family, computed once per build; a family no content character needs has none. */
export function getFontFaces(): Promise<SubsetFace[]> {
  cached ??= Promise.resolve(siteTexts()).then(async (texts) =>
    (await Promise.all(FAMILIES.map((spec) => familyFaces(spec, texts)))).flat(),
  );
  return cached;
}

/** The @font-face rules of every face, in one file under /fonts/ that every page links. */
export interface FontStylesheet {
  /** Named after its content, as the faces are, so it can be cached for good. */
  file: string;
  css: string;
}

let stylesheet: Promise<FontStylesheet | undefined> | undefined;

/**
 * The faces' stylesheet, computed once per build; none when no face was cut. A file rather than a style element in
 * each page: the same rules on every page (2 KB of each page's HTML before), downloaded once and cached.
 */
export function getFontStylesheet(): Promise<FontStylesheet | undefined> {
  stylesheet ??= getFontFaces().then((faces) => {
    const css = faces
      .map(
        (face) =>
          `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:swap;src:url(${filePath({ kind: 'font', file: face.file })}) format('woff2');unicode-range:${face.unicodeRange}}`,
      )
      .join('\n');
    if (!css) return undefined;
    return { file: `faces-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`, css: `${css}\n` };
  });
  return stylesheet;
}
