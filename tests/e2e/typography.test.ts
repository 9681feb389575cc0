/**
 * The type scale as a reader sees it in Chromium: the longest titles in content/ take at most three lines at
 * 1280 px, body text keeps a measure of 60 to 75 characters, German text is hyphenated by German rules, figures
 * that line up are tabular, and the text face is the self-hosted subset, at most 60 KB of fonts per page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/record/problems.ts';
import { ARTICLE_SCHEMA, SUMMARY_SCHEMA } from '../../src/record/schemas.ts';
import { readFrontmatter } from '../../src/record/yaml-reader.ts';
import { useBrowser } from '../helpers/browser.ts';
import { PROJECT } from '../helpers/project-copy.ts';
import { pathFor } from '../../src/routing/urls.ts';

const TEXT_FAMILY = 'Source Serif 4 Subset';
const WIDE = { width: 1280, height: 800 };

/** The slug and title of a folder's longest title, by characters. */
function longestTitle(folder: string, schema: z.ZodType<{ title: string }>): { slug: string; title: string } {
  const titles = readdirSync(join(PROJECT, 'content', folder)).map((name) => {
    const file = `content/${folder}/${name}`;
    const problems: Problem[] = [];
    const read = readFrontmatter(file, readFileSync(join(PROJECT, file), 'utf8'), schema, problems);
    if (!read) throw new Error(problems.map(formatProblem).join('\n'));
    return { slug: name.replace(/\.mdx$/, ''), title: read.data.title };
  });
  return titles.sort((a, b) => b.title.length - a.title.length)[0]!;
}

const article = longestTitle('articles', ARTICLE_SCHEMA);
const summary = longestTitle('summaries', SUMMARY_SCHEMA);
const ARTICLE = pathFor('de', { kind: 'document', slug: article.slug });
const SUMMARY = pathFor('en', { kind: 'document', slug: summary.slug });

const browser = useBrowser('typography');

async function open(path: string, viewport = WIDE): Promise<Page> {
  const page = await browser.open({ viewport });
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Lines an element's text takes: its content box height over its line height. */
function lineCount(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      const height = element.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      return height / parseFloat(style.lineHeight);
    });
}

describe('type scale', () => {
  it.each([
    ['German article', ARTICLE, article.title],
    ['English summary', SUMMARY, summary.title],
  ])('the longest %s title in content/ takes at most three lines at 1280 px, in the text face', async (_, path, title) => {
    const page = await open(path);
    expect(await page.locator('h1').textContent()).toBe(title);
    const lines = await lineCount(page, 'h1');
    expect(lines, `${title}: ${lines.toFixed(2)} lines`).toBeLessThanOrEqual(3.05);
    expect(await page.evaluate((family) => document.fonts.check(`600 28px "${family}"`, 'Aa'), TEXT_FAMILY)).toBe(true);
    expect(await page.locator('h1').evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"Source Serif 4 Subset"/);
  });

  it.each([ARTICLE, SUMMARY, '/de/', '/en/'])(
    '%s: body paragraphs at 1280 px are 60 to 75 characters wide (in ch of the body font)',
    async (path) => {
      const page = await open(path);
      // Body text: a teaser line ("Weiterlesen: …") is small print in the page chrome's face, not reading text.
      const widths = await page.locator('main :is(.prose p:not(.teaser), .card-text)').evaluateAll((paragraphs) =>
        paragraphs.map((paragraph) => {
          // The width of "0" in the paragraph's own font: what 1ch is there.
          const probe = document.createElement('span');
          probe.textContent = '0'.repeat(100);
          probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden';
          paragraph.append(probe);
          const ch = probe.getBoundingClientRect().width / 100;
          probe.remove();
          return paragraph.getBoundingClientRect().width / ch;
        }),
      );
      expect(widths.length).toBeGreaterThan(0);
      for (const width of widths) {
        expect(width).toBeGreaterThanOrEqual(60);
        expect(width).toBeLessThanOrEqual(75);
      }
    },
  );

  it('reading text, headings and the lede use the text face, the page chrome the system sans', async () => {
    const page = await open(ARTICLE);
    const family = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).fontFamily);
    for (const selector of ['h1', '.lede', '.prose p', '.prose h2'])
      expect(await family(selector), selector).toMatch(/^"Source Serif 4 Subset"/);
    for (const selector of ['.site-header', '.meta']) expect(await family(selector), selector).not.toContain('Source Serif');
  });
});

