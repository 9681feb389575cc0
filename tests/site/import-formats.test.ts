/**
 * Scraped Markdown, HTML and plain text imported with `npm run import` into the grown copy and built there
 * (tests/helpers/shared-builds.ts): the page shows the source's text content and nothing else, links stay links
 * (external ones marked), emphasis and headings render, images are not embedded, the original is linked, the
 * raw file is served as plain text; a broken article stops the build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA, type ArticleFileData } from '../../src/record/schemas.ts';
import type { Problem } from '../../src/record/problems.ts';
import { readFrontmatter } from '../../src/record/yaml-reader.ts';
import { readSource } from '../../src/record/import/source.ts';
import { foldWhitespace, unshownSourceUnits } from '../../src/record/verbatim.ts';
import { blockTexts, ENTITY_LINK, type BuiltSite } from '../helpers/dist.ts';
import { copyProject, PROJECT, type ProjectCopy, type ScriptResult } from '../helpers/project-copy.ts';
import { SCRAPED, SCRAPED_FILES as FIXTURES, sharedBuild } from '../helpers/shared-builds.ts';
import { filePath, routeParam, siteFile } from '../../src/routing/urls.ts';

let project: ProjectCopy;
let site: BuiltSite;
let build: ScriptResult;
let imported: ScriptResult;
/** Fixture file → slug and frontmatter of the article it became. */
const articles = new Map<string, { slug: string; data: ArticleFileData }>();

beforeAll(async () => {
  const shared = await sharedBuild('grown');
  project = shared.copy;
  site = shared.site;
  imported = shared.steps['import scraped']!;
  const problems: Problem[] = [];
  for (const name of readdirSync(join(project.root, 'content', 'articles'))) {
    const text = readFileSync(join(project.root, 'content', 'articles', name), 'utf8');
    const data = readFrontmatter(name, text, ARTICLE_SCHEMA, problems)?.data;
    if (data && FIXTURES.includes(data.source)) articles.set(data.source, { slug: name.replace(/\.mdx$/, ''), data });
  }
  expect(problems).toEqual([]);
  build = shared.steps['build']!;
}, 600_000);

function page(file: string): CheerioAPI {
  const { slug } = articles.get(file)!;
  return load(readFileSync(join(project.root, 'dist', routeParam('de', { kind: 'document', slug }), 'index.html'), 'utf8'));
}

it('imports every fixture in one command, saying for each what it wrote, and builds', () => {
  expect(imported.status, imported.output).toBe(0);
  for (const file of FIXTURES) expect(imported.output).toContain(`content/sources/${file}`);
  expect([...articles.keys()].sort()).toEqual(FIXTURES);
  expect(build.status, build.output.slice(-3000)).toBe(0);
});

describe.each(FIXTURES)('the page of %s', (file) => {
  it("shows the source's text content: every unit is on the page or recorded as omitted, and every block is a unit", () => {
    const $ = page(file);
    const raw = readFileSync(join(SCRAPED, file), 'utf8');
    const { data } = articles.get(file)!;
    expect(unshownSourceUnits(raw, data.format, blockTexts($, 'article.document'), data.omitted)).toEqual([]);
    const units = new Set(readSource(raw, data.format).units.map((unit) => foldWhitespace(unit.text)));
    // A list is one numbered block of units, its items (each without its sub-list); a table's units are its cells.
    const blocks = $('article.document [id^="p-"]')
      .map((_, element) =>
        $(element).is('ul, ol')
          ? $(element)
              .find('li')
              .map((_, item) => foldWhitespace($(item).clone().children('ul, ol').remove().end().text()))
              .get()
          : $(element).is('table')
            ? $(element)
                .find('th, td')
                .map((_, cell) => foldWhitespace($(cell).text()))
                .get()
            : [foldWhitespace($(element).text())],
      )
      .get();
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((text) => !units.has(text))).toEqual([]);
  });

  it('embeds no image and runs nothing of the source', () => {
    const $ = page(file);
    expect($('article.document img').length).toBe(0);
    expect($('article.document iframe, article.document form, article.document [onclick]').length).toBe(0);
    expect($('script:not([type="application/ld+json"])').text()).not.toMatch(/track|alert|dataLayer/);
  });
});

