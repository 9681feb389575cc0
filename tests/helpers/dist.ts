/** Reads a built site (this project's dist/ unless given) as a reader's browser would receive it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { siteUrl } from '../../src/routing/site-url.ts';
import { PROJECT } from './project-copy.ts';

export const DIST = join(PROJECT, 'dist');

/** A link to an entity page from a mention in a text: a link carrying the mention's anchor (src/entities/link-text.ts). */
export const ENTITY_LINK = 'a[id^="mention-"], a[id^="lede-mention-"]';

export interface BuiltSite {
  dist: string;
  /** The URL the site was built for (SITE_URL); its path is the base path every page lives under. */
  site: URL;
  /** Every HTML page as its URL path including the base path ("/de/artikel/x/", "/archiv/de/"). */
  pages(): string[];
  /** A path in the root site's terms ("/de/", as the tests' pathFor gives it) under this site's base path ("/archiv/de/"). */
  at(path: string): string;
  /** The inverse of `at`: a URL path of this site without its base path. */
  inside(urlPath: string): string;
  /** The file a URL path (with the base path) is served from, or undefined. */
  fileForUrl(urlPath: string): string | undefined;
  /** The page parsed, once per file version: many suites read one page, so the parse is shared. Read it; to change it, clone it first. */
  loadPage(urlPath: string): CheerioAPI;
  /** The CSS of every stylesheet the page's head links, in order, as read from the site's files. */
  stylesheetsOf(urlPath: string): string;
  /** The ids of the elements on a page, read once per page (many links point into one long article). */
  idsOn(urlPath: string): Set<string>;
}

/** Pages parsed in this worker, by file and modification time, shared by every BuiltSite of the run. */
const parsed = new Map<string, CheerioAPI>();

export function builtSite(dist = DIST, site = siteUrl()): BuiltSite {
  const base = site.pathname;
  const fileForUrl = (urlPath: string): string | undefined => {
    const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
    if (!clean.startsWith(base)) return undefined;
    const inside = clean.slice(base.length - 1);
    const candidates = inside.endsWith('/') ? [join(dist, inside, 'index.html')] : [join(dist, inside), join(dist, inside, 'index.html')];
    return candidates.find((file) => existsSync(file) && statSync(file).isFile());
  };
  const loadPage = (urlPath: string): CheerioAPI => {
    const file = fileForUrl(urlPath);
    if (!file) throw new Error(`no built page for ${urlPath} in ${dist}`);
    // Keyed by the file's version too: a suite may build a copy's dist/ again after reading it.
    const version = `${file}\0${statSync(file).mtimeMs}`;
    let page = parsed.get(version);
    if (!page) parsed.set(version, (page = load(readFileSync(file, 'utf8'))));
    return page;
  };
  const ids = new Map<string, Set<string>>();
  const stylesheetsOf = (urlPath: string): string => {
    const $ = loadPage(urlPath);
    const hrefs = $('head link[rel="stylesheet"]')
      .map((_, link) => $(link).attr('href')!)
      .get();
    return hrefs
      .map((href) => {
        const file = fileForUrl(href);
        if (!file) throw new Error(`${urlPath} links the stylesheet ${href}, which ${dist} does not hold`);
        return readFileSync(file, 'utf8');
      })
      .join('\n');
  };
  return {
    dist,
    site,
    at: (path) => `${base}${path.replace(/^\//, '')}`,
    inside(urlPath) {
      if (!urlPath.startsWith(base)) throw new Error(`${urlPath} is not under the base path ${base} of ${dist}`);
      return `/${urlPath.slice(base.length)}`;
    },
    pages() {
      const pages: string[] = [];
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) {
            if (name !== '_astro' && name !== 'pagefind') walk(path);
          } else if (name.endsWith('.html')) {
            const url = `${base}${relative(dist, path).split(sep).join('/')}`;
            pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
          }
        }
      };
      walk(dist);
      return pages.sort();
    },
    fileForUrl,
    loadPage,
    stylesheetsOf,
    idsOn(urlPath) {
      const file = fileForUrl(urlPath);
      if (!file) throw new Error(`no built page for ${urlPath} in ${dist}`);
      let found = ids.get(file);
      if (!found) {
        const $ = loadPage(urlPath);
        found = new Set(
          $('[id]')
            .map((_, element) => $(element).attr('id')!)
            .get(),
        );
        ids.set(file, found);
      }
      return found;
    },
  };
}

const projectSite = builtSite();
export const builtPages = (): string[] => projectSite.pages();
export const fileForUrl = (urlPath: string): string | undefined => projectSite.fileForUrl(urlPath);
export const loadPage = (urlPath: string): CheerioAPI => projectSite.loadPage(urlPath);
export const stylesheetsOf = (urlPath: string): string => projectSite.stylesheetsOf(urlPath);

/** Text as rendered: script and style dropped, whitespace runs folded as a browser folds them. */
export function visibleText($: CheerioAPI, selector = 'body'): string {
  const root = $(selector).clone();
  root.find('script, style, template, noscript').remove();
  return root.text().replace(/[ \t\n\r\f]+/g, ' ');
}

/** Text of each block-level element, folded: one entry per paragraph, heading, list item or table cell. */
export function blockTexts($: CheerioAPI, selector: string): string[] {
  return $(selector)
    .find('p, h1, h2, h3, h4, li, blockquote, dd, dt, figcaption, th, td')
    .map((_, element) =>
      $(element)
        .text()
        .replace(/[ \t\n\r\f]+/g, ' ')
        .trim(),
    )
    .get();
}
