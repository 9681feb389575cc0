/** Localized route segments and page counterparts: the one place that knows the URL scheme. */
import { siteUrlFromEnv } from './site-url.ts';

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A page independent of its language; its counterpart in the other language is `counterpart(ref)`, mostly the same reference. */
export type PageRef =
  /** `page` numbers the pages of the article list; 1 or absent is the home page itself. */
  | { kind: 'home'; page?: number }
  /** A German article (de) and its English summary (en) share one slug. */
  | { kind: 'document'; slug: string }
  | { kind: 'entities' }
  /** The co-mention map of all entities. */
  | { kind: 'map' }
  /** `page` numbers the pages of a long "mentioned in" list; 1 or absent is the entity's main page. */
  | { kind: 'entity'; id: string; page?: number }
  | { kind: 'search' }
  | { kind: 'pending' }
  /** Dated events from the articles, oldest first. */
  | { kind: 'timeline' }
  | { kind: 'notFound' }
  /** The language's RSS feed: German articles (de), English summaries (en). */
  | { kind: 'feed' };

export const SEGMENTS = {
  de: {
    document: 'artikel',
    entities: 'entitaeten',
    map: 'karte',
    search: 'suche',
    pending: 'ausstehend',
    page: 'seite',
    timeline: 'chronik',
    feed: 'feed.xml',
  },
  en: {
    document: 'summaries',
    entities: 'entities',
    map: 'map',
    search: 'search',
    pending: 'pending',
    page: 'page',
    timeline: 'timeline',
    feed: 'feed.xml',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/**
 * The folder that holds a document's page, or a raw source, inside its list folder ("de/artikel/3f/<slug>/"):
 * one of 256, picked by a hash (FNV-1a) of the slug or file name. Hosts limit the entries of one folder
 * (Netlify: 54,000), and the archive grows to 100,000 articles: about 400 per folder then. A hash rather than
 * the year, because a page reference names the slug alone and undated articles have no year.
 */
export function shardFolder(name: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index += 1) hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
  return ((hash >>> 0) & 0xff).toString(16).padStart(2, '0');
}

/** BCP 47 locale for dates and numbers. */
export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

export function otherLang(lang: Lang): Lang {
  return lang === 'de' ? 'en' : 'de';
}

/**
 * Vite's BASE_URL in a module Vite built, "/" in plain Node (which has no env on import.meta). Read as a property: for a
 * module that reads the env object itself, Astro writes into it every environment variable whose name its text
 * contains (such as `_`, the shell's last command), so the module, and with it every page's incremental-build cache
 * key, would change with the shell the build ran from.
 */
function viteBaseUrl(): string {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    return '/';
  }
}

/**
 * The site's base path, "/" or e.g. "/archiv/". Read from SITE_URL wherever Node runs (pages at build
 * time, the Markdown plugin, scripts); in the browser Vite has filled BASE_URL from the same setting.
 */
