/** The CJK font subset in dist/: small woff2 files whose @font-face unicode-ranges cover every CJK character the pages show. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUnicodeRange } from '../../src/page/unicode-ranges.ts';
import { builtPages, fileForUrl, loadPage, stylesheetsOf, visibleText } from '../helpers/dist.ts';
import { pathFor } from '../../src/routing/urls.ts';

/** Han, kana and Hangul by script property plus CJK and fullwidth punctuation: independent of src/page/cjk.ts's block list. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/gu;

interface Face {
  weight: string;
  file: string;
  ranges: [number, number][];
}

/** The page's @font-face rules of the CJK subset (the text face's are tests/site/fonts.test.ts's). */
function fontFaces(url: string): Face[] {
  const css = stylesheetsOf(url);
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)]
    .filter(([, body]) => body!.includes("font-family:'Noto Sans SC Subset'"))
    .map(([, body]) => ({
      weight: /font-weight:(\d+)/.exec(body!)![1]!,
      file: /src:url\(([^)]+)\)/.exec(body!)![1]!,
      ranges: parseUnicodeRange(/unicode-range:([^;}]+)/.exec(body!)![1]!).map(([first, last]) => [first, last]),
    }));
}

const pages = builtPages();
const cjkByPage = new Map(pages.map((url) => [url, new Set(visibleText(loadPage(url)).match(CJK) ?? [])]));
const cjkPages = pages.filter((url) => cjkByPage.get(url)!.size > 0);

describe('CJK font subset', () => {
  it('the content shows CJK characters (the publisher 新智元), so there is something to cover', () => {
    expect(
      [...cjkByPage.get(pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' }))!].join(''),
    ).toContain('新');
    expect(cjkPages).toContain(pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' }));
    expect(cjkPages).toContain('/de/entitaeten/xinzhiyuan/');
  });

  it.each(cjkPages)('%s: every CJK character is in a face of the subset, regular and bold', (url) => {
    const faces = fontFaces(url);
    for (const weight of ['400', '700']) {
      const uncovered = [...cjkByPage.get(url)!].filter((character) => {
        const codePoint = character.codePointAt(0)!;
        return !faces.some(
          (face) => face.weight === weight && face.ranges.some(([first, last]) => codePoint >= first && codePoint <= last),
        );
      });
      expect(uncovered, `weight ${weight}`).toEqual([]);
    }
  });

  it('every face is a small woff2 file in dist/', () => {
    const files = new Set(pages.flatMap((url) => fontFaces(url).map((face) => face.file)));
    expect(files.size).toBeGreaterThan(0);
    for (const file of files) {
      expect(fileForUrl(file), file).toBeDefined();
      const bytes = readFileSync(fileForUrl(file)!);
      expect(bytes.subarray(0, 4).toString('latin1'), file).toBe('wOF2');
      expect(bytes.length, file).toBeLessThan(8 * 1024);
    }
  });

  it('no face claims a character outside CJK, so no other text downloads it', () => {
    const codePoints = pages.flatMap((url) =>
      fontFaces(url).flatMap((face) =>
        face.ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => first + index)),
      ),
    );
    expect(codePoints.length).toBeGreaterThan(0);
    expect(codePoints.map((codePoint) => String.fromCodePoint(codePoint)).filter((character) => !character.match(CJK))).toEqual([]);
  });
});
