/**
 * Every list card (homes, further home pages, pending sections and overviews) shows the linked page's own
 * title, a lede taken from that page, and marks them with `lang` where their language is not the list's.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, visibleText, type BuiltSite } from '../helpers/dist.ts';
import type { ScriptResult } from '../helpers/project-copy.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What is wrong with the cards on one built page, one line per problem; empty when nothing is. */
function cardProblems(url: string, site: BuiltSite): string[] {
  const $ = site.loadPage(url);
  const listLang = $('html').attr('lang');
  const langOf = (element: ReturnType<CheerioAPI>) => element.closest('[lang]').attr('lang');
  return $('.card')
    .get()
    .flatMap((card) => {
      const problems: string[] = [];
      const link = $(card).find('h3 a');
      const href = link.attr('href')!;
      const $target = site.loadPage(href);
      const targetLang = $target('html').attr('lang');
      const title = fold(link.text());
      const h1 = fold($target('h1').text());
      if (title !== h1) problems.push(`${url}: card "${title}" links to ${href}, whose h1 is "${h1}"`);
      if (langOf(link) !== targetLang)
        problems.push(`${url}: card "${title}" is marked lang=${langOf(link)} but its page is ${targetLang}`);
      if (targetLang !== listLang && link.attr('hreflang') !== targetLang)
        problems.push(`${url}: card "${title}" links to a ${targetLang} page without hreflang`);
      const text = $(card).find('.card-text');
      if (text.length) {
        if (langOf(text) !== targetLang)
          problems.push(`${url}: lede of "${title}" is marked lang=${langOf(text)} but its page is ${targetLang}`);
        const lede = fold(text.text()).replace(/…$/, '');
        if (!fold(visibleText($target, 'main')).includes(lede)) problems.push(`${url}: lede of "${title}" is not on ${href}: "${lede}"`);
      }
      return problems;
    });
}

/** Pages that list cards, whatever their kind. */
const listingPages = (site: BuiltSite) => site.pages().filter((url) => site.loadPage(url)('.card').length > 0);

describe('cards on the built site', () => {
  const site = builtSite();
  const pages = listingPages(site);

  it('appear on both homes', () => {
    expect(pages).toContain('/de/');
    expect(pages).toContain('/en/');
  });

  it.each(pages)("%s: each card shows its page's h1 and lede in that page's language", (url) => {
    expect(cardProblems(url, site)).toEqual([]);
  });

  it('the German home lists German articles: no card there is marked as another language', () => {
    const $ = site.loadPage('/de/');
    expect($('.card [lang]').length).toBe(0);
    const hrefs = $('.card h3 a')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/de/artikel/'))).toBe(true);
  });
});

describe('cards with a pending summary and a second home page (the grown copy, under a sub-path)', () => {
  let build: ScriptResult;
  let site: BuiltSite;

  beforeAll(async () => {
    const shared = await sharedBuild('grown');
    build = shared.steps['build']!;
    site = shared.site;
  }, 600_000);

  it('builds', () => expect(build.status, build.output.slice(-2000)).toBe(0));

  it('lists the pending article on the English home, both pending overviews and German home pages 1 and 2', () => {
    const pages = listingPages(site);
    for (const url of ['/de/', '/de/seite/2/', '/en/', '/de/ausstehend/', '/en/pending/']) expect(pages).toContain(site.at(url));
    const $ = site.loadPage(site.at('/en/'));
    expect($('#pending-heading').length).toBe(1);
    expect($('section[aria-labelledby="pending-heading"] .card h3[lang="de"] a[hreflang="de"]').length).toBeGreaterThan(0);
    expect(readdirSync(join(site.dist, 'de', 'seite'))).toEqual(['2']);
  });

  it("every card shows its page's h1 and lede in that page's language", () => {
    expect(listingPages(site).flatMap((url) => cardProblems(url, site))).toEqual([]);
  });
});
