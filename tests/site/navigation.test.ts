/**
 * The story's navigation in the built site, over every page of this project's dist/ and of the grown copy
 * (a second home page, pending summaries, long entity lists): breadcrumbs on every page below the home whose
 * BreadcrumbList JSON-LD says what the trail shows, links to the documents before and after by publication
 * date in the page's language, and a timeline that names each year once.
 */
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuiltSite } from '../helpers/dist.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';
import { strings } from '../../src/i18n/index.ts';
import { LANGS, pageForPath, pathFor, type Lang, type PageRef, type ParsedPath } from '../../src/routing/urls.ts';

/** What a page is, as a reader tells pages apart: the English side of a document is a summary or says it is pending. */
function pageKind(lang: Lang | undefined, ref: PageRef, $: CheerioAPI): string {
  if (ref.kind === 'home') return (ref.page ?? 1) > 1 ? 'further home page' : 'home';
  if (ref.kind === 'entity') return (ref.page ?? 1) > 1 ? 'further entity page' : 'entity';
  if (ref.kind !== 'document') return ref.kind;
  if (lang === 'de') return 'article';
  return $('h1').first().text() === strings('en').summary.pendingTitle ? 'pending summary' : 'summary';
}

const text = ($: CheerioAPI, element: Parameters<CheerioAPI>[0]) => $(element).text().replace(/\s+/g, ' ').trim();

/** The slugs a language's home pages list, in their order (newest first). */
function homeList(site: BuiltSite, lang: Lang): string[] {
  const slugs: string[] = [];
  for (let page = 1; site.fileForUrl(site.at(pathFor(lang, { kind: 'home', page }))); page += 1) {
    site
      .loadPage(site.at(pathFor(lang, { kind: 'home', page })))('section[aria-labelledby="list-heading"] .card h3 a')
      .each((_, link) => {
        const ref = pageForPath(site.inside(link.attribs['href']!))?.ref;
        if (ref?.kind !== 'document') throw new Error(`home list of ${lang}: ${link.attribs['href']} is no document`);
        slugs.push(ref.slug);
      });
  }
  return slugs;
}

