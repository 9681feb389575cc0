/**
 * Pagefind 1.6's bundle files and the rewrite that makes a first search lighter. Every file is
 * gzip("pagefind_dcd" + payload): CBOR for the metadata and the word index, JSON for page fragments.
 * The layout is Pagefind's internal one (pagefind/src/index/*.rs), so reading checks the version.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Decoder, Encoder } from 'cbor-x';

/** The Pagefind release whose file layout this module reads and writes. */
export const PAGEFIND_FORMAT = '1.6.0';
const SIGNATURE = 'pagefind_dcd';
// Plain CBOR as Pagefind's minicbor writes it: no record extension, no tags (re-encoding is byte-identical).
const cbor = { decoder: new Decoder({ useRecords: false }), encoder: new Encoder({ useRecords: false }) };
const decode = (bytes: Uint8Array): unknown => cbor.decoder.decode(bytes);
export const encode = (value: unknown): Buffer => cbor.encoder.encode(value);

/** A metadata entry per page: fragment name, word count, fragment group ("" for a file of its own). */
export type MetaPage = [hash: string, wordCount: number, group: string];
/** A word-index chunk: a query term loads the chunk whose range holds it. */
export type MetaChunk = [from: string, to: string, hash: string];
/** pagefind.<lang>_<hash>.pf_meta, loaded with the WebAssembly when search starts. */
export type Meta = [
  version: string,
  pages: MetaPage[],
  chunks: MetaChunk[],
  filters: [string, string][],
  sorts: unknown[],
  fields: unknown[],
];
/** One word in the index, already encoded: chunks are concatenations of these. */
export interface EncodedWord {
  word: string;
  bytes: Uint8Array;
}

/** The payload of a Pagefind file; `name` is for the error. */
export function unpack(file: Uint8Array, name: string): Buffer {
  let payload: Buffer;
  try {
    payload = gunzipSync(file);
  } catch {
    throw new Error(`${name}: not gzip, so not a Pagefind ${PAGEFIND_FORMAT} file; rebuild the search index (npm run build)`);
  }
  if (payload.toString('latin1', 0, SIGNATURE.length) !== SIGNATURE) {
    throw new Error(
      `${name}: no "${SIGNATURE}" signature, so not a Pagefind ${PAGEFIND_FORMAT} file; check the pagefind version in package.json`,
    );
  }
  return payload.subarray(SIGNATURE.length);
}

/** A Pagefind file for `payload`. Default gzip level: level 9 made the word index 1 % smaller in 4.5 times the time. */
export function pack(payload: Uint8Array | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), body]));
}

export function decodeMeta(file: Uint8Array, name: string): Meta {
  const meta = decode(unpack(file, name)) as Meta;
  if (!Array.isArray(meta) || meta[0] !== PAGEFIND_FORMAT || !Array.isArray(meta[1]) || !Array.isArray(meta[2])) {
    throw new Error(
      `${name}: Pagefind metadata of version ${JSON.stringify(Array.isArray(meta) ? meta[0] : meta)}, but scripts/search/pagefind-bundle.ts reads ${PAGEFIND_FORMAT}; pin pagefind to ${PAGEFIND_FORMAT} or update the module for the new layout`,
    );
  }
  return meta;
}

export const encodeMeta = (meta: Meta): Buffer => pack(encode(meta));

/** The words of one .pf_index file, each re-encoded on its own so that chunks can be regrouped. */
export function decodeWordChunk(file: Uint8Array, name: string): EncodedWord[] {
  const chunk = decode(unpack(file, name)) as [[string, ...unknown[]][]];
  if (!Array.isArray(chunk) || !Array.isArray(chunk[0])) throw new Error(`${name}: not a Pagefind ${PAGEFIND_FORMAT} word index`);
  return chunk[0].map((entry) => ({ word: entry[0], bytes: encode(entry) }));
}

/** A .pf_index file of `words`: CBOR [[word, …]], written without decoding the words again. */
export function encodeWordChunk(words: readonly EncodedWord[]): Buffer {
  return pack(Buffer.concat([Buffer.from([0x81]), cborArrayHead(words.length), ...words.map((word) => word.bytes)]));
}

/** The head of a definite-length CBOR array (major type 4) of `length` items. */
export function cborArrayHead(length: number): Buffer {
  if (length < 24) return Buffer.from([0x80 | length]);
  if (length < 0x100) return Buffer.from([0x98, length]);
  if (length < 0x10000) return Buffer.from([0x99, length >> 8, length & 0xff]);
  const head = Buffer.alloc(5);
  head[0] = 0x9a;
  head.writeUInt32BE(length, 1);
  return head;
}

