/** Localized route segments and page counterparts: the one place that knows the URL scheme. */
import { siteUrlFromEnv } from '../lib/site-url.ts';

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A page independent of its language; its counterpart is the same reference in the other language. */
export type PageRef =
  /** `page` numbers the pages of the article list; 1 or absent is the home page itself. */
  | { kind: 'home'; page?: number }
  /** A German article (de) and its English summary (en) share one slug. */
  | { kind: 'document'; slug: string }
  | { kind: 'entities' }
  /** `page` numbers the pages of a long "mentioned in" list; 1 or absent is the entity's main page. */
  | { kind: 'entity'; id: string; page?: number }
  | { kind: 'search' }
  | { kind: 'pending' }
  | { kind: 'notFound' };

export const SEGMENTS = {
  de: { document: 'artikel', entities: 'entitaeten', search: 'suche', pending: 'ausstehend', page: 'seite' },
  en: { document: 'summaries', entities: 'entities', search: 'search', pending: 'pending', page: 'page' },
} as const satisfies Record<Lang, Record<string, string>>;

/** BCP 47 locale for dates and numbers. */
export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

export function otherLang(lang: Lang): Lang {
  return lang === 'de' ? 'en' : 'de';
}

/**
 * The site's base path, "/" or e.g. "/archiv/". Read from SITE_URL wherever Node runs (pages at build
 * time, the Markdown plugin, scripts); in the browser Vite has filled BASE_URL from the same setting.
 */
export const BASE_PATH = siteUrlFromEnv()?.pathname ?? `/${(import.meta.env?.BASE_URL ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A path inside the site ("sources/x.txt" or "/sources/x.txt") under the base path. */
export function withBase(path: string): string {
  return BASE_PATH + path.replace(/^\/+/, '');
}

/** The entity names and aliases the search page matches queries against (src/pages/[lang]/entity-answers.json.ts). */
export function entityNamesPath(lang: Lang): string {
  return withBase(`${lang}/entity-answers.json`);
}

/** One entity's search card: name, kind, description (src/pages/[lang]/entity-answers/[id].json.ts). */
export function entityCardPath(lang: Lang, id: string): string {
  return withBase(`${lang}/entity-answers/${id}.json`);
}

/** URL path under the base path with a trailing slash, matching `trailingSlash: 'always'`. */
export function pathFor(lang: Lang, ref: PageRef): string {
  return withBase(routePath(lang, ref));
}

function routePath(lang: Lang, ref: PageRef): string {
  const segments = SEGMENTS[lang];
  switch (ref.kind) {
    case 'home':
      return ref.page && ref.page > 1 ? `${lang}/${segments.page}/${ref.page}/` : `${lang}/`;
    case 'document':
      return `${lang}/${segments.document}/${ref.slug}/`;
    case 'entities':
      return `${lang}/${segments.entities}/`;
    case 'entity':
      return `${lang}/${segments.entities}/${ref.id}/${ref.page && ref.page > 1 ? `${ref.page}/` : ''}`;
    case 'search':
      return `${lang}/${segments.search}/`;
    case 'pending':
      return `${lang}/${segments.pending}/`;
    case 'notFound':
      return `${lang}/404/`;
  }
}

export interface Alternate {
  hreflang: Lang | 'x-default';
  href: string;
}

/** `<link rel="alternate">` targets: the page in both languages plus the language chooser as x-default, absolute as search engines require. */
export function alternatesFor(ref: PageRef, site: URL | string): Alternate[] {
  const absolute = (path: string) => new URL(path, site).href;
  return [...LANGS.map((lang) => ({ hreflang: lang, href: absolute(pathFor(lang, ref)) })), { hreflang: 'x-default', href: absolute(withBase('/')) }];
}
