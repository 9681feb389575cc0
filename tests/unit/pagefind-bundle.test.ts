import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { decodeMeta, encode, type Meta, pack, unpack } from '../../scripts/search/pagefind-bundle.ts';
import { FORCE_FALLBACK_VARIABLE, rewriteBundle } from '../../scripts/search/pagefind-rewrite.ts';

const root = mkdtempSync(join(tmpdir(), 'pagefind-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env[FORCE_FALLBACK_VARIABLE];
});

describe('Pagefind files', () => {
  it('read back what they were written with, and name the file that is not one', () => {
    expect(unpack(pack('{"a":1}'), 'x').toString()).toBe('{"a":1}');
    expect(() => unpack(Buffer.from('plain text'), 'fragment/x.pf_fragment')).toThrow(/fragment\/x\.pf_fragment: not gzip/);
    expect(() => unpack(gzipSync('{"a":1}'), 'index/y.pf_index')).toThrow(
      /index\/y\.pf_index: no "pagefind_dcd" signature.*pagefind version/,
    );
  });

  it('take metadata of 1.6’s shape, whatever its version, and refuse another shape', () => {
    const meta: Meta = ['1.6.1', [['de_1', 10, '']], [['a', 'z', 'de_2']], [['date', 'de_3']], [], []];
    expect(decodeMeta(encode(meta))).toEqual(meta);
    expect(() => decodeMeta(encode(['1.7.0', [['de_1', 10]], [], [], [], []]))).toThrow(/pages \[hash, words, group\]/);
    expect(() => decodeMeta(encode({ version: '2.0.0' }))).toThrow(/as in Pagefind 1\.6/);
  });
});

/** A small bundle in Pagefind 1.6's layout: two pages, a page group of two identical pages, two chunks. */
function writeBundle(
  meta = (pages: Meta['1']): unknown => [
    '1.6.0',
    pages,
    [
      ['a', 'm', 'de_c1'],
      ['n', 'z', 'de_c2'],
    ],
    [],
    [],
    [],
  ],
): string {
  const dir = mkdtempSync(join(root, 'bundle-'));
  mkdirSync(join(dir, 'fragment'));
  mkdirSync(join(dir, 'index'));
  const fragments = {
    de_f1: '{"url":"/a/","content":"Rechen|leistung"}',
    de_f2: '{"url":"/b/","content":"Strom"}',
    de_g1: '{"x":{"url":"/c/"}}',
  };
  for (const [name, text] of Object.entries(fragments)) writeFileSync(join(dir, 'fragment', `${name}.pf_fragment`), pack(text));
  for (const name of ['de_c1', 'de_c2']) writeFileSync(join(dir, 'index', `${name}.pf_index`), pack(encode([[[name, []]]])));
  const pages: Meta['1'] = [
    ['de_f1', 2, ''],
    ['de_f2', 1, ''],
    ['x', 1, 'de_g1'],
    ['y', 1, 'de_g1'],
  ];
  const payload = meta(pages);
  writeFileSync(join(dir, 'pagefind.de_m.pf_meta'), pack(Buffer.isBuffer(payload) ? payload : encode(payload)));
  writeFileSync(join(dir, 'wasm.de.pagefind'), gzipSync(Buffer.alloc(4096, 7)));
  writeFileSync(
    join(dir, 'pagefind-entry.json'),
    JSON.stringify({ version: '1.6.0', languages: { de: { hash: 'de_m', wasm: 'de', page_count: 4 } } }),
  );
  return dir;
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.includes('.'))
    .sort();
const readMeta = (dir: string) => {
  const name = readdirSync(dir).find((file) => file.endsWith('.pf_meta'))!;
  return { name, meta: decodeMeta(unpack(readFileSync(join(dir, name)), name)) };
};
const text = (dir: string, name: string) => unpack(readFileSync(join(dir, name)), name).toString('utf8');
const unmark = (value: string) => value.replaceAll('|', '');