export const BASE_PATH = siteUrlFromEnv()?.pathname ?? `/${viteBaseUrl().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A path inside the site ("de/" or "/de/") under the base path: only this module joins them. */
export function withBase(path: string): string {
  return BASE_PATH + path.replace(/^\/+/, '');
}

/** The language chooser at the root of the site: no language, so no PageRef. */
export function chooserPath(): string {
  return BASE_PATH;
}

/** Files the site serves beside its pages, each at one place under the base path. */
export type FileRef =
  /** The entity names and aliases the search page matches queries against. */
  | { kind: 'entityNames'; lang: Lang }
  /** One entity's search card: name, kind, description. */
  | { kind: 'entityCard'; lang: Lang; id: string }
  /** A raw input from content/sources/, byte for byte. */
  | { kind: 'source'; file: string }
  /** A font subset cut while the site builds (src/data/font-subsets.ts). */
  | { kind: 'font'; file: string }
  /**
   * A Pagefind bundle of the language (scripts/search-index.ts): its folder, or a file Pagefind names inside it. One
   * build makes one bundle per language; a sharded build one per shard and language, in a folder named `part`.
   */
  | { kind: 'searchBundle'; lang: Lang; part?: string; file?: string }
  /** The language's bundles the search page joins: a JSON list of their `part` names ("" for the one build's). */
  | { kind: 'searchParts'; lang: Lang }
  /** public/favicon.svg. */
  | { kind: 'favicon' }
  | { kind: 'robots' }
  /** Written by @astrojs/sitemap under this name. */
  | { kind: 'sitemapIndex' };

/** URL path of a file under the base path. */
export function filePath(ref: FileRef): string {
  return withBase(siteFile(ref));
}

/** Absolute URL of a file, for robots.txt. */
export function fileUrl(ref: FileRef, site: URL | string): string {
  return new URL(filePath(ref), site).href;
}

/** Where a file lies in the built site (dist/) without the base path: also the `[...rest]` param of its file route. */
export function siteFile(ref: FileRef): string {
  switch (ref.kind) {
    case 'entityNames':
      return `${ref.lang}/entity-answers.json`;
    case 'entityCard':
      return `${ref.lang}/entity-answers/${ref.id}.json`;
    case 'source':
      // As plain text, so a saved HTML page or a Markdown file is shown and never run ("x.html" → "x.html.txt").
      return `sources/${shardFolder(ref.file)}/${ref.file.endsWith('.txt') ? ref.file : `${ref.file}.txt`}`;
    case 'font':
      return `fonts/${ref.file}`;
    case 'searchBundle':
      return `pagefind/${ref.lang}/${ref.part ? `${ref.part}/` : ''}${ref.file ?? ''}`;
    case 'searchParts':
      return `pagefind/${ref.lang}/parts.json`;
    case 'favicon':
      return 'favicon.svg';
    case 'robots':
      return 'robots.txt';
    case 'sitemapIndex':
      return 'sitemap-index.xml';
  }
}

/** The inverse of `filePath`: which file a URL path under the base path names, or undefined outside the scheme. */
export function fileForPath(path: string): FileRef | undefined {
  if (!path.startsWith(BASE_PATH)) return undefined;
  // Each kind's reading of the parts; only one writes the path back exactly (as pageForPath confirms a page).
  return fileCandidates(path.slice(BASE_PATH.length).split('/'))
    .filter((ref) => Object.values(ref).every((value) => value !== '')) // "/sources/" names no file
    .find((ref) => filePath(ref) === path);
}

/** Whether a URL path names a file only search loads: a Pagefind bundle's, or the entity answers'. */
export function isSearchFile(path: string): boolean {
  const kind = fileForPath(path)?.kind;
  return kind === 'searchBundle' || kind === 'searchParts' || kind === 'entityNames' || kind === 'entityCard';
}

function fileCandidates(parts: string[]): FileRef[] {
  const inFolder = parts.slice(1).join('/');
  const inShard = parts.slice(2).join('/');
  const inBundle = parts.slice(2).join('/');
  const id = (parts.at(-1) ?? '').replace(/\.[^.]*$/, '');
  return [
    ...LANGS.flatMap((lang): FileRef[] => [
      { kind: 'entityNames', lang },
      { kind: 'entityCard', lang, id },
      { kind: 'searchParts', lang },
      // A part's files read as files of the language's folder: the same path.
      { kind: 'searchBundle', lang, ...(inBundle ? { file: inBundle } : {}) },
    ]),
    { kind: 'source', file: inShard },
    { kind: 'source', file: inShard.replace(/\.txt$/, '') },
    { kind: 'font', file: inFolder },
    { kind: 'favicon' },
    { kind: 'robots' },
    { kind: 'sitemapIndex' },
  ];
}

/**
 * URL path under the base path with a trailing slash, matching `trailingSlash: 'always'`; with an anchor,
 * the place on the page whose element has that id (src/routing/anchors.ts, or the id a component gives).
 */
export function pathFor(lang: Lang, ref: PageRef, anchor?: string): string {
  return withBase(routePath(lang, ref)) + (anchor ? `#${anchor}` : '');
}

/** The catch-all route's `path` param for a page: its URL path without base path and slashes ("de/artikel/x"). */
export function routeParam(lang: Lang, ref: PageRef): string {
  return routePath(lang, ref).replace(/\/$/, '');
}

