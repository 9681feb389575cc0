/**
 * The browser helper's promise to every browser suite: a test's page carries nothing of the test before it (no
 * init script, route, listener, history or emulated media), although the pages share their context's renderer.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser('browser pages');
let earlier: Page;
let earlierHistory = 0;
const requested: string[] = [];

describe('each test of a suite', () => {
  it('(the first) leaves an init script, a route, a listener, history and a dark phone viewport behind', async () => {
    earlier = await browser.open({ viewport: { width: 375, height: 700 }, colorScheme: 'dark' });
    await earlier.addInitScript(() => ((window as unknown as { leftOver: boolean }).leftOver = true));
    await earlier.route('**/de/', (route) => route.fulfill({ body: '<title>replaced</title>' }));
    earlier.on('request', (request) => requested.push(request.url()));
    await earlier.goto('/en/');
    await earlier.goto('/de/');
    expect(await earlier.title()).toBe('replaced');
    expect(await earlier.evaluate(() => 'leftOver' in window)).toBe(true);
    earlierHistory = await earlier.evaluate(() => history.length);
  });

  it('(the next) gets a page of its own, the earlier one closed', async () => {
    const page = await browser.open();
    expect(page).not.toBe(earlier);
    expect(earlier.isClosed()).toBe(true);
    const seen = requested.length;
    await page.goto('/de/');
    expect(await page.title()).not.toBe('replaced');
    expect(await page.evaluate(() => 'leftOver' in window)).toBe(false);
    // A new tab's history holds its first blank document and this test's one page.
    expect(await page.evaluate(() => history.length)).toBeLessThan(earlierHistory);
    expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    expect(requested.length).toBe(seen);
  });
});
