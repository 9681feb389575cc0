/** Summaries a reader can check: paragraph anchors on the German articles, citations and back-links, the timeline. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/record/problems.ts';
import { ARTICLE_SCHEMA, EVENT_SCHEMA, SUMMARY_SCHEMA } from '../../src/record/schemas.ts';
import { summaryStatements } from '../../src/record/statements.ts';
import { readFrontmatter, readYaml, type Frontmatter } from '../../src/record/yaml-reader.ts';
import { articleParagraphs } from '../../src/record/paragraphs.ts';
import { foldWhitespace } from '../../src/record/verbatim.ts';
import { DIST, fileForUrl, loadPage } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { pathFor } from '../../src/routing/urls.ts';
import { strings } from '../../src/i18n/index.ts';

const CONTENT = join(PROJECT, 'content');

/** A content file's frontmatter as its collection's schema reads it, and its body. */
function readMdx<Schema extends z.ZodType>(folder: string, slug: string, schema: Schema): Frontmatter<z.output<Schema>> {
  const file = `content/${folder}/${slug}.mdx`;
  const problems: Problem[] = [];
  const read = readFrontmatter(file, readFileSync(join(PROJECT, file), 'utf8'), schema, problems);
  if (!read) throw new Error(problems.map(formatProblem).join('\n'));
  return read;
}

const SLUGS = readdirSync(join(CONTENT, 'summaries')).map((name) => name.replace(/\.mdx$/, ''));
const articleUrl = (slug: string) => pathFor('de', { kind: 'document', slug });
const summaryUrl = (slug: string) => pathFor('en', { kind: 'document', slug });
const paragraphsOf = (slug: string) => {
  const { data, body } = readMdx('articles', slug, ARTICLE_SCHEMA);
  return articleParagraphs(data.lede, body);
};
const statementsOf = (slug: string) => {
  const { data, body } = readMdx('summaries', slug, SUMMARY_SCHEMA);
  return summaryStatements(data.keyPoints, body);
};
/** Text as a reader sees it, folded; the links drawn by CSS have none. */
const textOf = ($: CheerioAPI, selector: string) => foldWhitespace($(selector).text());

it('has summaries to check against their articles', () => expect(SLUGS.length).toBeGreaterThan(0));