/**
 * How large a word-index chunk should be, in encoded bytes. Every search loads the metadata, which lists
 * each chunk (~13 bytes gzipped), and then a chunk or two: small chunks make a long list, large ones a
 * heavy load. √(128·total) fetched least, in metadata plus chunks, over four queries in `npm run bench`'s
 * corpus (targets 12–48 KB tried at 1,000 articles, 37–131 KB at 10,000): 33 KB and 103 KB there.
 */
export function chunkTarget(totalBytes: number): number {
  return Math.max(4096, Math.round(Math.sqrt(128 * totalBytes)));
}

/**
 * Groups sorted words into chunks of about `target` bytes, splitting where the words share the shortest
 * prefix: a trie over the words is cut as near its root as the size allows, and neighbouring pieces are
 * joined while they fit. A word family ("werd", "werde", "werden", "werdend") thus stays in one chunk
 * unless it outgrows the target, so the chunks Pagefind loads for a term and for its stem (it then looks
 * for every loaded word that begins with the stem) are mostly one. Pagefind cuts after a fixed 20,000
 * word locations wherever that falls: "werden" loaded two chunks of 32 KB at 1,000 articles.
 * Returns the index after each chunk's last word.
 */
export function planChunks(words: readonly EncodedWord[], target: number): number[] {
  const chars = words.map((word) => Array.from(word.word));
  const split = (from: number, to: number, depth: number): { end: number; size: number }[] => {
    let size = 0;
    for (let i = from; i < to; i++) size += words[i]!.bytes.length;
    if (size <= target || to - from === 1) return [{ end: to, size }];
    const pieces: { end: number; size: number }[] = [];
    for (let start = from; start < to;) {
      let end = start + 1;
      while (end < to && chars[end]![depth] === chars[start]![depth]) end++;
      for (const piece of split(start, end, depth + 1)) {
        const last = pieces.at(-1);
        if (last && last.size + piece.size <= target) Object.assign(last, { end: piece.end, size: last.size + piece.size });
        else pieces.push(piece);
      }
      start = end;
    }
    return pieces;
  };
  return words.length ? split(0, words.length, 0).map((piece) => piece.end) : [];
}

/**
 * Pagefind's range for each chunk (pagefind/src/index/mod.rs, chunk_meta): neighbouring chunks meet at
 * the shortest prefixes of their edge words that tell them apart.
 */
export function chunkRanges(words: readonly EncodedWord[], ends: readonly number[]): [from: string, to: string][] {
  const ranges = ends.map((end, i): [string, string] => [words[i === 0 ? 0 : ends[i - 1]!]!.word, words[end - 1]!.word]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const left = Array.from(ranges[i]![1]);
    const right = Array.from(ranges[i + 1]![0]);
    let common = 0;
    while (common < left.length && common < right.length && left[common] === right[common]) common++;
    ranges[i]![1] = left.slice(0, common + 1).join('');
    ranges[i + 1]![0] = right.slice(0, common + 1).join('');
  }
  return ranges;
}

/** Pagefind-style name for content: language, underscore, the start of the content's SHA-256 in hex. */
export function contentName(lang: string, content: Uint8Array, length = 7): string {
  return `${lang}_${createHash('sha256').update(content).digest('hex').slice(0, length)}`;
}

interface Anchor {
  element?: string;
  title?: string;
  text?: string;
}
/** A page fragment: what Pagefind's client reads to show a result. */
export interface Fragment {
  anchors?: Anchor[];
  [field: string]: unknown;
}

/**
 * Keeps only the anchors Pagefind's client turns into sub-results (pagefind.js, calculate_sub_results:
 * headings with text, or anchors with a title). Every paragraph of ours has an id for its permalink,
 * and Pagefind stores each with its full text: a second copy of the page in every fragment.
 */
export function withoutUnusedAnchors(fragment: Fragment): Fragment {
  if (!fragment.anchors) return fragment;
  const used = (anchor: Anchor) =>
    Boolean(anchor.title && /\S/.test(anchor.title)) ||
    (/h\d/i.test(anchor.element ?? '') && Boolean(anchor.text && /\S/.test(anchor.text)));
  return { ...fragment, anchors: fragment.anchors.filter(used) };
}
