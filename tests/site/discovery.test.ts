/** What search engines, feed readers and link previews get from the built site: feeds, sitemap, robots.txt, meta, JSON-LD. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForUrl, loadPage } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { xmlErrors } from '../helpers/xml.ts';
import { readEntityFolder } from '../../src/entities/entity-files.ts';
import { siteUrl } from '../../src/routing/site-url.ts';
import { pageForPath, pathFor, urlFor, withBase } from '../../src/routing/urls.ts';

const site = siteUrl();
const pages = builtPages();
const slugs = (collection: string) =>
  readdirSync(join(PROJECT, 'content', collection))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -4));
const articles = slugs('articles');
const summaries = slugs('summaries');
const pendingSummaryPages = articles.filter((slug) => !summaries.includes(slug)).map((slug) => pathFor('en', { kind: 'document', slug }));
const notFoundPages = ['de/404/', 'en/404/', '404.html'].map(withBase);

/** The path (with the base path) of an absolute URL the site wrote, which must lie under the configured site. */
function localPath(url: string): string {
  expect(url.startsWith(site.href), `${url} lies under ${site.href}`).toBe(true);
  return new URL(url).pathname;
}

/** A feed or sitemap from dist/, checked as strict XML first. */
function loadXml(path: string): CheerioAPI {
  const file = fileForUrl(path);
  expect(file, `${path} is built`).toBeDefined();
  const text = readFileSync(file!, 'utf8');
  expect(xmlErrors(text), path).toEqual([]);
  return load(text, { xml: true });
}

const meta = ($: CheerioAPI, property: string) => $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');
const pageLang = (url: string) => /^(de|en)\//.exec(url.slice(site.pathname.length))?.[1];
const hreflangSet = ($: CheerioAPI) =>
  $('link[rel="alternate"][hreflang]')
    .map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`)
    .get()
    .sort();
const text = ($: CheerioAPI, selector: string) => $(selector).first().text().replace(/\s+/g, ' ').trim();

describe('robots and noindex', () => {
  it('robots.txt allows crawling and names the sitemap under the configured site', () => {
    const robots = readFileSync(fileForUrl(withBase('robots.txt'))!, 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow:$/m);
    expect(robots).toContain(`Sitemap: ${site.href}sitemap-index.xml\n`);
  });

  it('exactly the not-found and summary-pending pages ask not to be indexed', () => {
    const noindex = pages.filter((url) => loadPage(url)('meta[name="robots"]').attr('content')?.includes('noindex'));
    expect(noindex.sort()).toEqual([...notFoundPages, ...pendingSummaryPages].sort());
  });
});

describe('sitemap', () => {
  const index = loadXml(withBase('sitemap-index.xml'));
  const sitemapFiles = index('sitemapindex > sitemap > loc')
    .map((_, loc) => index(loc).text())
    .get();
  const entries = sitemapFiles.flatMap((url) => {
    const $ = loadXml(localPath(url));
    return $('urlset > url')
      .map((_, entry) => ({
        path: localPath($(entry).children('loc').text()),
        alternates: $(entry)
          .children('xhtml\\:link')
          .map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`)
          .get()
          .sort(),
      }))
      .get();
  });

  it('lists every page that may be indexed, and no other', () => {
    expect(sitemapFiles.length).toBeGreaterThan(0);
    const indexable = pages.filter((url) => !loadPage(url)('meta[name="robots"]').length);
    expect(entries.map((entry) => entry.path).sort()).toEqual(indexable.sort());
    for (const { path } of entries) expect(fileForUrl(path), path).toBeDefined();
  });

  it("gives each page the alternates its own <head> links: an article's counterpart is its summary", () => {
    for (const { path, alternates } of entries) expect(alternates, path).toEqual(hreflangSet(loadPage(path)));
    const article = entries.find((entry) => entry.path === pathFor('de', { kind: 'document', slug: articles[0]! }))!;
    expect(article.alternates).toContain(`en ${urlFor('en', { kind: 'document', slug: articles[0]! }, site)}`);
  });
});

