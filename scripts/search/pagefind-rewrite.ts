/**
 * Rewrites a bundle that Pagefind has just written, so that a first search fetches less
 * (the formats and rules are in scripts/search/pagefind-bundle.ts):
 * - the word index is regrouped into chunks sized for the index and split between word families;
 * - each fragment loses the anchors the client ignores (and, for German, the compound marks);
 * - chunks and fragments are named by their position (in decimal, which gzip packs best) in a folder
 *   named by their joint content, so the metadata, which every search loads and which names every page
 *   and chunk, holds short names that compress well instead of a random hash each (any change renames
 *   the folder, so caches stay right);
 * - the WebAssembly and the metadata are compressed again with Zopfli (5 % smaller, still gzip);
 * - the metadata and pagefind-entry.json are written to match.
 * Queries find what Pagefind's own bundle finds, or more of what the whole index holds
 * (tests/site/search-bundle.test.ts).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import {
  chunkRanges,
  chunkTarget,
  contentName,
  decodeMeta,
  decodeWordChunk,
  encodeMeta,
  encodeWordChunk,
  type EncodedWord,
  type Fragment,
  type MetaChunk,
  type MetaPage,
  PAGEFIND_FORMAT,
  pack,
  planChunks,
  unpack,
  withoutUnusedAnchors,
} from './pagefind-bundle.ts';

export interface RewriteSummary {
  chunks: { before: number; after: number; target: number };
  fragmentBytes: { before: number; after: number };
  wasmBytes: { before: number; after: number };
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

export interface RewriteOptions {
  /** Changes a fragment's JSON text before it is parsed (the compound marks are removed there). */
  editText?: (text: string) => string;
  /** Word-chunk size in encoded bytes instead of chunkTarget's; Infinity keeps the whole index in one chunk. */
  chunkBytes?: number;
}

export async function rewriteBundle(
  dir: string,
  lang: string,
  { editText = (text) => text, chunkBytes }: RewriteOptions = {},
): Promise<RewriteSummary> {
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Entry;
  const language = entry.languages[lang];
  if (entry.version !== PAGEFIND_FORMAT || !language) {
    throw new Error(
      `${entryPath}: Pagefind ${entry.version} with languages ${Object.keys(entry.languages).join(', ')}; scripts/search/pagefind-rewrite.ts expects ${PAGEFIND_FORMAT} with "${lang}": pin pagefind to ${PAGEFIND_FORMAT} or update scripts/search/pagefind-bundle.ts`,
    );
  }
  const metaPath = join(dir, `pagefind.${language.hash}.pf_meta`);
  const meta = decodeMeta(readFileSync(metaPath), metaPath);
  const fragmentBytes = rewriteFragments(join(dir, 'fragment'), lang, meta[1], editText);
  const before = meta[2].length;
  const { chunks, target } = rechunk(join(dir, 'index'), lang, meta[2], chunkBytes);
  meta[2] = chunks;
  const metaFile = await zopfli(encodeMeta(meta));
  const metaHash = contentName(lang, metaFile, 10);
  rmSync(metaPath);
  writeFileSync(join(dir, `pagefind.${metaHash}.pf_meta`), metaFile);
  language.hash = metaHash;
  writeFileSync(entryPath, JSON.stringify(entry));
  const wasmBytes = await recompress(join(dir, `wasm.${language.wasm}.pagefind`));
  return { chunks: { before, after: chunks.length, target }, fragmentBytes, wasmBytes };
}

/**
 * The same bytes in a smaller gzip (Zopfli, about 5 %), for the two files every first search loads: the
 * WebAssembly and the metadata. It takes seconds per megabyte, too slow for the thousands of other files.
 */
async function zopfli(file: Buffer): Promise<Buffer> {
  const smaller = Buffer.from(await gzipAsync(gunzipSync(file), { numiterations: 5 }));
  return smaller.length < file.length ? smaller : file;
}

