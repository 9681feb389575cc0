/**
 * The story's navigation in Chromium: breadcrumbs and the links to the documents before and after fit a phone
 * and a desktop window, the page's own title cut to one line in the trail, and neither is printed.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor } from '../../src/routing/urls.ts';

const PAGES = [
  ['article', pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' })],
  ['summary', pathFor('en', { kind: 'document', slug: 'microsoft-vertieft-partnerschaft-mit-openai' })],
] as const;

const browser = useBrowser('navigation');

describe.each(PAGES)('%s (%s)', (_name, path) => {
  it.each([375, 1280])('at %i px: one line of breadcrumbs, neighbours inside the window', async (width) => {
    const page = await browser.open({ viewport: { width, height: 800 } });
    await page.goto(path);
    const layout = await page.evaluate(() => {
      const trail = document.querySelector('.breadcrumbs ol')!;
      const steps = [...trail.querySelectorAll('li')];
      const items = steps.map((item) => item.getBoundingClientRect());
      const links = [...document.querySelectorAll('.story-neighbours a')].map((link) => link.getBoundingClientRect());
      return {
        tops: items.map((item) => Math.round(item.top)),
        right: Math.max(...items.map((item) => item.right), ...links.map((link) => link.right)),
        links: links.length,
        // Only the page's own title, last, may be cut short.
        clipped: steps.filter((item) => item.scrollWidth > item.clientWidth).map((item) => item.textContent),
        last: steps.at(-1)!.textContent,
        viewport: document.documentElement.clientWidth,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(new Set(layout.tops).size, 'every step on one line').toBe(1);
    expect(layout.clipped.filter((step) => step !== layout.last)).toEqual([]);
    expect(layout.links).toBeGreaterThan(0);
    expect(layout.right).toBeLessThanOrEqual(layout.viewport);
    expect(layout.overflow).toBeLessThanOrEqual(0);
  });

  it('prints neither the breadcrumbs nor the neighbours', async () => {
    const page = await browser.open({ viewport: { width: 794, height: 1123 } });
    await page.goto(path);
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(true);
    expect(await page.locator('.story-neighbours').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('.story-neighbours').isVisible()).toBe(false);
  });
});
