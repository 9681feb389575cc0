/** A Pagefind bundle's own browser code (pagefind.js and its WebAssembly), run in Node against files on disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unpack } from '../../scripts/search/pagefind-bundle.ts';
import type { Pagefind } from '../../src/search/pagefind-client.ts';
import { PAGEFIND_SEARCH_OPTIONS } from '../../src/search/state.ts';

export type { PagefindResult } from '../../src/search/pagefind-client.ts';
/** The bundle's module, as the search page calls it. */
export type PagefindModule = Pagefind;

/** Bundle folders by the host name their pagefind.js fetches from. */
const bundleFolders = new Map<string, string>();
const realFetch = globalThis.fetch;
function fetchFromBundles(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const folder = bundleFolders.get(url.host);
  return folder ? Promise.resolve(new Response(readFileSync(join(folder, url.pathname)))) : realFetch(input, init);
}

/** Loads the bundle in folder `part` of `folder` ("" for `folder` itself), served under a host name of its own (each import is a separate module instance), with the search page's options. */
async function loadPart(folder: string, host: string, part: string): Promise<PagefindModule> {
  bundleFolders.set(host, folder);
  globalThis.fetch = fetchFromBundles as typeof fetch;
  const base = part ? `${part}/` : '';
  const module = (await import(/* @vite-ignore */ `${pathToFileURL(join(folder, base, 'pagefind.js')).href}?${host}`)) as PagefindModule;
  await module.options({ basePath: `http://${host}/${base}`, baseUrl: '/', ...PAGEFIND_SEARCH_OPTIONS });
  await module.init();
  return module;
}

/** Loads the bundle in `dir`. */
export function loadBundle(dir: string, host: string): Promise<PagefindModule> {
  return loadPart(dir, host, '');
}

/**
 * A language's search as the search page loads it (src/scripts/search.ts): the bundles that the parts file in
 * `folder` (the language's folder of a built site) lists, the first loaded and the others merged into it.
 */
export async function loadSearch(folder: string, host: string): Promise<PagefindModule> {
  const parts = join(folder, 'parts.json');
  const [first, ...others] = JSON.parse(readFileSync(parts, 'utf8')) as string[];
  if (first === undefined) throw new Error(`${parts} lists no bundle`);
  const module = await loadPart(folder, host, first);
  await Promise.all(others.map((part) => module.mergeIndex(`http://${host}/${part}/`, { baseUrl: '/', ...PAGEFIND_SEARCH_OPTIONS })));
  return module;
}

/** Gives `fetch` back once no test needs the bundles. */
export function unloadBundles(): void {
  bundleFolders.clear();
  globalThis.fetch = realFetch;
}

/** A fragment file as Pagefind writes it: the page's text, fields and anchors. */
export interface FragmentFile {
  url: string;
  content: string;
  anchors?: { element: string; id: string; text?: string; location: number }[];
  [field: string]: unknown;
}

/** Every fragment of a bundle, decoded, by page URL. */
export function fragmentsByUrl(bundle: string): Map<string, FragmentFile> {
  const byUrl = new Map<string, FragmentFile>();
  const dir = join(bundle, 'fragment');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pf_fragment'))) {
    const fragment = JSON.parse(unpack(readFileSync(join(dir, name)), name).toString('utf8')) as FragmentFile;
    byUrl.set(fragment.url, fragment);
  }
  return byUrl;
}
