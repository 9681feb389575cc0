import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkCodePoints, isCjk } from '../../src/page/cjk.ts';
import { assignToSlices, parseUnicodeRange, unicodeRange } from '../../src/page/unicode-ranges.ts';

describe('cjkCodePoints', () => {
  it('finds Chinese characters and CJK punctuation, not Latin, German or typographic punctuation', () => {
    const found = cjkCodePoints([
      { name: 'content/articles/a.mdx', text: 'Herausgeber: 新智元 – „Zitat“ … ÄÖÜß' },
      { name: 'content/entities/b.yaml', text: 'Xinzhiyuan (新智元)。「引用」、ＡＩ' },
    ]);
    expect([...found.keys()].map((codePoint) => String.fromCodePoint(codePoint)).join('')).toBe('、。「」元引新智用ＡＩ');
  });

  it('names the first text that uses each character', () => {
    const found = cjkCodePoints([
      { name: 'first', text: '新' },
      { name: 'second', text: '新智' },
    ]);
    expect(found.get('新'.codePointAt(0)!)).toBe('first');
    expect(found.get('智'.codePointAt(0)!)).toBe('second');
  });

  it('reads characters beyond the Basic Multilingual Plane whole', () => {
    expect([...cjkCodePoints([{ name: 'x', text: 'a𠀀b' }]).keys()]).toEqual([0x20000]);
  });

  it('finds nothing in text without CJK', () => {
    expect(cjkCodePoints([{ name: 'x', text: 'Microsoft & OpenAI – „Wissensarchiv“ 😀' }]).size).toBe(0);
  });
});

describe('isCjk', () => {
  it.each([
    ['一', true],
    ['鿿', true],
    ['、', true],
    ['Ａ', true],
    ['\u{2F800}', true],
    ['„', false],
    ['ä', false],
    ['😀', false],
  ])('%s → %s', (character, expected) => expect(isCjk(character.codePointAt(0)!)).toBe(expected));
});

describe('unicodeRange', () => {
  it('writes single code points and joins runs of neighbours', () => {
    expect(unicodeRange([0x65b1, 0x5143, 0x65b0, 0x667a, 0x65b2, 0x5143])).toBe('U+5143,U+65B0-65B2,U+667A');
  });

  it('is empty for no code points', () => expect(unicodeRange([])).toBe(''));

  it('round-trips through parseUnicodeRange to the same set of code points', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0x3000, max: 0x3134f }), { minLength: 1, maxLength: 60 }), (codePoints) => {
        const covered = parseUnicodeRange(unicodeRange(codePoints)).flatMap(([first, last]) =>
          Array.from({ length: last - first + 1 }, (_, index) => first + index),
        );
        expect(covered).toEqual([...codePoints].sort((a, b) => a - b));
      }),
    );
  });
});

describe('parseUnicodeRange', () => {
  it('reads fontsource notation', () => {
    expect(parseUnicodeRange('U+1f1e9-1f1f5,U+4e00, U+ff03-ff04')).toEqual([
      [0x1f1e9, 0x1f1f5],
      [0x4e00, 0x4e00],
      [0xff03, 0xff04],
    ]);
  });

  it('names an item it cannot read', () => {
    expect(() => parseUnicodeRange('U+4e00,U+4??')).toThrow(/"U\+4\?\?" is not a unicode-range item/);
  });
});

describe('assignToSlices', () => {
  const slices = {
    '[115]': parseUnicodeRange('U+6600-66ff'),
    '[117]': parseUnicodeRange('U+5100-51ff,U+5200'),
    '[119]': parseUnicodeRange('U+65b0'),
  };

  it('groups code points by the slice that holds them and lists those none holds', () => {
    const { bySlice, missing } = assignToSlices([0x5143, 0x65b0, 0x667a, 0x5200, 0x20000], slices);
    expect(Object.fromEntries(bySlice)).toEqual({ '[117]': [0x5143, 0x5200], '[119]': [0x65b0], '[115]': [0x667a] });
    expect(missing).toEqual([0x20000]);
  });
});