describe('hyphenation', () => {
  it('German text, on the article page and quoted on the summary page, is hyphenated with lang="de"', async () => {
    for (const [path, selector] of [
      [ARTICLE, '.prose p'],
      [ARTICLE, '.lede'],
      [SUMMARY, '.original-title cite'],
      [SUMMARY, '.cite-sources blockquote'],
    ] as const) {
      const page = await open(path);
      const found = await page.locator(selector).evaluateAll((elements) =>
        elements.map((element) => ({
          hyphens: getComputedStyle(element).hyphens,
          lang: element.closest('[lang]')?.getAttribute('lang'),
        })),
      );
      expect(found.length, `${path} ${selector}`).toBeGreaterThan(0);
      expect(new Set(found.map(({ hyphens, lang }) => `${hyphens} ${lang}`)), `${path} ${selector}`).toEqual(new Set(['auto de']));
    }
  });

  it('English text is hyphenated with lang="en"; headings are not hyphenated', async () => {
    const page = await open(SUMMARY);
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => `${getComputedStyle(element).hyphens} ${element.closest('[lang]')?.getAttribute('lang')}`);
    expect(await style('.prose p')).toBe('auto en');
    expect(await style('h1')).toBe('manual en');
    expect(await style('.prose h2, .key-points h2')).toBe('manual en');
  });
});

describe('tabular figures', () => {
  it.each([
    ['/de/chronik/', '.event-date'],
    ['/en/timeline/', '.event-date'],
    [ARTICLE, '.meta time'],
    [ARTICLE, '.cited-by'],
    [SUMMARY, '.cites a'],
    [SUMMARY, '.cite-sources figcaption'],
    ['/de/', '.card-meta'],
    ['/en/entities/', '.entity-index .note'],
    ['/de/karte/', '.co-mentions dt'],
  ])('%s: %s sets its figures tabular', async (path, selector) => {
    const page = await open(path);
    const numeric = await page
      .locator(selector)
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).fontVariantNumeric));
    expect(numeric.length).toBeGreaterThan(0);
    expect(numeric.filter((value) => !value.includes('tabular-nums'))).toEqual([]);
  });

  it('the text face keeps both figure forms through subsetting: tabular (its default) and proportional on request', async () => {
    const page = await open(ARTICLE);
    const widths = await page.evaluate((family) => {
      const measure = (text: string, numeric: string) => {
        const span = document.createElement('span');
        span.textContent = text;
        span.style.cssText = `position:absolute;white-space:nowrap;font:400 40px "${family}";font-variant-numeric:${numeric}`;
        document.body.append(span);
        const width = span.getBoundingClientRect().width;
        span.remove();
        return width;
      };
      return Object.fromEntries(
        ['normal', 'tabular-nums', 'proportional-nums'].map((numeric) => [
          numeric,
          { zeros: measure('0000000000', numeric), ones: measure('1111111111', numeric) },
        ]),
      );
    }, TEXT_FAMILY);
    expect(widths['tabular-nums']!.ones).toBeCloseTo(widths['tabular-nums']!.zeros, 1);
    expect(widths['normal']!.ones).toBeCloseTo(widths['normal']!.zeros, 1);
    expect(widths['proportional-nums']!.ones).toBeLessThan(widths['proportional-nums']!.zeros - 1);
  });
});

describe('fonts a reader downloads', () => {
  it.each([ARTICLE, SUMMARY, '/de/', '/en/'])(
    '%s: the text face from this site, all font-display: swap, at most 60 KB in all',
    async (path) => {
      const page = await browser.open({ viewport: WIDE });
      const fonts: { url: string; bytes: number }[] = [];
      page.on('requestfinished', async (request) => {
        if (request.resourceType() !== 'font') return;
        const body = await (await request.response())?.body();
        fonts.push({ url: new URL(request.url()).pathname, bytes: body?.length ?? 0 });
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      const faces = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].map((face) => ({ family: face.family, display: face.display, status: face.status }));
      });
      expect(faces.filter((face) => face.display !== 'swap')).toEqual([]);
      expect(faces.some((face) => face.family.includes('Source Serif 4 Subset') && face.status === 'loaded')).toBe(true);
      expect(fonts.some((font) => /\/fonts\/serif-400-[0-9a-f]+\.woff2$/.test(font.url))).toBe(true);
      // The preload and the stylesheet's request are one download.
      expect(new Set(fonts.map((font) => font.url)).size).toBe(fonts.length);
      const total = fonts.reduce((sum, font) => sum + font.bytes, 0);
      expect(total, fonts.map((font) => `${font.url} ${font.bytes}`).join(', ')).toBeLessThanOrEqual(60 * 1024);
    },
  );
});
