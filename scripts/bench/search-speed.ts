/** Search speed and first-search bytes in Chromium against a built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium, type Page } from 'playwright-core';
import { chromiumBinary, freePort } from '../browser/chromium.ts';
import { isSearchFile, pathFor } from '../../src/routing/urls.ts';

export interface SearchTiming {
  query: string;
  /** Median over FIRST_RUNS fresh pages: one sample swings by tens of milliseconds on a shared machine. */
  firstMs: number;
  otherMs: number;
  repeatMs: number;
  /**
   * Compressed bytes fetched for search from opening the search page to the first results: Pagefind's
   * JS, WebAssembly, metadata, index chunks and excerpts, and the entity names the answers match against.
   * Files Pagefind already gzipped count as they are (a server sends them so); the rest gzip -9.
   */
  firstSearchBytes: number;
  /** The same for each query of the list, each from a fresh page: the worst and the median matter. */
  firstSearches: { query: string; bytes: number }[];
}

const FIRST_RUNS = 5;

/** The bytes a server sends for a file: as it is when already gzipped, else gzip -9. */
export function sentBytes(file: Buffer): number {
  return file[0] === 0x1f && file[1] === 0x8b ? file.length : gzipSync(file, { level: 9 }).length;
}

/** Types `query` into the search field and resolves with the milliseconds until its results (or none) are shown. */
async function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const status = document.getElementById('search-status')!;
        const input = document.getElementById('search-input') as HTMLInputElement;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          // The status names the query once the results (or that there are none) are shown.
          if (status.textContent?.includes(text)) {
            observer.disconnect();
            resolve(Math.round(performance.now() - started));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/**
 * `queries` holds what readers type (scripts/bench/corpus.ts); its first is timed as the first search, the second
 * as a query after it. The German search page is used: its compounds are split, its index is the larger.
 */
export async function measureSearch(root: string, [commonWord, otherWord, ...others]: string[]): Promise<SearchTiming> {
  const port = await freePort();
  const server = await preview({ root, server: { port, host: '127.0.0.1' }, logLevel: 'error' });
  const browser = await chromium.launch(await chromiumBinary());
  let page: Page | undefined;
  /** A first search for `query` on a fresh page (a new context: an empty cache); its time and the bytes it fetched. */
  const firstSearch = async (query: string) => {
    await page?.context().close();
    page = await (await browser.newContext()).newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`http://127.0.0.1:${port}${pathFor('de', { kind: 'search' })}`);
    await page.waitForLoadState('networkidle');
    const ms = await timeQuery(page, query);
    await page.waitForLoadState('networkidle');
    const bytes = fetched.filter(isSearchFile).reduce((sum, path) => sum + sentBytes(readFileSync(join(root, 'dist', path))), 0);
    return { ms, bytes };
  };
  try {
    const firstTimes: number[] = [];
    let firstSearchBytes = 0;
    for (let run = 0; run < FIRST_RUNS; run++) ({ ms: firstTimes[run], bytes: firstSearchBytes } = await firstSearch(commonWord!));
    const firstMs = firstTimes.sort((a, b) => a - b)[FIRST_RUNS >> 1]!;
    const otherMs = await timeQuery(page!, otherWord!);
    const repeatMs = await timeQuery(page!, commonWord!);
    const firstSearches = [{ query: commonWord!, bytes: firstSearchBytes }];
    for (const query of [otherWord!, ...others]) firstSearches.push({ query, bytes: (await firstSearch(query)).bytes });
    return { query: commonWord!, firstMs, otherMs, repeatMs, firstSearchBytes, firstSearches };
  } finally {
    await page?.context().close();
    await browser.close();
    await server.stop();
  }
}
