/** Reads the built site in dist/ as a reader's browser would receive it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML page as its URL path ("/de/artikel/x/"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const url = `/${relative(DIST, path).split(sep).join('/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** The file a URL path is served from, or undefined. */
export function fileForUrl(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export function loadPage(urlPath: string): CheerioAPI {
  const file = fileForUrl(urlPath);
  if (!file) throw new Error(`no built page for ${urlPath}`);
  return load(readFileSync(file, 'utf8'));
}

/** Text as rendered: script and style dropped, whitespace runs folded as a browser folds them. */
export function visibleText($: CheerioAPI, selector = 'body'): string {
  const root = $(selector).clone();
  root.find('script, style, template, noscript').remove();
  return root.text().replace(/[ \t\n\r\f]+/g, ' ');
}

/** Text of each block-level element, folded: one entry per paragraph, heading or list item. */
export function blockTexts($: CheerioAPI, selector: string): string[] {
  return $(selector)
    .find('p, h1, h2, h3, h4, li, blockquote, dd, dt, figcaption')
    .map((_, element) => $(element).text().replace(/[ \t\n\r\f]+/g, ' ').trim())
    .get();
}
