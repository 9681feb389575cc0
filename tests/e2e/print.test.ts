/** Printing an article or a summary in Chromium: the text and its source, without the screen's furniture. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor } from '../../src/routing/urls.ts';

const ARTICLE = pathFor('de', { kind: 'document', slug: 'microsoft-vertieft-partnerschaft-mit-openai' });
const SUMMARY = pathFor('en', { kind: 'document', slug: 'microsoft-vertieft-partnerschaft-mit-openai' });
/** Screen furniture of every page; an article adds its table of contents. */
const FURNITURE = ['.skip-link', '.site-header', '.site-header nav', '.header-search', '.language-switch', '.site-footer'];

const browser = useBrowser('print');

/** Opens a page as printed (dark system scheme, to show print is light anyway), with one external link added to its text. */
async function openPrinted(path: string) {
  const page = await browser.open({ viewport: { width: 794, height: 1123 }, colorScheme: 'dark' });
  await page.goto(path);
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: 'https://example.com/quelle', textContent: 'external' });
    document.querySelector('.prose p')!.append(' ', link);
  });
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** The selectors of `furniture` that match at least one visible element on the page. */
const shown = (page: Page, furniture: string[]) =>
  page.evaluate(
    (selectors) => selectors.filter((selector) => [...document.querySelectorAll(selector)].some((element) => element.checkVisibility())),
    furniture,
  );

describe.each([
  ['article', ARTICLE, [...FURNITURE, '.toc']],
  ['summary', SUMMARY, FURNITURE],
])('a printed %s', (_kind, path, furniture) => {
  it('hides header, navigation, search, skip link and footer; keeps the text', async () => {
    const page = await openPrinted(path);
    expect(await shown(page, furniture)).toEqual([]);
    for (const selector of ['h1', '.prose p']) expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    // Printed on wide paper too, where the screen shows the header search field.
    await page.setViewportSize({ width: 1280, height: 1123 });
    expect(await shown(page, furniture)).toEqual([]);
    // On screen at that width every piece shows: the selectors above match the page's real furniture.
    await page.emulateMedia({ media: 'screen' });
    expect(await shown(page, furniture)).toEqual(furniture);
    expect(await page.locator('.site-header').isVisible()).toBe(true);
  });

  it('sets the text in a serif face, dark on light, and keeps headings with what follows', async () => {
    const page = await openPrinted(path);
    const style = await page.evaluate(() => {
      const body = getComputedStyle(document.querySelector('.prose p')!);
      return {
        font: body.fontFamily,
        color: body.color,
        breakAfter: getComputedStyle(document.querySelector('.prose h2, h1')!).breakAfter,
      };
    });
    expect(style.font).toMatch(/serif$/);
    expect(style.font).not.toMatch(/sans-serif$/);
    expect(style.color).toBe('rgb(0, 0, 0)');
    expect(style.breakAfter).toBe('avoid');
  });

  it('prints the address of external links only', async () => {
    const page = await openPrinted(path);
    const after = (selector: string) => page.evaluate((css) => getComputedStyle(document.querySelector(css)!, '::after').content, selector);
    expect(await after('a[href="https://example.com/quelle"]')).toBe('" (https://example.com/quelle)"');
    expect(await after('.prose a[href^="/"], .document-header a[href^="/"]')).toBe('none');
  });
});

it('a printed article shows its source note', async () => {
  const page = await openPrinted(ARTICLE);
  expect(await page.locator('.source-note').isVisible()).toBe(true);
  expect(await page.locator('.source-note a').textContent()).toMatch(/\.txt$/);
});

// Read in parallel on wide screens (tests/e2e/parallel-reading.test.ts), printed in one column in reading order.
describe('printed on paper as wide as a screen that reads in parallel', () => {
  it('a summary: each statement, then below it its German quotes, folded as on a phone', async () => {
    const page = await openPrinted(SUMMARY);
    await page.setViewportSize({ width: 1280, height: 1123 });
    const rows = await page.locator('.key-points li[id], .statement[id]').evaluateAll((rows) =>
      rows.map((row) => ({
        id: row.id,
        statementBottom: row.querySelector(':scope > .statement-text, :scope > p')!.getBoundingClientRect().bottom,
        quotesTop: row.querySelector(':scope > .cite-sources')!.getBoundingClientRect().top,
        quotesShown: [...row.querySelectorAll('blockquote')].filter((quote) => quote.checkVisibility()).length,
      })),
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row.quotesTop, `${row.id}: quotes below the statement`).toBeGreaterThanOrEqual(row.statementBottom);
      expect(row.quotesShown, row.id).toBe(0);
    }
  });

  it('an article: the German text in one column, without the statements read beside it on screen', async () => {
    const page = await openPrinted(ARTICLE);
    await page.setViewportSize({ width: 1280, height: 1123 });
    expect(await page.locator('.citing').count()).toBeGreaterThan(0);
    expect(await page.locator('.citing').evaluateAll((citing) => citing.filter((element) => element.checkVisibility()).length)).toBe(0);
    const { width, blocks } = await page.locator('.prose').evaluate((prose) => ({
      width: prose.getBoundingClientRect().width,
      blocks: [...prose.querySelectorAll(':scope > [id^="p-"]')].map((block) => block.getBoundingClientRect().width),
    }));
    for (const block of blocks) expect(block, 'each block as wide as the text').toBeCloseTo(width, 0);
    // On screen at that width, the statements stand beside it.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.citing').first().isVisible()).toBe(true);
  });
});
