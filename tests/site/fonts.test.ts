/**
 * The text face in dist/: every page declares Source Serif 4 subsets that hold every character of the page the
 * font can show, with font-display: swap; its head preloads the faces every page uses; and what a page can
 * download in fonts stays within 60 KB.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, type CodePointRange } from '../../src/page/unicode-ranges.ts';
import { builtPages, fileForUrl, loadPage, stylesheetsOf, visibleText } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const TEXT_FAMILY = 'Source Serif 4 Subset';
const FONT_BUDGET = 60 * 1024;

interface Face {
  family: string;
  weight: string;
  style: string;
  display: string;
  file: string;
  ranges: CodePointRange[];
}

function fontFaces(url: string): Face[] {
  const css = stylesheetsOf(url);
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, body]) => ({
    family: /font-family:'([^']+)'/.exec(body!)![1]!,
    weight: /font-weight:(\d+)/.exec(body!)![1]!,
    style: /font-style:(\w+)/.exec(body!)?.[1] ?? 'normal',
    display: /font-display:(\w+)/.exec(body!)?.[1] ?? 'auto',
    file: /src:url\(([^)]+)\)/.exec(body!)![1]!,
    ranges: parseUnicodeRange(/unicode-range:([^;}]+)/.exec(body!)![1]!),
  }));
}

const covers = (ranges: readonly CodePointRange[], codePoint: number) =>
  ranges.some(([first, last]) => codePoint >= first && codePoint <= last);

/** Every character Source Serif 4 can show: the union of its package's unicode-range slices, read independently of the build. */
const fontDir = dirname(createRequire(join(PROJECT, 'package.json')).resolve('@fontsource/source-serif-4'));
const fontRanges = Object.values(JSON.parse(readFileSync(join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>).flatMap(
  (range) => parseUnicodeRange(range),
);

const pages = builtPages();
const size = (file: string) => readFileSync(fileForUrl(file)!).length;

describe('text face (Source Serif 4 subset)', () => {
  it.each(pages)(
    '%s: regular, semibold and italic faces with font-display: swap, holding every character of the page the font has; preloads; at most 60 KB',
    (url) => {
      const $ = loadPage(url);
      const all = fontFaces(url);
      const faces = all.filter((face) => face.family === TEXT_FAMILY);
      expect(faces.map((face) => `${face.weight} ${face.style}`)).toEqual(
        expect.arrayContaining(['400 italic', '400 normal', '600 normal']),
      );
      expect(all.filter((face) => face.display !== 'swap')).toEqual([]);

      const characters = [...new Set(visibleText($))].filter((character) => !/\s/.test(character));
      for (const style of ['400 normal', '600 normal', '400 italic']) {
        const ranges = faces.filter((face) => `${face.weight} ${face.style}` === style).flatMap((face) => face.ranges);
        const uncovered = characters.filter(
          (character) => covers(fontRanges, character.codePointAt(0)!) && !covers(ranges, character.codePointAt(0)!),
        );
        expect(uncovered, style).toEqual([]);
      }

      // The faces every page shows at once, asked for before the stylesheet names them; never one the page does not declare.
      const preloads = $('link[rel="preload"][as="font"]')
        .map((_, link) => ({ href: $(link).attr('href')!, type: $(link).attr('type'), crossorigin: $(link).attr('crossorigin') }))
        .get();
      const regularAndSemibold = faces.filter(
        (face) => face.style === 'normal' && ['400', '600'].includes(face.weight) && covers(face.ranges, 'a'.codePointAt(0)!),
      );
      expect(preloads.map((preload) => preload.href).sort()).toEqual(regularAndSemibold.map((face) => face.file).sort());
      for (const preload of preloads) {
        expect(preload.type).toBe('font/woff2');
        // Fonts are fetched in CORS mode: a preload without crossorigin is not reused and the font loads twice.
        expect(preload.crossorigin).toBe('');
        expect(readFileSync(fileForUrl(preload.href)!).subarray(0, 4).toString('latin1')).toBe('wOF2');
      }

      // What the page can download: every face, of any weight or style, that holds one of its characters.
      const used = all.filter((face) => characters.some((character) => covers(face.ranges, character.codePointAt(0)!)));
      const bytes = used.reduce((sum, face) => sum + size(face.file), 0);
      expect(bytes, used.map((face) => `${face.file} ${size(face.file)}`).join(', ')).toBeLessThanOrEqual(FONT_BUDGET);
    },
  );
});