describe.each(SLUGS)('%s', (slug) => {
  const article = loadPage(articleUrl(slug));
  const summary = loadPage(summaryUrl(slug));
  const paragraphs = paragraphsOf(slug);
  const statements = statementsOf(slug);

  it('gives every block of the article the id the numbering rule gives it, block for block, with the same text', () => {
    expect(paragraphs.length).toBeGreaterThan(0);
    const shown = article('article.document [id^="p-"]')
      .map((_, element) => ({ id: article(element).attr('id'), text: foldWhitespace(article(element).text()) }))
      .get();
    expect(shown).toEqual(paragraphs.map((paragraph) => ({ id: `p-${paragraph.number}`, text: paragraph.text })));
    // Every block of the body is numbered, none is skipped; between them stand only the statements read beside them.
    expect(article('.prose > :not([id^="p-"], .citing)').length).toBe(0);
  });

  it('ends every block with a text-free permalink to itself', () => {
    for (const { number } of paragraphs) {
      const permalink = article(`#p-${number} > a[href="#p-${number}"]`);
      expect(permalink.attr('href'), `p-${number}`).toBe(`#p-${number}`);
      expect(permalink.attr('aria-label')).toBe(`Absatz ${number}`);
      expect(permalink.text()).toBe('');
    }
  });

  it('gives the statements of the summary the ids the numbering rule gives them, with the same text', () => {
    expect(statements.length).toBeGreaterThan(0);
    const shown = summary('[id^="kp-"], .statement[id^="s-"]')
      .map((_, element) => {
        const node = summary(element).clone();
        node.find('.cites, .cite-sources').remove();
        return { id: summary(element).attr('id'), text: foldWhitespace(node.text()) };
      })
      .get();
    expect(shown).toEqual(statements.map(({ id, text }) => ({ id, text })));
  });

  it('links each statement to every paragraph it cites, and every citation link resolves to that paragraph', () => {
    for (const statement of statements) {
      const links = summary(`#${statement.id} .cites a`);
      expect(links.map((_, link) => summary(link).text()).get(), statement.id).toEqual(statement.cites.map(String));
      links.each((index, link) => {
        const [path, fragment] = summary(link).attr('href')!.split('#');
        expect(path).toBe(articleUrl(slug));
        expect(fragment).toBe(`p-${statement.cites[index]}`);
        expect(article(`[id="${fragment}"]`).length, `${statement.id} → #${fragment}`).toBe(1);
        expect(summary(link).attr('hreflang')).toBe('de');
      });
    }
  });

  it('shows beside each statement the cited German paragraphs, word for word as on the article page', () => {
    for (const statement of statements) {
      const quotes = summary(`#${statement.id} details.cite-sources blockquote`);
      expect(quotes.length, statement.id).toBe(new Set(statement.cites).size);
      quotes.each((_, quote) => {
        // The quote's cite URL and its caption name the paragraph it quotes.
        const [path, fragment] = summary(quote).attr('cite')!.split('#') as [string, string];
        expect(path).toBe(articleUrl(slug));
        const number = /^p-(\d+)$/.exec(fragment)![1];
        expect(summary(quote).prev('figcaption').text()).toBe(strings('en').citations.sourceCaption(Number(number)));
        expect(summary(quote).attr('lang')).toBe('de');
        expect(foldWhitespace(summary(quote).text())).toBe(textOf(article, `#p-${number}`));
      });
    }
    // A <details> may not sit inside a <p>: it stands beside the paragraph.
    expect(summary('p details, p figure').length).toBe(0);
  });

  it('links each cited German paragraph back to the statements that cite it, and only those', () => {
    const expected = new Map<number, string[]>();
    for (const statement of statements)
      for (const number of new Set(statement.cites)) expected.set(number, [...(expected.get(number) ?? []), statement.id]);
    for (const { number } of paragraphs) {
      const backLinks = article(`#p-${number} > .cited-by a`)
        .map((_, link) => article(link).attr('href'))
        .get();
      expect(backLinks, `p-${number}`).toEqual((expected.get(number) ?? []).map((id) => `${summaryUrl(slug)}#${id}`));
      for (const href of backLinks) expect(summary(`[id="${href.split('#')[1]}"]`).length).toBe(1);
    }
    const first = article('.cited-by a').first();
    expect(first.text()).toBe('');
    expect(first.attr('aria-label')).toContain(first.attr('data-label'));
  });

  it('sets each statement once beside the German paragraph it first cites, in English, with its text and a link to it', () => {
    const beside = article('.citing')
      .map((_, citing) => ({
        paragraph: article(citing).prev().attr('id'),
        lang: article(citing).attr('lang'),
        statements: article(citing)
          .find('blockquote')
          .map((_, quote) => {
            const link = article(quote).find('a');
            return { href: link.attr('href'), text: foldWhitespace(article(quote).text().slice(link.text().length)) };
          })
          .get(),
      }))
      .get();
    const expected = new Map<string, { href: string; text: string }[]>();
    for (const statement of statements) {
      const paragraph = `p-${Math.min(...statement.cites)}`;
      expected.set(paragraph, [...(expected.get(paragraph) ?? []), { href: `${summaryUrl(slug)}#${statement.id}`, text: statement.text }]);
    }
    expect(beside).toEqual(
      [...expected]
        .sort(([a], [b]) => parseInt(a.slice(2)) - parseInt(b.slice(2)))
        .map(([paragraph, list]) => ({ paragraph, lang: 'en', statements: list })),
    );
  });
});

describe('article pages stay light', () => {
  it.each(SLUGS)('%s: no script, at most 20 KB gzip of HTML and CSS beyond its own text', (slug) => {
    const html = readFileSync(fileForUrl(articleUrl(slug))!, 'utf8');
    // Parsed apart from the shared page: the statements are removed from it below.
    const $ = load(html);
    // JSON-LD is data for search engines, not code.
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
    const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
    const css = $('link[rel="stylesheet"]')
      .map((_, link) => gz(readFileSync(join(DIST, $(link).attr('href')!))))
      .get()
      .reduce((sum, size) => sum + size, 0);
    // The German text; the English statements read beside it are the page's weight, not its text.
    $('.citing').remove();
    const ownText = gz(
      $('article.document .prose, article.document h1, article.document .lede')
        .map((_, element) => $(element).text())
        .get()
        .join('\n'),
    );
    expect(gz(html) + css - ownText).toBeLessThanOrEqual(20 * 1024);
  });
});

