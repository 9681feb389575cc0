/** Which built pages the sitemap lists, and their hreflang alternates: the same counterparts the pages link. */
import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alternatesFor, pageForPath, type ParsedPath } from './urls.ts';

export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * Whether a built page belongs in the sitemap: not when its <head> asks search engines not to index it.
 * A URL outside the scheme of src/routing/urls.ts is a build error, since its alternates would be unknown.
 */
export function belongsInSitemap(url: string, site: URL, outDir: URL): boolean {
  pageAt(url);
  const path = new URL(url).pathname.slice(site.pathname.length);
  return !isNoindex(readHead(fileURLToPath(new URL(`${path}index.html`, outDir))));
}

/** The page's alternates, in the sitemap's form: the integration's own i18n pairing matches equal paths, ours differ per language. */
export function sitemapLinks(url: string, site: URL): SitemapLink[] {
  return alternatesFor(pageAt(url).ref, site).map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
}

function pageAt(url: string): ParsedPath {
  const page = pageForPath(new URL(url).pathname);
  if (!page) throw new Error(`sitemap: ${url} is not a page src/routing/urls.ts knows; add its PageRef to pageForPath there`);
  return page;
}

/** True when some <meta name="robots"> in the text says noindex. */
export function isNoindex(head: string): boolean {
  return [...head.matchAll(/<meta\b[^>]*>/gi)].some(
    ([tag]) => /\bname=["']?robots\b/i.test(tag) && /\bcontent=["'][^"']*\bnoindex\b/i.test(tag),
  );
}

const CHUNK = 4_096;

/** A built page up to the end of its <head>: enough for robots, and cheap across tens of thousands of pages. */
function readHead(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let text = '';
    for (let read = readSync(descriptor, buffer); read > 0; read = readSync(descriptor, buffer)) {
      text += buffer.toString('latin1', 0, read);
      const end = text.indexOf('</head>');
      if (end >= 0) return text.slice(0, end);
    }
    return text;
  } finally {
    closeSync(descriptor);
  }
}
