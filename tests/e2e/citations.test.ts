/** Checking a summary against its article in Chromium: citation links, the German text beside a statement, ¶ permalinks and back-links. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor } from '../../src/routing/urls.ts';

const ARTICLE = pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });
const SUMMARY = pathFor('en', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });

const browser = useBrowser('citations');
let page: Page;

const opacity = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).opacity);

describe.each([
  ['phone', { width: 375, height: 812 }],
  ['desktop', { width: 1280, height: 900 }],
] as const)('on a %s', (_device, viewport) => {
  it('follows a key point’s citation to the German paragraph and its back-link to the key point', async () => {
    page = await browser.open({ viewport });
    await page.goto(SUMMARY);
    await page.locator('#kp-3 .cites a').first().click();
    await page.waitForURL(`**${ARTICLE}#p-30`);
    expect(await page.evaluate(() => document.getElementById('p-30')?.matches(':target'))).toBe(true);
    expect(await page.locator('#p-30').textContent()).toContain('32,5 %');
    const backLink = page.locator('#p-30 .cited-by a[href$="#kp-3"]');
    expect(await backLink.evaluate((link) => getComputedStyle(link, '::before').content)).toBe('"Kernpunkt 3"');
    await backLink.click();
    await page.waitForURL(`**${SUMMARY}#kp-3`);
    expect(await page.evaluate(() => document.getElementById('kp-3')?.matches(':target'))).toBe(true);
  });
});

// From 1200 px the quotes stand open beside their statements (tests/e2e/parallel-reading.test.ts).
describe.each([
  ['phone', { width: 375, height: 812 }],
  ['laptop', { width: 1024, height: 768 }],
] as const)('on a %s', (_device, viewport) => {
  it('opens the cited German paragraphs beside a statement without leaving the page', async () => {
    page = await browser.open({ viewport });
    await page.goto(SUMMARY);
    const quote = page.locator('#s-2 details.cite-sources blockquote[cite$="#p-8"]');
    expect(await quote.isVisible()).toBe(false);
    await page.locator('#s-2 details.cite-sources summary').click();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toBe(
      'Microsoft bot sich als Retter an: eine Investition von einer Milliarde US-Dollar und Zugang zu Azure-Cloud-Ressourcen.',
    );
    expect(page.url()).toMatch(new RegExp(`${SUMMARY}$`));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
  });
});

describe('¶ permalinks', () => {
  it('appear on hover and on keyboard focus, and lead to their paragraph', async () => {
    page = await browser.open({ viewport: { width: 1280, height: 900 } });
    await page.goto(ARTICLE);
    expect(await opacity('#p-7 > a[href="#p-7"]')).toBe('0');
    await page.locator('#p-7').hover();
    expect(await opacity('#p-7 > a[href="#p-7"]')).toBe('1');
    expect(await page.locator('#p-7 > a[href="#p-7"]').evaluate((link) => getComputedStyle(link, '::before').content)).toBe('"¶"');
    await page.mouse.move(0, 0);
    // Focus whatever precedes the ¶ in the Tab order, then Tab onto it, as a keyboard user would.
    await page.evaluate(() => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary')];
      focusable[focusable.indexOf(document.querySelector<HTMLElement>('#p-7 > a[href="#p-7"]')!) - 1]!.focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#p-7');
    expect(await opacity('#p-7 > a[href="#p-7"]')).toBe('1');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${ARTICLE}#p-7`);
    expect(await page.evaluate(() => document.getElementById('p-7')?.matches(':target'))).toBe(true);
    const size = await page.locator('#p-7 > a[href="#p-7"]').boundingBox();
    expect(Math.min(size!.width, size!.height), 'a 24 px target').toBeGreaterThanOrEqual(24);
  });
});