async function recompress(path: string): Promise<RewriteSummary['wasmBytes']> {
  const file = readFileSync(path);
  const smaller = await zopfli(file);
  writeFileSync(path, smaller);
  return { before: file.length, after: smaller.length };
}

function rewriteFragment(file: Buffer, path: string, editText: (text: string) => string, grouped: boolean): Buffer {
  const data = JSON.parse(editText(unpack(file, path).toString('utf8'))) as Fragment | Record<string, Fragment>;
  const slim = grouped
    ? Object.fromEntries(Object.entries(data as Record<string, Fragment>).map(([hash, fragment]) => [hash, withoutUnusedAnchors(fragment)]))
    : withoutUnusedAnchors(data as Fragment);
  return pack(JSON.stringify(slim));
}

/** Rewrites every fragment file and renames the single ones; `pages` (the metadata's page list) is updated in place. */
function rewriteFragments(
  dir: string,
  lang: string,
  pages: MetaPage[],
  editText: (text: string) => string,
): RewriteSummary['fragmentBytes'] {
  const bytes = { before: 0, after: 0 };
  const read = (name: string) => {
    const path = join(dir, `${name}.pf_fragment`);
    const file = readFileSync(path);
    bytes.before += file.length;
    rmSync(path);
    return { file, path };
  };
  // Identical pages share one fragment file under one hash; each file is rewritten once.
  const single = new Map<string, Buffer>();
  const groups = new Set<string>();
  for (const [hash, , group] of pages) {
    if (group) groups.add(group);
    else if (!single.has(hash)) {
      const { file, path } = read(hash);
      single.set(hash, rewriteFragment(file, path, editText, false));
    }
  }
  for (const group of groups) {
    const { file, path } = read(group);
    const rewritten = rewriteFragment(file, path, editText, true);
    writeFileSync(path, rewritten);
    bytes.after += rewritten.length;
  }
  const folder = contentName(lang, Buffer.concat([...single.values()]));
  mkdirSync(join(dir, folder), { recursive: true });
  const names = new Map<string, string>();
  for (const [hash, file] of single) {
    const name = `${folder}/${names.size}`;
    names.set(hash, name);
    writeFileSync(join(dir, `${name}.pf_fragment`), file);
    bytes.after += file.length;
  }
  for (const page of pages) if (!page[2]) page[0] = names.get(page[0])!;
  const left = readdirSync(dir).filter((name) => name.endsWith('.pf_fragment'));
  if (left.length > groups.size)
    throw new Error(`${dir}: ${left.length - groups.size} fragment files belong to no page; Pagefind's layout changed?`);
  return bytes;
}

/** Reads every word-index chunk, deletes it, and writes the words again in chunks planned by planChunks. */
function rechunk(dir: string, lang: string, old: MetaChunk[], chunkBytes?: number): { chunks: MetaChunk[]; target: number } {
  const words: EncodedWord[] = [];
  for (const [, , hash] of old) {
    const path = join(dir, `${hash}.pf_index`);
    words.push(...decodeWordChunk(readFileSync(path), path));
    rmSync(path);
  }
  for (let i = 1; i < words.length; i++) {
    if (Buffer.compare(Buffer.from(words[i - 1]!.word), Buffer.from(words[i]!.word)) >= 0) {
      throw new Error(`${dir}: Pagefind's words are not in byte order at "${words[i]!.word}"; its layout changed?`);
    }
  }
  const target = chunkBytes ?? chunkTarget(words.reduce((sum, word) => sum + word.bytes.length, 0));
  const ends = planChunks(words, target);
  const ranges = chunkRanges(words, ends);
  const files = ends.map((end, i) => encodeWordChunk(words.slice(i === 0 ? 0 : ends[i - 1], end)));
  const folder = contentName(lang, Buffer.concat(files));
  mkdirSync(join(dir, folder), { recursive: true });
  const chunks = files.map((file, i): MetaChunk => {
    const name = `${folder}/${i}`;
    writeFileSync(join(dir, `${name}.pf_index`), file);
    return [...ranges[i]!, name];
  });
  return { chunks, target };
}