describe('links, emphasis and headings', () => {
  it('keep links as links: external ones with rel="noopener" and the external mark, e-mail addresses as mailto', () => {
    const $ = page('title-link-images.md');
    const links = $('article.document .prose a, article.document p a')
      .filter((_, link) => !$(link).is(ENTITY_LINK) && !$(link).closest('.source-note, .paragraph-links').length)
      .map((_, link) => ({
        href: $(link).attr('href'),
        text: $(link).text(),
        rel: $(link).attr('rel'),
        external: $(link).hasClass('external'),
      }))
      .get()
      .filter((link) => !link.href?.startsWith('#') && !link.href?.startsWith('/'));
    expect(links).toEqual([
      {
        href: 'https://recht.example.org/urteile/az-123.pdf',
        text: 'https://recht.example.org/urteile/az-123.pdf',
        rel: 'noopener',
        external: true,
      },
      { href: 'mailto:redaktion@recht.example.org', text: 'redaktion@recht.example.org', rel: undefined, external: false },
    ]);
  });

  it('render emphasis, strong text and headings; contact and source lines stay paragraphs', () => {
    const body = '[id^="p-"]';
    expect(page('title-link-images.md')(`${body} em`).text()).toBe('Mit Material von Reuters');
    expect(page('jekyll-rfc2822.md')(`${body} strong`).text()).toBe('Vorkaufsrecht');
    expect(page('jekyll-rfc2822.md')(`${body} em`).text()).toBe('deutlichen');
    expect(page('html-fragment.html')(`h2${body}`).first().text()).toMatch(/^Kritik aus Kalifornien/);
    expect(page('html-fragment.html')(`${body} strong`).text()).toBe('Auskunft');
    const $ = page('dateline-press-release.txt');
    const headings = $(`h2${body}, h3${body}`)
      .map((_, heading) => foldWhitespace($(heading).text()))
      .get();
    expect(headings).toEqual(['Über Contoso']);
  });

  it('mark only a text that really breaks off as cut off', () => {
    const cutOff = FIXTURES.filter((file) => page(file)('.truncation-note').length > 0);
    expect(cutOff).toEqual(['really-truncated.txt']);
  });
});

describe('the original and the raw file', () => {
  it('links the original on the page and names it in the JSON-LD', () => {
    const $ = page('saved-news-page.html');
    const original = 'https://news.example.de/tech/openai-neues-modell-123.html';
    expect($(`.source-note a[href="${original}"]`).attr('rel')).toBe('noopener');
    const jsonLd = JSON.parse($('head script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(jsonLd['isBasedOn']).toBe(original);
    expect(jsonLd['datePublished']).toBe('2025-05-14T07:45+02:00');
    expect(jsonLd['publisher']).toEqual({ '@type': 'Organization', name: 'Nachrichtenportal Beispiel' });
  });

  it('serves an HTML or Markdown source as plain text, byte for byte, never as a page', () => {
    const $ = page('saved-news-page.html');
    expect($('.source-note a[type="text/plain"]').attr('href')).toBe(site.at(filePath({ kind: 'source', file: 'saved-news-page.html' })));
    expect(
      readFileSync(join(project.root, 'dist', siteFile({ kind: 'source', file: 'saved-news-page.html' }))).equals(
        readFileSync(join(SCRAPED, 'saved-news-page.html')),
      ),
    ).toBe(true);
    expect(existsSync(join(project.root, 'dist', siteFile({ kind: 'source', file: 'saved-news-page.html' }).replace(/\.txt$/, '')))).toBe(
      false,
    );
    expect(existsSync(join(project.root, 'dist', siteFile({ kind: 'source', file: 'consent-banner.txt' })))).toBe(true);
  });
});

describe('a broken article', () => {
  it('stops npm run build with the content check’s message (the verbatim check included)', () => {
    const { slug, data } = articles.get('toml-frontmatter.md')!;
    // A copy of its own (the grown copy is shared): this article, its source and the entities.
    const entities = readdirSync(join(PROJECT, 'content', 'entities')).map((name) => `entities/${name}`);
    const broken = copyProject({ content: entities });
    try {
      const article = readFileSync(join(project.root, 'content', 'articles', `${slug}.mdx`), 'utf8');
      writeFileSync(
        join(broken.root, 'content', 'articles', `${slug}.mdx`),
        article.replace('Agenten arbeiten nach seinen Worten', 'Agenten arbeiten nach ihren Worten'),
      );
      writeFileSync(join(broken.root, 'content', 'sources', data.source), readFileSync(join(SCRAPED, data.source)));
      const result = broken.run('build');
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(
        `content/articles/${slug}.mdx: content/sources/toml-frontmatter.md:15 is not in the article word for word`,
      );
    } finally {
      broken.remove();
    }
  }, 300_000);
});