describe('feeds', () => {
  const feeds = {
    de: { path: withBase('de/feed.xml'), count: articles.length },
    en: { path: withBase('en/feed.xml'), count: summaries.length },
  };

  it.each(Object.entries(feeds))('%s: one item per document, each linking to a page of its language', (lang, { path, count }) => {
    const $ = loadXml(path);
    expect($('rss > channel > language').text()).toBe(lang);
    expect($('rss > channel > atom\\:link[rel="self"]').attr('href')).toBe(`${site.href}${lang}/feed.xml`);
    const items = $('rss > channel > item');
    expect(items.length).toBe(count);
    items.each((_, item) => {
      const link = $(item).children('link').text();
      const page = localPath(link);
      expect(pageForPath(page), link).toMatchObject({ lang, ref: { kind: 'document' } });
      expect(fileForUrl(page), link).toBeDefined();
      expect($(item).children('guid').text()).toBe(link);
    });
  });

  it('German items carry the title and the lede (or first paragraph) as the article shows them', () => {
    const $ = loadXml(feeds.de.path);
    expect($('item').length).toBeGreaterThan(0);
    $('item').each((_, item) => {
      const page = loadPage(localPath($(item).children('link').text()));
      expect($(item).children('title').text()).toBe(text(page, 'h1'));
      const opening = page('.document-header .lede').length ? text(page, '.document-header .lede') : text(page, '.prose > p');
      expect($(item).children('description').text().replace(/\s+/g, ' ')).toBe(opening);
      // Item dates are read with a feed parser and checked against the frontmatter in dates.test.ts.
    });
  });

  it('English items carry the summary title and first key point', () => {
    const $ = loadXml(feeds.en.path);
    expect($('item').length).toBeGreaterThan(0);
    $('item').each((_, item) => {
      const page = loadPage(localPath($(item).children('link').text()));
      expect($(item).children('title').text()).toBe(text(page, 'h1'));
      // The key point's own words: its citation links and quoted sources follow them in the same item.
      const keyPoint = page('.key-points li .statement-text')
        .first()
        .contents()
        .filter((_, node) => node.type === 'text')
        .text()
        .trim();
      expect($(item).children('description').text()).toBe(keyPoint);
    });
  });

  it.each(pages)("%s announces its language's feed (the chooser both)", (url) => {
    const $ = loadPage(url);
    const links = $('link[rel="alternate"][type="application/rss+xml"]');
    const expected = url === site.pathname ? ['de/feed.xml', 'en/feed.xml'].map(withBase) : [withBase(`${pageLang(url) ?? 'en'}/feed.xml`)];
    expect(links.map((_, link) => $(link).attr('href')).get()).toEqual(expected);
    links.each((_, link) => expect($(link).attr('title')).toBeTruthy());
  });
});

describe('link previews and structured data', () => {
  const entityKinds = new Map(readEntityFolder(join(PROJECT, 'content')).entities.map((entity) => [entity.id, entity.data.kind]));
  const entityTypes: Record<string, string> = {
    person: 'Person',
    organisation: 'Organization',
    'public-body': 'GovernmentOrganization',
    product: 'Product',
    service: 'Service',
    place: 'Place',
  };

  /** The JSON-LD @type a page should carry, or undefined for none. */
  function expectedType(url: string): string | undefined {
    const path = url.slice(site.pathname.length);
    if (path.startsWith('de/artikel/')) return 'NewsArticle';
    if (path.startsWith('en/summaries/')) return pendingSummaryPages.includes(url) ? undefined : 'Article';
    const entity = /^(?:de\/entitaeten|en\/entities)\/([^/]+)\//.exec(path);
    return entity ? entityTypes[entityKinds.get(entity[1]!)!] : undefined;
  }

  it.each(pages)('%s: Open Graph and Twitter card name the page, its URL and its locale', (url) => {
    const $ = loadPage(url);
    const own = pageLang(url) ?? 'en';
    const locales = { de: 'de_DE', en: 'en_GB' } as const;
    expect(meta($, 'og:locale')).toBe(locales[own as 'de' | 'en']);
    expect(meta($, 'og:locale:alternate')).toBe(locales[own === 'de' ? 'en' : 'de']);
    expect(meta($, 'og:url')).toBe($('link[rel="canonical"]').attr('href'));
    expect(meta($, 'og:type')).toBe(expectedType(url)?.endsWith('Article') ? 'article' : 'website');
    expect(meta($, 'og:title')).toBeTruthy();
    expect(meta($, 'og:description')).toBe(meta($, 'description'));
    expect(meta($, 'og:site_name')).toMatch(/^Microsoft & OpenAI – /);
    expect(meta($, 'twitter:card')).toBe('summary');
  });

  it.each(pages)('%s: JSON-LD parses, cannot break out of its script, and has the type of the page', (url) => {
    const $ = loadPage(url);
    const scripts = $('head script[type="application/ld+json"]');
    const type = expectedType(url);
    expect(scripts.length).toBe(type ? 1 : 0);
    if (!type) return;
    const raw = scripts.html()!;
    expect(raw).not.toContain('<');
    const data = JSON.parse(raw);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe(type);
    if (type === 'NewsArticle') {
      expect(data).toMatchObject({
        headline: text($, 'h1'),
        inLanguage: 'de',
        url: $('link[rel="canonical"]').attr('href'),
        isAccessibleForFree: true,
      });
      expect(data.datePublished).toBe($('.document-header time').attr('datetime'));
      const publisher = $('.document-header .meta dd').first();
      if (publisher.children('em').length) expect(data).not.toHaveProperty('publisher');
      else expect(data.publisher).toEqual({ '@type': 'Organization', name: publisher.text().trim() });
    } else if (type === 'Article') {
      expect(data).toMatchObject({ headline: text($, 'h1'), inLanguage: 'en', url: $('link[rel="canonical"]').attr('href') });
      expect(data.isBasedOn.url).toBe(urlFor('de', { kind: 'document', slug: url.split('/').at(-2)! }, site));
      expect(data.isBasedOn.headline).toBe(text($, '.original-title cite'));
    } else {
      expect(data.name).toBe(text($, 'h1'));
      expect(data.description).toBe(text($, 'header .lede'));
      expect(data).not.toHaveProperty('sameAs');
    }
  });
});
