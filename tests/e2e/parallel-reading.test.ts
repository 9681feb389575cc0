/**
 * Parallel reading in Chromium: from 1200 px a summary's statements stand in rows beside the German paragraphs
 * they cite, and an article's paragraphs beside the statements that first cite them; narrower, one column as
 * before. The reading order (what a screen reader reads, in order) keeps each statement before its German quotes
 * and each German paragraph before the statements beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor } from '../../src/routing/urls.ts';

const SLUG = 'altman-nadella-gespraech-nach-umstrukturierung';
const SUMMARY = pathFor('en', { kind: 'document', slug: SLUG });
const ARTICLE = pathFor('de', { kind: 'document', slug: SLUG });
const WIDE = { width: 1280, height: 900 };
/** Just below the width where the columns start, and a phone. */
const NARROW = [
  ['1199 px', { width: 1199, height: 900 }],
  ['phone', { width: 375, height: 812 }],
] as const;

const browser = useBrowser('parallel');
let page: Page;

/** Each statement of the summary: its English box, the box of its German quotes, and what of them shows. */
const summaryRows = () =>
  page.evaluate(() => {
    const box = (element: Element) => {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    return [...document.querySelectorAll('.key-points li[id], .statement[id]')].map((row) => {
      const quotes = [...row.querySelectorAll(':scope > details.cite-sources blockquote')];
      return {
        id: row.id,
        english: box(row.querySelector(':scope > .statement-text, :scope > p')!),
        german: box(row.querySelector(':scope > details.cite-sources')!),
        quotes: quotes.length,
        quotesShown: quotes.filter((quote) => quote.checkVisibility()).length,
        quoteLangs: [...new Set(quotes.map((quote) => quote.closest('[lang]')!.getAttribute('lang')))],
        summaryShown: row.querySelector(':scope > details.cite-sources > summary')!.checkVisibility(),
      };
    });
  });

/** Each group of statements beside a German paragraph: the paragraph's box, the statements' box, and what shows. */
const articleRows = () =>
  page.evaluate(() => {
    const box = (element: Element) => {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    return [...document.querySelectorAll('.citing')].map((citing) => {
      const paragraph = citing.previousElementSibling!;
      return {
        paragraph: paragraph.id,
        german: box(paragraph),
        english: box(citing),
        shown: citing.checkVisibility(),
        germanLang: paragraph.closest('[lang]')!.getAttribute('lang'),
        englishLang: citing.closest('[lang]')!.getAttribute('lang'),
        links: [...citing.querySelectorAll('a')].map((link) => link.getAttribute('href')),
      };
    });
  });

/** Whether every text occurs in the accessibility tree's snapshot, in this order. */
function inOrder(tree: string, texts: string[]): boolean {
  const positions = texts.map((text) => tree.indexOf(text));
  expect(
    positions.every((position) => position >= 0),
    `${texts.join(' | ')}\n${tree}`,
  ).toBe(true);
  return positions.every((position, index) => index === 0 || position > positions[index - 1]!);
}

const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('a summary', () => {
  it('at 1280 px: each statement in a row beside its German quotes, shown and aligned at the top; rows one below the other', async () => {
    page = await browser.open({ viewport: WIDE });
    await page.goto(SUMMARY);
    const rows = await summaryRows();
    expect(rows.map((row) => row.id)).toEqual(['kp-1', 'kp-2', 'kp-3', 'kp-4', 'kp-5', 'kp-6', 's-1', 's-2', 's-3', 's-4', 's-5']);
    for (const row of rows) {
      expect(Math.abs(row.german.top - row.english.top), `${row.id}: tops aligned`).toBeLessThanOrEqual(1);
      expect(row.german.left - row.english.right, `${row.id}: German beside English`).toBeGreaterThanOrEqual(24);
      expect(row.quotesShown, `${row.id}: every quote shown`).toBe(row.quotes);
      expect(row.summaryShown, `${row.id}: no fold to open`).toBe(false);
      expect(row.quoteLangs).toEqual(['de']);
    }
    rows.slice(1).forEach((row, index) => {
      const above = rows[index]!;
      expect(row.english.top, `${row.id} below ${above.id}`).toBeGreaterThanOrEqual(Math.max(above.english.bottom, above.german.bottom));
    });
    expect(await overflow(), 'no horizontal scrolling').toBeLessThanOrEqual(0);
  });

  it.each(NARROW)('at %s: reads as before, each statement above its folded quotes', async (_name, viewport) => {
    page = await browser.open({ viewport });
    await page.goto(SUMMARY);
    for (const row of await summaryRows()) {
      expect(row.german.top, `${row.id}: quotes below the statement`).toBeGreaterThanOrEqual(row.english.bottom);
      expect(row.quotesShown, `${row.id}: quotes folded`).toBe(0);
      expect(row.summaryShown).toBe(true);
    }
    expect(await overflow(), 'no horizontal scrolling').toBeLessThanOrEqual(0);
  });

  it('at 1280 px: a screen reader reads each statement, then the German paragraphs it cites; narrower, the fold', async () => {
    page = await browser.open({ viewport: WIDE });
    await page.goto(SUMMARY);
    const order = [
      'In 2019,',
      'German original, paragraph 9',
      'Paragraph 7',
      'Die Geschichte beginnt im Jahr 2019',
      'Paragraph 8',
      'Microsoft bot sich als Retter an',
      'Paragraph 9',
    ];
    expect(inOrder(await page.locator('#s-2').ariaSnapshot(), order)).toBe(true);
    expect(
      inOrder(await page.locator('#kp-1').ariaSnapshot(), ['OpenAI has restructured', 'Paragraph 18', 'Nach den Vereinbarungen']),
    ).toBe(true);
    await page.setViewportSize(NARROW[0][1]);
    const folded = await page.locator('#s-2').ariaSnapshot();
    expect(inOrder(folded, ['In 2019,', 'German original: paragraphs 7, 8, 9'])).toBe(true);
    expect(folded).not.toContain('Die Geschichte beginnt');
  });
});

describe('an article', () => {
  it('at 1280 px: beside the paragraph each statement first cites, the statements, in English, aligned at the top', async () => {
    page = await browser.open({ viewport: WIDE });
    await page.goto(ARTICLE);
    const rows = await articleRows();
    // Every statement of the summary once: six key points and five body paragraphs.
    expect(rows.flatMap((row) => row.links).map((href) => href!.split('#')[1])).toEqual(
      expect.arrayContaining(['kp-1', 'kp-2', 'kp-3', 'kp-4', 'kp-5', 'kp-6', 's-1', 's-2', 's-3', 's-4', 's-5']),
    );
    expect(rows.flatMap((row) => row.links)).toHaveLength(11);
    expect(rows.map((row) => row.paragraph)).toEqual(['p-1', 'p-7', 'p-18', 'p-21', 'p-30', 'p-40', 'p-47', 'p-63']);
    for (const row of rows) {
      expect(row.shown, row.paragraph).toBe(true);
      expect(Math.abs(row.english.top - row.german.top), `${row.paragraph}: tops aligned`).toBeLessThanOrEqual(1);
      expect(row.english.left - row.german.right, `${row.paragraph}: English beside German`).toBeGreaterThanOrEqual(24);
      expect([row.germanLang, row.englishLang]).toEqual(['de', 'en']);
    }
    expect(await overflow(), 'no horizontal scrolling').toBeLessThanOrEqual(0);
  });

  it('at 1280 px: the German text runs on without gaps beside the statements: blocks as far apart as their margins', async () => {
    page = await browser.open({ viewport: WIDE });
    await page.goto(ARTICLE);
    const gaps = await page.locator('.prose > [id^="p-"]').evaluateAll((blocks) =>
      blocks.slice(1).map((block, index) => {
        const above = blocks[index]!;
        const margins = parseFloat(getComputedStyle(above).marginBottom) + parseFloat(getComputedStyle(block).marginTop);
        return { id: block.id, extra: block.getBoundingClientRect().top - above.getBoundingClientRect().bottom - margins };
      }),
    );
    expect(gaps.length).toBeGreaterThan(50);
    for (const { id, extra } of gaps) expect(extra, `space above ${id}`).toBeLessThanOrEqual(1);
  });

  it.each(NARROW)('at %s: reads as before, the statements reached by the back-links under each paragraph', async (_name, viewport) => {
    page = await browser.open({ viewport });
    await page.goto(ARTICLE);
    const rows = await articleRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.shown, row.paragraph).toBe(false);
    expect(await page.locator('#p-18 > .cited-by').isVisible()).toBe(true);
    expect(await overflow(), 'no horizontal scrolling').toBeLessThanOrEqual(0);
  });

  it('at 1280 px: a screen reader reads a German paragraph, then the statements beside it', async () => {
    page = await browser.open({ viewport: WIDE });
    await page.goto(ARTICLE);
    const order = [
      'Nach den Vereinbarungen hat OpenAI eine Umstrukturierung',
      'Summary, key point 1',
      'OpenAI has restructured',
      'Summary, paragraph 3',
      'Under the new agreements',
      'Die gemeinnützige',
    ];
    expect(inOrder(await page.locator('.prose').ariaSnapshot(), order)).toBe(true);
  });
});
