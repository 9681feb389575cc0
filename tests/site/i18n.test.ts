/** Language on the built site: <html lang>, language switches and hreflang alternates. */
import { describe, expect, it } from 'vitest';
import { builtPages, fileForUrl, loadPage } from '../helpers/dist.ts';
import { pageForPath, pathFor } from '../../src/routing/urls.ts';

const pages = builtPages();

function expectedLang(url: string): string | undefined {
  return /^\/(de|en)\//.exec(url)?.[1];
}

describe('every built page', () => {
  it('exists for each route of the public URL scheme', () => {
    for (const url of ['/', '/de/', '/en/', '/de/404/', '/en/404/', '/404.html']) expect(pages).toContain(url);
    expect(pages.filter((url) => url.startsWith('/de/artikel/')).length).toBeGreaterThanOrEqual(2);
    const slug = (url: string) => (pageForPath(url)?.ref as { slug: string }).slug;
    const articles = pages.filter((url) => url.startsWith('/de/artikel/')).map(slug);
    const summaries = pages.filter((url) => url.startsWith('/en/summaries/')).map(slug);
    expect(summaries.sort()).toEqual(articles.sort());
  });

  it.each(pages)('%s has <html lang> matching its route', (url) => {
    const lang = loadPage(url)('html').attr('lang');
    expect(['de', 'en']).toContain(lang);
    const routeLang = expectedLang(url);
    if (routeLang) expect(lang).toBe(routeLang);
  });

  it.each(pages.filter((url) => expectedLang(url)))('%s has a language switch to an existing counterpart that switches back', (url) => {
    const $ = loadPage(url);
    const switches = $('a[data-language-switch]');
    expect(switches.length).toBe(1);
    const target = switches.attr('href')!;
    expect(expectedLang(target)).not.toBe(expectedLang(url));
    expect(fileForUrl(target), `${url} → ${target}`).toBeDefined();
    expect(loadPage(target)('a[data-language-switch]').attr('href')).toBe(url);
  });

  it.each(pages.filter((url) => expectedLang(url) || url === '/'))('%s has symmetric hreflang alternates plus x-default', (url) => {
    const $ = loadPage(url);
    const alternates = Object.fromEntries(
      $('link[rel="alternate"][hreflang]')
        .map((_, link) => [[$(link).attr('hreflang')!, new URL($(link).attr('href')!).pathname]])
        .get() as [string, string][],
    );
    expect(Object.keys(alternates).sort()).toEqual(['de', 'en', 'x-default']);
    const own = expectedLang(url);
    if (own) expect(alternates[own]).toBe(url);
    expect(fileForUrl(alternates['x-default']!)).toBeDefined();
    for (const lang of ['de', 'en']) {
      const target = alternates[lang]!;
      expect(fileForUrl(target), `${url} hreflang=${lang} → ${target}`).toBeDefined();
      const $target = loadPage(target);
      const back = $target('link[rel="alternate"][hreflang]')
        .map((_, link) => new URL($target(link).attr('href')!).pathname)
        .get();
      expect(back, `${target} links back to ${url}`).toContain(url);
    }
  });
});

describe('pages', () => {
  it('the chooser links to both languages without script', () => {
    const $ = loadPage('/');
    expect($('a[href="/de/"]').length).toBe(1);
    expect($('a[href="/en/"]').length).toBe(1);
    expect($('script').length).toBe(0);
  });

  it('reading pages ship no JavaScript; only the search pages load the search script', () => {
    const searchPages = ['/de/suche/', '/en/search/'];
    // JSON-LD (type="application/ld+json") is data for search engines, not script that runs.
    for (const url of pages.filter((page) => !searchPages.includes(page)))
      expect(loadPage(url)('script:not([type="application/ld+json"])').length, url).toBe(0);
    for (const url of searchPages) expect(loadPage(url)('script[type="module"]').length, url).toBe(1);
  });

  it('homes list newest first with date and publisher', () => {
    const de = loadPage('/de/');
    const dates = de('.card time')
      .map((_, time) => de(time).attr('datetime'))
      .get();
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(de('.card-meta').first().text()).toContain('3. November 2025');
    expect(loadPage('/en/')('.card-meta').first().text()).toContain('3 November 2025');
  });

  it('summary pages lead prominently to the German original', () => {
    const summaries = pages.filter((page) => page.startsWith('/en/summaries/'));
    expect(summaries.length).toBeGreaterThan(0);
    for (const url of summaries) {
      const $ = loadPage(url);
      const slug = url.split('/').at(-2)!;
      expect(
        $(`a.cta[href="${pathFor('de', { kind: 'document', slug })}"]`)
          .first()
          .text(),
        url,
      ).toMatch(/Read the German original/);
    }
  });
});
