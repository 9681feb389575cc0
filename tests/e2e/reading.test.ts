/** A reader's paths through the site in Chromium, with the mouse and with the keyboard alone, on a phone and a desktop. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor } from '../../src/routing/urls.ts';

const ARTICLE = pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });
const SUMMARY = pathFor('en', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });

const browser = useBrowser('reading');
let page: Page;

/** Presses Tab until the focused element matches, then returns; fails after `limit` presses. */
async function tabTo(selector: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function keyboardOpen(selector: string, urlPattern: RegExp): Promise<void> {
  await tabTo(selector);
  await page.keyboard.press('Enter');
  await page.waitForURL(urlPattern);
}

describe.each([
  ['phone', { width: 375, height: 812 }],
  ['desktop', { width: 1280, height: 900 }],
] as const)('on a %s', (device, viewport) => {
  it('chooses a language, reads an article, switches to its summary and back (mouse)', async () => {
    page = await browser.open({ viewport });
    await page.goto('/');
    await page.locator('a[href="/de/"]').click();
    await page.waitForURL('**/de/');
    await page.locator(`.card a[href="${ARTICLE}"]`).click();
    await page.waitForURL(`**${ARTICLE}`);
    expect(await page.locator('h1').textContent()).toContain('Ultraman und Nadella');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.locator('a[data-language-switch]').click();
    await page.waitForURL(`**${SUMMARY}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('a.cta').first().click();
    await page.waitForURL(`**${ARTICLE}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
  });

  it('does the same with the keyboard alone', async () => {
    page = await browser.open({ viewport });
    await page.goto('/');
    await keyboardOpen('a[href="/de/"]', /\/de\/$/);
    await keyboardOpen(`.card a[href="${ARTICLE}"]`, new RegExp(ARTICLE));
    await keyboardOpen('a[data-language-switch]', new RegExp(SUMMARY));
    await keyboardOpen('a.cta', new RegExp(ARTICLE));
  });

  it('follows an entity link from "Ultraman" to Sam Altman, sees the mention and jumps back to it', async () => {
    page = await browser.open({ viewport });
    await page.goto(ARTICLE);
    const ultraman = page.locator('.lede a[id^="lede-mention-"]', { hasText: 'Ultraman' });
    expect(await ultraman.getAttribute('href')).toBe('/de/entitaeten/sam-altman/');
    await ultraman.click();
    await page.waitForURL('**/de/entitaeten/sam-altman/');
    expect(await page.locator('h1').textContent()).toBe('Sam Altman');
    const mention = page.locator(`a[href^="${ARTICLE}#"]`, { hasText: 'Ultraman und Nadella traten erstmals gemeinsam' });
    expect(await mention.count()).toBe(1);
    const href = (await mention.getAttribute('href'))!;
    await mention.click();
    await page.waitForURL(`**${href}`);
    const anchor = decodeURIComponent(href.split('#')[1]!);
    expect(await page.locator(`[id="${anchor}"]`).textContent()).toBe('Ultraman');
    expect(await page.evaluate((id) => document.getElementById(id)?.matches(':target'), anchor)).toBe(true);
    await page.goBack();
    await page.waitForURL('**/de/entitaeten/sam-altman/');
  });

  it('follows an entity link with the keyboard and comes back', async () => {
    page = await browser.open({ viewport });
    await page.goto(SUMMARY);
    await keyboardOpen('.prose a[id^="mention-"]', /\/en\/entities\//);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.goBack();
    await page.waitForURL(`**${SUMMARY}`);
  });

  it.each([
    ['/de/', 'Rechenleistung', ARTICLE, '/de/suche/'],
    ['/en/', 'computing power', SUMMARY, '/en/search/'],
  ])('searches from %s for "%s" with the keyboard and opens the result', async (home, query, expected, searchPage) => {
    page = await browser.open({ viewport });
    await page.goto(home);
    if (device === 'phone') {
      // A phone's header links to the search page, whose own field takes the focus.
      await keyboardOpen(`.site-header nav a[href="${searchPage}"]`, new RegExp(`${searchPage}$`));
      await page.locator('#search-input:focus').waitFor();
    } else {
      await tabTo('#header-search-input');
    }
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=/);
    await page.locator('.result').first().waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === expected);
  });
});