describe('timeline', () => {
  /** Each event file as the events collection's schema reads it, references as ids. */
  const events = readdirSync(join(CONTENT, 'events')).map((name) => {
    const problems: Problem[] = [];
    const event = readYaml(`content/events/${name}`, readFileSync(join(CONTENT, 'events', name), 'utf8'), EVENT_SCHEMA, problems);
    if (!event) throw new Error(problems.map(formatProblem).join('\n'));
    return {
      ...event,
      id: name.replace(/\.yaml$/, ''),
      entities: event.entities.map((entity) => entity.id),
      cite: { article: event.cite.article.id, paragraphs: event.cite.paragraphs },
    };
  });

  describe.each([
    ['de', '/de/chronik/', '/de/entitaeten/'],
    ['en', '/en/timeline/', '/en/entities/'],
  ] as const)('%s', (lang, url, entityBase) => {
    const $ = loadPage(url);

    it('lists every event once, in an ordered list grouped by year, oldest first', () => {
      expect(events.length).toBeGreaterThan(0);
      const years = $('ol.timeline > li > h2 time')
        .map((_, time) => $(time).attr('datetime'))
        .get();
      expect(years).toEqual([...new Set(events.map((event) => event.date.slice(0, 4)))].sort());
      const dateOf = new Map(events.map((event) => [`event-${event.id}`, event.date]));
      const dates = $('ol.timeline .event')
        .map((_, shown) => dateOf.get(shown.attribs['id']!))
        .get();
      expect(dates).toHaveLength(events.length);
      expect([...dates].sort()).toEqual(dates);
      for (const event of events) {
        const shown = $(`#event-${event.id}`);
        expect(shown.find('h3').text(), event.id).toBe(event.title[lang]);
        expect(shown.closest('ol.timeline > li').find('h2 time').attr('datetime')).toBe(event.date.slice(0, 4));
        // A bare year has no date of its own: its heading gives it (tests/site/navigation.test.ts).
        expect(shown.find('time').attr('datetime')).toBe(event.date.length > 4 ? event.date : undefined);
      }
    });

    it('links each event to the German paragraphs it rests on and to its entities', () => {
      for (const event of events) {
        const hrefs = $(`#event-${event.id} a`)
          .map((_, link) => $(link).attr('href'))
          .get();
        const sources = event.cite.paragraphs.map((number) => `${articleUrl(event.cite.article)}#p-${number}`);
        expect(hrefs, event.id).toEqual([...sources, ...event.entities.map((id) => `${entityBase}${id}/`)]);
        const article = loadPage(articleUrl(event.cite.article));
        for (const number of event.cite.paragraphs) expect(article(`[id="p-${number}"]`).length).toBe(1);
      }
    });

    it('is linked from the home page', () => {
      expect(loadPage(`/${lang}/`)(`.page-intro a[href="${url}"]`).length).toBe(1);
    });
  });

  it('lists its events on each entity page, linked to their place on the timeline', () => {
    for (const lang of ['de', 'en'] as const) {
      const [base, timeline] = lang === 'de' ? ['/de/entitaeten/', '/de/chronik/'] : ['/en/entities/', '/en/timeline/'];
      const openai = loadPage(`${base}openai/`);
      const listed = openai('.entity-events a')
        .map((_, link) => openai(link).attr('href'))
        .get();
      expect(listed).toEqual(
        loadPage(timeline)('.event')
          .filter((_, element) => events.find((event) => `event-${event.id}` === element.attribs['id'])!.entities.includes('openai'))
          .map((_, element) => `${timeline}#${element.attribs['id']}`)
          .get(),
      );
      expect(listed.length).toBeGreaterThan(5);
      expect(loadPage(`${base}bill-gates/`)('.entity-events').length).toBe(0);
    }
  });
});
