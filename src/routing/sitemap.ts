/** Which built pages the sitemap lists, and their hreflang alternates: the same counterparts the pages link. */
import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildsPage, shardName, type Shard } from './shards.ts';
import { alternatesFor, pageForPath, siteFile, type ParsedPath } from './urls.ts';

/** The sitemaps protocol's limit of URLs per file: each child sitemap holds at most this many. */
export const SITEMAP_URL_LIMIT = 50_000;

/**
 * How @astrojs/sitemap names its files ("<base>-index.xml", "<base>-0.xml", …). A whole build writes the site's
 * sitemap index itself; a shard writes an index of its own children, which the merge joins (joinSitemapIndexes).
 */
export function sitemapFileBase(shard?: Shard): string {
  const base = siteFile({ kind: 'sitemapIndex' }).replace(/-index\.xml$/, '');
  return shard ? `${base}-${shardName(shard)}` : base;
}

/** One sitemap index listing every child sitemap of the shards' indexes (their texts), in the order given. */
export function joinSitemapIndexes(indexes: string[]): string {
  const [first] = indexes;
  const open = first?.indexOf('<sitemapindex');
  if (first === undefined || open === undefined || open < 0) throw new Error('sitemap: no shard wrote a sitemap index to join');
  const head = first.slice(0, first.indexOf('>', open) + 1);
  const children = indexes.flatMap((text) => text.match(/<sitemap>[\s\S]*?<\/sitemap>/g) ?? []);
  return `${head}${children.join('')}</sitemapindex>`;
}

export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * Whether a built page belongs in the sitemap: not when its <head> asks search engines not to index it, nor
 * in a shard's sitemap when another shard owns it (every shard builds the language chooser).
 * A URL outside the scheme of src/routing/urls.ts is a build error, since its alternates would be unknown.
 */
export function belongsInSitemap(url: string, site: URL, outDir: URL, shard?: Shard): boolean {
  const { lang, ref } = pageAt(url);
  if (!buildsPage(shard, lang, ref)) return false;
  const path = new URL(url).pathname.slice(site.pathname.length);
  return !isNoindex(readHead(fileURLToPath(new URL(`${path}index.html`, outDir))));
}

/** The page's alternates, in the sitemap's form: the integration's own i18n pairing matches equal paths, ours differ per language. */
export function sitemapLinks(url: string, site: URL): SitemapLink[] {
  return alternatesFor(pageAt(url), site).map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
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