function navigationSuite(name: string, site: () => BuiltSite, kinds: string[]) {
  describe(name, () => {
    // Every page parsed once for the suite's tests (the grown copy has some 250).
    let parsedPages: ({ url: string; $: CheerioAPI } & ParsedPath)[] | undefined;
    const pages = () =>
      (parsedPages ??= site()
        .pages()
        .flatMap((url) => {
          const parsed = pageForPath(site().inside(url));
          return parsed ? [{ url, ...parsed, $: site().loadPage(url) }] : [];
        }));

    it('has every kind of page these tests expect', () => {
      const found = new Set(pages().map(({ lang, ref, $ }) => pageKind(lang, ref, $)));
      expect([...found].sort()).toEqual([...kinds].sort());
    });

    it('shows breadcrumbs on every page below the home, and its JSON-LD names the same steps', () => {
      for (const { url, lang, ref, $ } of pages()) {
        const kind = pageKind(lang, ref, $);
        const trail = $('nav.breadcrumbs');
        if (!lang || kind === 'home' || kind === 'notFound') {
          expect(trail.length, url).toBe(0);
          continue;
        }
        const t = strings(lang);
        expect(trail.length, url).toBe(1);
        expect(trail.attr('aria-label'), url).toBe(t.navigation.breadcrumbs);
        const steps = trail
          .find('li')
          .map((_, item) => ({ name: text($, item), href: $(item).find('a').attr('href') }))
          .get();
        const current = steps.pop()!;
        // The page itself is the last step, named and not linked; the steps before it lead up to the home.
        expect(current.href, url).toBeUndefined();
        expect(trail.find('[aria-current="page"]').text(), url).toBe(current.name);
        const parents: PageRef[] = [{ kind: 'home' }];
        if (ref.kind === 'entity') parents.push({ kind: 'entities' });
        if (kind === 'further entity page') parents.push({ kind: 'entity', id: (ref as { id: string }).id });
        expect(
          steps.map((step) => step.href),
          url,
        ).toEqual(parents.map((parent) => site().at(pathFor(lang, parent))));
        expect(steps[0]!.name, url).toBe(t.navigation.home);
        const page = (ref as { page?: number }).page ?? 1;
        expect(current.name, url).toBe(page > 1 ? t.navigation.page(page) : text($, 'h1'));

        const jsonLd = JSON.parse(trail.find('script[type="application/ld+json"]').html()!);
        const canonical = $('link[rel="canonical"]').attr('href');
        expect(jsonLd, url).toEqual({
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: [
            ...steps.map((step) => ({ ...step, href: new URL(step.href!, site().site).href })),
            { ...current, href: canonical },
          ].map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: step.href })),
        });
      }
    });

    it('links each article and summary page to the documents before and after it in time, in its language', () => {
      const lists = Object.fromEntries(LANGS.map((lang) => [lang, homeList(site(), lang)])) as Record<Lang, string[]>;
      // Every German article is listed, so the German list is the story's order; English pages step to the nearest summaries in it.
      const order = lists.de;
      const listedEn = new Set(lists.en);
      let checked = 0;
      for (const { url, lang, ref, $ } of pages()) {
        if (ref.kind !== 'document' || !lang) {
          expect($('.story-neighbours').length, url).toBe(0);
          continue;
        }
        const at = order.indexOf(ref.slug);
        expect(at, `${url} on the German home list`).toBeGreaterThanOrEqual(0);
        const inChain = (slug: string) => lang === 'de' || listedEn.has(slug);
        const later = order.slice(0, at).findLast(inChain);
        const earlier = order.slice(at + 1).find(inChain);
        const own = $('.document-header time').attr('datetime');
        for (const [rel, slug] of [
          ['prev', earlier],
          ['next', later],
        ] as const) {
          const link = $(`.story-neighbours a[rel="${rel}"]`);
          if (!slug) {
            expect(link.length, `${url} ${rel}`).toBe(0);
            continue;
          }
          const target = site().at(pathFor(lang, { kind: 'document', slug }));
          expect(link.attr('href'), `${url} ${rel}`).toBe(target);
          // The title as the target page gives it: a German article's, or an English summary's.
          expect(text($, link.find('.neighbour-title')), `${url} ${rel}`).toBe(text(site().loadPage(target), 'h1'));
          expect(text($, link.find('.neighbour-label')), `${url} ${rel}`).toBe(
            rel === 'prev' ? strings(lang).navigation.earlier : strings(lang).navigation.later,
          );
          const date = link.find('time').attr('datetime');
          if (own && date) {
            if (rel === 'prev') expect(date.slice(0, 16) <= own.slice(0, 16), `${url} ${rel} ${date} ${own}`).toBe(true);
            else expect(date.slice(0, 16) >= own.slice(0, 16), `${url} ${rel} ${date} ${own}`).toBe(true);
          }
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });

    it.each(LANGS)('shows each year once on the timeline (%s)', (lang) => {
      const $ = site().loadPage(site().at(pathFor(lang, { kind: 'timeline' })));
      const years = $('ol.timeline > li > h2')
        .map((_, heading) => text($, heading))
        .get();
      expect(years.length).toBeGreaterThan(0);
      expect(new Set(years).size).toBe(years.length);
      $('ol.timeline > li').each((_, group) => {
        const year = text($, $(group).children('h2'));
        const dates = $(group)
          .find('.event-date')
          .map((__, date) => text($, date))
          .get();
        for (const date of dates) expect(date, `an event of ${year}`).not.toMatch(/\b\d{4}\b/);
      });
      // The events the year alone dates show no date of their own, those dated closer their day or month.
      expect($('.event').length).toBeGreaterThan($('.event-date').length);
      expect($('.event-date').length).toBeGreaterThan(0);
    });
  });
}

/** The page kinds of the project's own build. */
const PROJECT_KINDS = ['article', 'summary', 'entities', 'entity', 'map', 'timeline', 'search', 'pending', 'home', 'notFound'];

navigationSuite('this project', () => builtSite(), PROJECT_KINDS);

describe('grown', () => {
  let grown: BuiltSite;
  beforeAll(async () => {
    const shared = await sharedBuild('grown');
    expect(shared.steps['build']!.status, shared.steps['build']!.output).toBe(0);
    grown = shared.site;
  }, 600_000);
  // No further entity page: an entity's list pages 200 documents (page/mention-pages.ts), more than this copy
  // holds; the trail of a further page is tested in tests/unit/navigation.test.ts.
  navigationSuite('the grown copy', () => grown, [...PROJECT_KINDS, 'pending summary', 'further home page']);
});
