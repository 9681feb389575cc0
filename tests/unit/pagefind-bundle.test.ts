import { gzipSync } from 'node:zlib';
import { encode } from '../../scripts/search/pagefind-bundle.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cborArrayHead,
  chunkRanges,
  decodeMeta,
  decodeWordChunk,
  encodeMeta,
  encodeWordChunk,
  type EncodedWord,
  type Meta,
  pack,
  planChunks,
  unpack,
  withoutUnusedAnchors,
} from '../../scripts/search/pagefind-bundle.ts';

const word = (text: string, size = 10): EncodedWord => ({ word: text, bytes: new Uint8Array(size) });
/** Pagefind's own test words (pagefind/src/index/mod.rs), sized by their locations. */
const FRUIT = [word('apple', 6), word('apricot', 3), word('banana', 4), word('peach', 3)];

describe('Pagefind files', () => {
  it('read back what they were written with, and name the file that is not one', () => {
    expect(unpack(pack('{"a":1}'), 'x').toString()).toBe('{"a":1}');
    expect(() => unpack(Buffer.from('plain text'), 'fragment/x.pf_fragment')).toThrow(/fragment\/x\.pf_fragment: not gzip/);
    expect(() => unpack(gzipSync('{"a":1}'), 'index/y.pf_index')).toThrow(
      /index\/y\.pf_index: no "pagefind_dcd" signature.*pagefind version/,
    );
  });

  it('refuse metadata of another Pagefind version, naming the file and the fix', () => {
    const meta: Meta = ['1.6.0', [['de_1', 10, '']], [['a', 'z', 'de_2']], [], [], []];
    expect(decodeMeta(encodeMeta(meta), 'm')).toEqual(meta);
    const newer = pack(encode(['1.7.0', [], [], [], [], []]));
    expect(() => decodeMeta(newer, 'pagefind.de_x.pf_meta')).toThrow(
      /pagefind\.de_x\.pf_meta: Pagefind metadata of version "1\.7\.0".*pin pagefind to 1\.6\.0/,
    );
  });

  it('write a word chunk byte for byte as CBOR would, for any number of words', () => {
    for (const count of [0, 1, 23, 24, 255, 256, 70000]) {
      const entries = Array.from({ length: count }, (_, i) => [`w${i}`, [[i, [-13, 2]]], []]);
      const encoded = entries.map((entry) => ({ word: entry[0] as string, bytes: encode(entry) }));
      expect(unpack(encodeWordChunk(encoded), 'c').equals(Buffer.from(encode([entries])))).toBe(true);
      expect(decodeWordChunk(encodeWordChunk(encoded), 'c').map((w) => w.word)).toEqual(entries.map((entry) => entry[0]));
    }
    expect(cborArrayHead(2 ** 20).equals(Buffer.from(encode(new Array(2 ** 20).fill(0)).subarray(0, 5)))).toBe(true);
  });
});

describe('word chunks', () => {
  it('meet at the shortest prefixes that tell neighbours apart, as in Pagefind', () => {
    const ends = [1, 3, 4];
    expect(chunkRanges(FRUIT, ends)).toEqual([
      ['apple', 'app'],
      ['apr', 'b'],
      ['p', 'peach'],
    ]);
  });

  it('keep a word family together and split between families', () => {
    const words = ['wende', 'wer', 'werd', 'werde', 'werden', 'werdend', 'werk', 'werkzeug', 'wert', 'wie'].map((text) => word(text));
    const ends = planChunks(words, 45);
    const chunks = ends.map((end, i) => words.slice(i === 0 ? 0 : ends[i - 1], end).map((w) => w.word));
    expect(chunks.find((chunk) => chunk.includes('werd'))).toEqual(expect.arrayContaining(['werd', 'werde', 'werden', 'werdend']));
    expect(chunks.flat()).toEqual(words.map((w) => w.word));
  });

  it('cover every word once, in order, within the target unless one word outgrows it, with ranges cut from their edge words', () => {
    const arbitraryWords = fc.uniqueArray(
      fc.record({
        word: fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', '中', '😀'), minLength: 1, maxLength: 6 }),
        size: fc.integer({ min: 1, max: 80 }),
      }),
      { selector: (entry) => entry.word, minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(arbitraryWords, fc.integer({ min: 1, max: 200 }), (entries, target) => {
        const words = entries
          .map((entry) => word(entry.word, entry.size))
          .sort((a, b) => Buffer.compare(Buffer.from(a.word), Buffer.from(b.word)));
        const ends = planChunks(words, target);
        expect(ends.at(-1)).toBe(words.length);
        const ranges = chunkRanges(words, ends);
        ends.forEach((end, i) => {
          const chunk = words.slice(i === 0 ? 0 : ends[i - 1], end);
          expect(chunk.length).toBeGreaterThan(0);
          const size = chunk.reduce((sum, w) => sum + w.bytes.length, 0);
          if (chunk.length > 1) expect(size).toBeLessThanOrEqual(target);
          expect(chunk[0]!.word.startsWith(ranges[i]![0])).toBe(true);
          expect(chunk.at(-1)!.word.startsWith(ranges[i]![1])).toBe(true);
          if (i > 0) expect(Buffer.compare(Buffer.from(ranges[i - 1]![1]), Buffer.from(ranges[i]![0]))).toBe(-1);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('fragments', () => {
  it('keep the anchors that become sub-results and drop the copies of paragraph text', () => {
    const fragment = {
      url: '/de/artikel/x/',
      anchors: [
        { element: 'p', id: 'p-1', text: 'Ein ganzer Absatz.', location: 0 },
        { element: 'h2', id: 'teil', text: 'Teil', location: 4 },
        { element: 'h3', id: 'leer', text: ' ', location: 6 },
        { element: 'span', id: 's', title: 'Benannt', text: 'x', location: 8 },
      ],
    };
    expect(withoutUnusedAnchors(fragment).anchors!.map((anchor) => (anchor as { id: string }).id)).toEqual(['teil', 's']);
    expect(withoutUnusedAnchors({ url: '/x/' })).toEqual({ url: '/x/' });
  });
});
