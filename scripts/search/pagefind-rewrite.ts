/**
 * What happens to a bundle after Pagefind has written it, in two tiers (sizes: README, "Search").
 *
 * Tier 1, on any Pagefind version, needing only the gzip envelope and the text: the compound marks are
 * deleted from every fragment, and the WebAssembly and the metadata are compressed again with Zopfli.
 *
 * Tier 2, only when this build's metadata decodes and encodes again byte for byte with
 * scripts/search/pagefind-bundle.ts: chunks and fragments are named by their position (in decimal, which
 * gzip packs best) in a folder named by their joint content, so the metadata, which every search loads and
 * which names every page and chunk, holds short names instead of a hash each (any change renames the
 * folder, so caches stay right). The files themselves move unchanged. When the round trip fails, the build
 * warns, naming the file, and keeps Pagefind's own names: the same results, a heavier first search.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { contentName, decodeMeta, encode, type Meta, pack, unpack } from './pagefind-bundle.ts';

/**
 * Set to `fail` to make the round trip fail, so the bundle keeps Pagefind's own layout
 * (tests/site/search-bundle.test.ts tests that fallback).
 */
export const FORCE_FALLBACK_VARIABLE = 'PAGEFIND_REWRITE_CHECK';

export interface RewriteSummary {
  /** Why tier 2 did not run (the file and what failed); undefined when it ran. */
  fallback?: string;
  wasmBytes: { before: number; after: number };
  metaBytes: { before: number; after: number };
}

interface Entry {
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

/** Rewrites the bundle in `dir`; `editText` changes each fragment's text (the compound marks are removed there). */
export async function rewriteBundle(dir: string, lang: string, editText?: (text: string) => string): Promise<RewriteSummary> {
  if (editText) editFragments(join(dir, 'fragment'), editText);
  const wasmBytes = await recompress(dir, (name) => name.startsWith('wasm.') && name.endsWith('.pagefind'), { cached: true });
  const metaBefore = metaFile(dir);
  const fallback = renameFiles(dir, lang);
  if (fallback) {
    console.warn(
      `search index: ${lang}: WARNING ${fallback}. The bundle keeps Pagefind's own file names (same results, a heavier first search): ` +
        'update scripts/search/pagefind-bundle.ts for this Pagefind version',
    );
  }
  const metaBytes = await recompress(dir, (name) => name.endsWith('.pf_meta'));
  return {
    ...(fallback && { fallback }),
    wasmBytes,
    metaBytes: { before: metaBefore.length, after: metaBytes.after },
  };
}

function metaFile(dir: string): Buffer {
  const name = readdirSync(dir).find((file) => file.endsWith('.pf_meta'));
  return name ? readFileSync(join(dir, name)) : Buffer.alloc(0);
}

function gunzipFile(file: Buffer, path: string): Buffer {
  try {
    return gunzipSync(file);
  } catch {
    throw new Error(`${path}: not gzip. Pagefind's files are gzip in every 1.x version; scripts/search/pagefind-rewrite.ts needs updating`);
  }
}

/** Tier 1: each fragment's text edited inside its gzip envelope, under its own name. */
function editFragments(dir: string, editText: (text: string) => string): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pf_fragment'))) {
    const path = join(dir, name);
    const text = gunzipFile(readFileSync(path), path).toString('utf8');
    const edited = editText(text);
    if (edited !== text) writeFileSync(path, gzipSync(Buffer.from(edited, 'utf8')));
  }
}

/** Zopfli's passes over the input: 5 gives most of its gain over zlib's best, in a fifth of the default 15's time. */
const ZOPFLI_ITERATIONS = 5;
/** Zopfli's output for inputs seen before, by their hash (npm's usual place for tools' caches). */
const ZOPFLI_CACHE = fileURLToPath(new URL('../../node_modules/.cache/zopfli/', import.meta.url));

/**
 * `data` gzipped by Zopfli. With `cached`, the result is kept under the input's hash: Pagefind's WebAssembly is
 * the same bytes in every build of one Pagefind version, and Zopfli takes over a second for it.
 */
async function zopfli(data: Buffer, cached: boolean): Promise<Buffer> {
  const compress = async () => Buffer.from(await gzipAsync(data, { numiterations: ZOPFLI_ITERATIONS }));
  if (!cached) return compress();
  const path = join(ZOPFLI_CACHE, `${createHash('sha256').update(data).digest('hex')}-${ZOPFLI_ITERATIONS}.gz`);
  if (existsSync(path)) {
    try {
      const kept = readFileSync(path);
      if (gunzipSync(kept).equals(data)) return kept;
    } catch {
      // A damaged cache file is made again below, never shipped.
    }
  }
  const compressed = await compress();
  mkdirSync(ZOPFLI_CACHE, { recursive: true });
  // Shard jobs may write the same entry at once: each writes a file of its own, then renames it into place.
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, compressed);
  renameSync(partial, path);
  return compressed;
}

