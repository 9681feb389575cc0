/** Feeds, sitemap and robots.txt of a site served under a sub-path, with one summary still pending (the grown copy). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/dist.ts';
import type { ScriptResult } from '../helpers/project-copy.ts';
import { GROWN_SITE as SITE, PENDING, sharedBuild } from '../helpers/shared-builds.ts';
import { xmlErrors } from '../helpers/xml.ts';
import { routeParam } from '../../src/routing/urls.ts';
import { FEED_ITEMS } from '../../src/catalog/documents.ts';

const SUMMARIZED = 'altman-nadella-gespraech-nach-umstrukturierung';

describe(`built for SITE_URL=${SITE} with the summary of ${PENDING} removed`, () => {
  let result: ScriptResult;
  let built: BuiltSite;
  let articles: number;
  /** A file of the copy's dist/ by its absolute URL, which must lie under SITE. */
  const file = (url: string) => {
    expect(url.startsWith(SITE), url).toBe(true);
    const path = built.fileForUrl(new URL(url).pathname);
    expect(path, `${url} is built`).toBeDefined();
    return path!;
  };
  const xml = (url: string) => {
    const text = readFileSync(file(url), 'utf8');
    expect(xmlErrors(text), url).toEqual([]);
    return load(text, { xml: true });
  };

  beforeAll(async () => {
    const shared = await sharedBuild('grown');
    result = shared.steps['build']!;
    built = shared.site;
    articles = readdirSync(join(shared.copy.root, 'content', 'articles')).length;
  }, 600_000);

  it('builds', () => expect(result.status, result.output).toBe(0));

  it('robots.txt names the sitemap under the sub-path', () => {
    expect(readFileSync(file(`${SITE}robots.txt`), 'utf8')).toContain(`Sitemap: ${SITE}sitemap-index.xml\n`);
  });

  it('the sitemap lists pages under the sub-path, leaves out the pending summary and keeps it as the alternate', () => {
    const index = xml(`${SITE}sitemap-index.xml`);
    const $ = xml(index('sitemap > loc').first().text());
    const urls = $('url > loc')
      .map((_, loc) => $(loc).text())
      .get();
    for (const url of urls) file(url);
    expect(urls).toContain(`${SITE}${routeParam('en', { kind: 'document', slug: SUMMARIZED })}/`);
    expect(urls).not.toContain(`${SITE}${routeParam('en', { kind: 'document', slug: PENDING })}/`);
    const article = $('url').filter(
      (_, entry) => $(entry).children('loc').text() === `${SITE}${routeParam('de', { kind: 'document', slug: PENDING })}/`,
    );
    expect(article.children('xhtml\\:link[hreflang="en"]').attr('href')).toBe(
      `${SITE}${routeParam('en', { kind: 'document', slug: PENDING })}/`,
    );
    const pending = built.loadPage(`/archiv/${routeParam('en', { kind: 'document', slug: PENDING })}/`);
    expect(pending('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('the English feed lists only the written summary, the German feed the newest articles, FEED_ITEMS of them', () => {
    const en = xml(`${SITE}en/feed.xml`);
    expect(
      en('item > link')
        .map((_, link) => en(link).text())
        .get(),
    ).toEqual([`${SITE}${routeParam('en', { kind: 'document', slug: SUMMARIZED })}/`]);
    // The grown archive holds more articles than a feed carries.
    expect(articles).toBeGreaterThan(FEED_ITEMS);
    expect(xml(`${SITE}de/feed.xml`)('item').length).toBe(FEED_ITEMS);
  });

  it('pages announce their feed under the sub-path', () => {
    const $ = built.loadPage('/archiv/de/');
    expect($('link[type="application/rss+xml"]').attr('href')).toBe('/archiv/de/feed.xml');
  });
});
