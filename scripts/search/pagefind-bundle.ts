/**
 * Pagefind 1.6's metadata file, for the tier-2 renaming in scripts/search/pagefind-rewrite.ts. Every
 * Pagefind file is gzip("pagefind_dcd" + payload): CBOR for the metadata and the word index, JSON for page
 * fragments. The metadata's layout is Pagefind's internal one (pagefind/src/index/index_metadata.rs), so
 * the rewrite uses it only after this build's own metadata has been decoded and encoded again byte for byte.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Decoder, Encoder } from 'cbor-x';

const SIGNATURE = 'pagefind_dcd';
// Plain CBOR as Pagefind's minicbor writes it: no record extension, no tags.
const cbor = { decoder: new Decoder({ useRecords: false }), encoder: new Encoder({ useRecords: false }) };
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

/** The payload of a Pagefind file; `name` is for the error. */
export function unpack(file: Uint8Array, name: string): Buffer {
  let payload: Buffer;
  try {
    payload = gunzipSync(file);
  } catch {
    throw new Error(`${name}: not gzip, so not a Pagefind file; rebuild the search index (npm run build)`);
  }
  if (payload.toString('latin1', 0, SIGNATURE.length) !== SIGNATURE) {
    throw new Error(`${name}: no "${SIGNATURE}" signature, so not a Pagefind 1.x file; check the pagefind version in package.json`);
  }
  return payload.subarray(SIGNATURE.length);
}

/** A Pagefind file for `payload`. */
export function pack(payload: Uint8Array | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), body]));
}

const isTuple = (value: unknown, types: readonly string[]) =>
  Array.isArray(value) && value.length === types.length && value.every((item, i) => typeof item === types[i]);

/** The metadata in a .pf_meta payload; throws when it does not have 1.6's shape. */
export function decodeMeta(payload: Uint8Array): Meta {
  const meta = cbor.decoder.decode(payload) as unknown;
  const shaped =
    Array.isArray(meta) &&
    meta.length === 6 &&
    typeof meta[0] === 'string' &&
    Array.isArray(meta[1]) &&
    meta[1].every((page) => isTuple(page, ['string', 'number', 'string'])) &&
    Array.isArray(meta[2]) &&
    meta[2].every((chunk) => isTuple(chunk, ['string', 'string', 'string'])) &&
    Array.isArray(meta[3]) &&
    meta[3].every((filter) => isTuple(filter, ['string', 'string']));
  if (!shaped)
    throw new Error('not [version, pages [hash, words, group], chunks [from, to, hash], filters [name, hash], …] as in Pagefind 1.6');
  return meta as Meta;
}

/** Pagefind-style name for content: language, underscore, the start of the SHA-256 of the pieces joined, in hex. */
export function contentName(lang: string, pieces: Iterable<Uint8Array>, length = 7): string {
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  return `${lang}_${hash.digest('hex').slice(0, length)}`;
}