describe('the rewrite', () => {
  it('names chunks and single fragments by position in content-named folders, and removes the marks', async () => {
    const dir = writeBundle();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const summary = await rewriteBundle(dir, 'de', unmark);
    expect(warn).not.toHaveBeenCalled();
    expect(summary.fallback).toBeUndefined();
    const { name, meta } = readMeta(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { de: { hash: string } } };
    expect(name).toBe(`pagefind.${entry.languages.de.hash}.pf_meta`);
    expect(meta[1].map(([hash, , group]) => group || hash)).toEqual([
      expect.stringMatching(/^de_[0-9a-f]{7}\/0$/),
      expect.stringMatching(/\/1$/),
      'de_g1',
      'de_g1',
    ]);
    expect(meta[2].map(([from, to, hash]) => [from, to, hash.replace(/^de_[0-9a-f]{7}\//, '')])).toEqual([
      ['a', 'm', '0'],
      ['n', 'z', '1'],
    ]);
    const named = [
      ...meta[1].map(([hash, , group]) => `fragment/${group || hash}.pf_fragment`),
      ...meta[2].map(([, , hash]) => `index/${hash}.pf_index`),
    ];
    expect(files(dir).filter((file) => /\.pf_(fragment|index)$/.test(file))).toEqual([...new Set(named)].sort());
    expect(text(dir, `fragment/${meta[1][0]![0]}.pf_fragment`)).toBe('{"url":"/a/","content":"Rechenleistung"}');
    expect(text(dir, `index/${meta[2][1]![2]}.pf_index`)).toEqual(unpack(pack(encode([[['de_c2', []]]])), 'c').toString('utf8'));
    expect(gunzipSync(readFileSync(join(dir, 'wasm.de.pagefind')))).toEqual(Buffer.alloc(4096, 7));
  });

  it('keeps Pagefind’s layout with a warning naming the metadata when it does not encode back byte for byte, and still removes the marks', async () => {
    // [… 10 …] written with a one-byte integer head (0x18 0x0a) where CBOR's shortest form is 0x0a.
    const dir = writeBundle((pages) => {
      const bytes = encode([
        '1.6.0',
        pages,
        [
          ['a', 'm', 'de_c1'],
          ['n', 'z', 'de_c2'],
        ],
        [],
        [],
        [],
      ]);
      const at = bytes.indexOf(Buffer.from([0x65, ...Buffer.from('de_f1'), 0x02]));
      return Buffer.concat([bytes.subarray(0, at + 6), Buffer.from([0x18, 0x02]), bytes.subarray(at + 7)]);
    });
    const before = files(dir);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const summary = await rewriteBundle(dir, 'de', unmark);
    expect(summary.fallback).toBe(`${join(dir, 'pagefind.de_m.pf_meta')}: decodes and encodes to different bytes`);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(`WARNING ${join(dir, 'pagefind.de_m.pf_meta')}`);
    expect(files(dir)).toEqual(before);
    expect(text(dir, 'fragment/de_f1.pf_fragment')).toBe('{"url":"/a/","content":"Rechenleistung"}');
  });

  it('keeps Pagefind’s layout when a fragment file belongs to no page, or when forced', async () => {
    const stray = writeBundle();
    writeFileSync(join(stray, 'fragment', 'de_zz.pf_fragment'), pack('{}'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await rewriteBundle(stray, 'de', unmark)).fallback).toMatch(/pf_meta: its pages do not name exactly the files in fragment\//);
    process.env[FORCE_FALLBACK_VARIABLE] = 'fail';
    const forced = writeBundle();
    const before = files(forced);
    expect((await rewriteBundle(forced, 'de', unmark)).fallback).toMatch(
      /pf_meta: round trip forced to fail by PAGEFIND_REWRITE_CHECK=fail/,
    );
    expect(files(forced)).toEqual(before);
  });
});
