/** Where the site is served, from SITE_URL: the one setting behind canonical URLs, feeds and the base path. */

export const DEFAULT_SITE_URL = 'https://msft-openai.example.org/';

/** SITE_URL (e.g. "https://example.org/" or "https://user.github.io/archiv") as a URL whose path ends in "/". */
export function siteUrl(value: string | undefined = readEnv()): URL {
  let url: URL;
  try {
    url = new URL(value || DEFAULT_SITE_URL);
  } catch {
    throw new Error(`SITE_URL="${value}" is not an absolute URL; set it like SITE_URL=https://example.org/archiv/`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

function readEnv(): string | undefined {
  return typeof process === 'undefined' ? undefined : process.env['SITE_URL'] || undefined;
}

/** SITE_URL when this code runs in Node and it is set; undefined in the browser. */
export function siteUrlFromEnv(): URL | undefined {
  const value = readEnv();
  return value ? siteUrl(value) : undefined;
}
