/** Printing an article or a summary in Chromium: the text and its source, without the screen's furniture. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const ARTICLE = '/de/artikel/microsoft-vertieft-partnerschaft-mit-openai/';
const SUMMARY = '/en/summaries/microsoft-vertieft-partnerschaft-mit-openai/';
const FURNITURE = ['.skip-link', '.site-header', '.site-header nav', '.header-search', '.language-switch', '.site-footer', '.toc'];

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

describe.each([
  ['article', ARTICLE],
  ['summary', SUMMARY],
])('a printed %s', (_kind, path) => {
  it('hides header, navigation, search, skip link and footer; keeps the text', async () => {
    const page = await openPrinted(path);
    const shown = await page.evaluate(
      (selectors) => selectors.filter((selector) => [...document.querySelectorAll(selector)].some((element) => element.checkVisibility())),
      FURNITURE,
    );
    expect(shown).toEqual([]);
    for (const selector of ['h1', '.prose p']) expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    await page.emulateMedia({ media: 'screen' });
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