/**
 * Tier 1: the same bytes in a smaller gzip (Zopfli, about 5 %), for the files of `dir` (not its folders)
 * that `pick` names: the two every first search loads. Zopfli takes seconds per megabyte, too slow for the rest.
 */
async function recompress(dir: string, pick: (name: string) => boolean, { cached = false } = {}): Promise<RewriteSummary['wasmBytes']> {
  const bytes = { before: 0, after: 0 };
  for (const name of readdirSync(dir).filter(pick)) {
    const path = join(dir, name);
    const file = readFileSync(path);
    const smaller = await zopfli(gunzipFile(file, path), cached);
    const written = smaller.length < file.length ? smaller : file;
    writeFileSync(path, written);
    bytes.before += file.length;
    bytes.after += written.length;
  }
  return bytes;
}

/**
 * The bundle's entry and metadata, if the metadata decodes and encodes back to the same bytes and names
 * exactly the chunk and fragment files there are; otherwise what failed, starting with the file's path.
 */
function readLayout(dir: string, lang: string): { entry: Entry; metaPath: string; meta: Meta } | string {
  const entryPath = join(dir, 'pagefind-entry.json');
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Entry;
  } catch (error) {
    return `${entryPath}: ${(error as Error).message}`;
  }
  const hash = entry?.languages?.[lang]?.hash;
  if (typeof hash !== 'string') return `${entryPath}: no language "${lang}" with a metadata hash`;
  const metaPath = join(dir, `pagefind.${hash}.pf_meta`);
  if (process.env[FORCE_FALLBACK_VARIABLE] === 'fail') return `${metaPath}: round trip forced to fail by ${FORCE_FALLBACK_VARIABLE}=fail`;
  let meta: Meta;
  try {
    const payload = unpack(readFileSync(metaPath), metaPath);
    meta = decodeMeta(payload);
    if (!encode(meta).equals(payload)) return `${metaPath}: decodes and encodes to different bytes`;
  } catch (error) {
    return `${metaPath}: ${(error as Error).message.replace(`${metaPath}: `, '')}`;
  }
  const files = (folder: string, extension: string) =>
    readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith(extension))
      .map((file) => file.slice(0, -extension.length))
      .sort();
  const named = (names: string[]) => [...new Set(names)].sort();
  const fragments = named(meta[1].map(([hash, , group]) => group || hash));
  if (JSON.stringify(files('fragment', '.pf_fragment')) !== JSON.stringify(fragments))
    return `${metaPath}: its pages do not name exactly the files in fragment/`;
  if (JSON.stringify(files('index', '.pf_index')) !== JSON.stringify(named(meta[2].map(([, , hash]) => hash))))
    return `${metaPath}: its chunks do not name exactly the files in index/`;
  return { entry, metaPath, meta };
}

/** Tier 2: chunks and fragments renamed by position, the metadata and entry written to match; or why not. */
function renameFiles(dir: string, lang: string): string | undefined {
  const layout = readLayout(dir, lang);
  if (typeof layout === 'string') return layout;
  const { entry, metaPath, meta } = layout;
  // Identical pages share a group file, which keeps its name; every other page has a file of its own.
  const single = [...new Set(meta[1].filter(([, , group]) => !group).map(([hash]) => hash))];
  const fragmentNames = moveByPosition(join(dir, 'fragment'), '.pf_fragment', lang, single);
  const chunkNames = moveByPosition(
    join(dir, 'index'),
    '.pf_index',
    lang,
    meta[2].map(([, , hash]) => hash),
  );
  for (const page of meta[1]) if (!page[2]) page[0] = fragmentNames.get(page[0])!;
  for (const chunk of meta[2]) chunk[2] = chunkNames.get(chunk[2])!;
  const file = pack(encode(meta));
  const hash = contentName(lang, [file], 10);
  rmSync(metaPath);
  writeFileSync(join(dir, `pagefind.${hash}.pf_meta`), file);
  entry.languages[lang]!.hash = hash;
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify(entry));
  return undefined;
}

/** Moves the files named `names` into a folder named by their joint content, each named by its position there. */
function moveByPosition(dir: string, extension: string, lang: string, names: string[]): Map<string, string> {
  const path = (name: string) => join(dir, `${name}${extension}`);
  // Read one file at a time: the index of a large site does not fit in memory twice.
  const folder = contentName(
    lang,
    (function* () {
      for (const name of names) yield readFileSync(path(name));
    })(),
  );
  mkdirSync(join(dir, folder), { recursive: true });
  const moved = new Map(names.map((name, i) => [name, `${folder}/${i}`]));
  for (const [from, to] of moved) renameSync(path(from), path(to));
  return moved;
}