function routePath(lang: Lang, ref: PageRef): string {
  const segments = SEGMENTS[lang];
  switch (ref.kind) {
    case 'home':
      return ref.page && ref.page > 1 ? `${lang}/${segments.page}/${ref.page}/` : `${lang}/`;
    case 'document':
      return `${lang}/${segments.document}/${shardFolder(ref.slug)}/${ref.slug}/`;
    case 'entities':
      return `${lang}/${segments.entities}/`;
    case 'entity':
      return `${lang}/${segments.entities}/${ref.id}/${ref.page && ref.page > 1 ? `${ref.page}/` : ''}`;
    case 'map':
      return `${lang}/${segments.map}/`;
    case 'search':
      return `${lang}/${segments.search}/`;
    case 'pending':
      return `${lang}/${segments.pending}/`;
    case 'timeline':
      return `${lang}/${segments.timeline}/`;
    case 'notFound':
      return `${lang}/404/`;
    case 'feed':
      return `${lang}/${segments.feed}`;
  }
}

/** A page as its URL shows it: the language and reference, or no language for the language chooser at the root. */
export interface ParsedPath {
  lang?: Lang;
  ref: PageRef;
}

/**
 * The inverse of `pathFor`: which page a URL path under the base path shows, or undefined for paths outside
 * the scheme. The language chooser ("/") stands for the home in no particular language.
 */
export function pageForPath(path: string): ParsedPath | undefined {
  if (!path.startsWith(BASE_PATH)) return undefined;
  const rest = path.slice(BASE_PATH.length);
  if (rest === '') return { ref: { kind: 'home' } };
  const [lang, ...parts] = rest.split('/');
  if (!LANGS.includes(lang as Lang)) return undefined;
  const ref = refForParts(SEGMENTS[lang as Lang], parts);
  // Only the exact form pathFor writes names a page: not "/de/seite/1/", "/de/artikel/x" or "/de/seite/zwei/".
  return ref && pathFor(lang as Lang, ref) === path ? { lang: lang as Lang, ref } : undefined;
}

/** A candidate reference for the parts after the language; pageForPath confirms it by writing its path back. */
function refForParts(segments: (typeof SEGMENTS)[Lang], [first = '', second = '', third = '']: string[]): PageRef | undefined {
  switch (first) {
    case '':
      return { kind: 'home' };
    case segments.page:
      return { kind: 'home', page: Number(second) };
    case segments.document:
      // "<shard>/<slug>": pageForPath confirms that the shard is the slug's.
      return third ? { kind: 'document', slug: third } : undefined;
    case segments.entities:
      if (!second) return { kind: 'entities' };
      return third ? { kind: 'entity', id: second, page: Number(third) } : { kind: 'entity', id: second };
    case segments.search:
      return { kind: 'search' };
    case segments.pending:
      return { kind: 'pending' };
    case segments.timeline:
      return { kind: 'timeline' };
    case segments.map:
      return { kind: 'map' };
    case '404':
      return { kind: 'notFound' };
    case segments.feed:
      return { kind: 'feed' };
    default:
      return undefined;
  }
}

/** What a file inside dist/ is, by its path there ("de/artikel/3f/x/index.html", "sources/7c/x.txt"): a page, a file beside the pages, or neither. */
export function siteEntryFor(path: string): { page: ParsedPath } | { file: FileRef } | undefined {
  const page = /(^|\/)index\.html$/.test(path) ? pageForPath(withBase(path.replace(/index\.html$/, ''))) : undefined;
  if (page) return { page };
  const file = fileForPath(withBase(path));
  return file && { file };
}

export interface Alternate {
  hreflang: Lang | 'x-default';
  href: string;
}

/**
 * The page a reader of `ref` reaches in the other language (the language switch): the same page, but for a further
 * home page the other language's home, since the two lists differ in length (every article, or the summaries
 * written so far) and the other may have no page of that number.
 */
export function counterpart(ref: PageRef): PageRef {
  return ref.kind === 'home' && (ref.page ?? 1) > 1 ? { kind: 'home' } : ref;
}

/**
 * `<link rel="alternate">` targets, absolute as search engines require: the page in each language that has the same
 * page (a further home page has none but itself), plus the language chooser as x-default. `lang` is the page's own
 * language; the chooser has none.
 */
export function alternatesFor({ lang, ref }: ParsedPath, site: URL | string): Alternate[] {
  const langs = lang && counterpart(ref) !== ref ? [lang] : LANGS;
  return [
    ...langs.map((lang) => ({ hreflang: lang, href: urlFor(lang, ref, site) })),
    { hreflang: 'x-default', href: new URL(chooserPath(), site).href },
  ];
}

/** Absolute URL of a page, for feeds, structured data and alternates. */
export function urlFor(lang: Lang, ref: PageRef, site: URL | string): string {
  return new URL(pathFor(lang, ref), site).href;
}
