/** Search in a real browser against the built index: a query table in both languages, bad input, keyboard, URL state. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';

const A000 = '/de/artikel/microsoft-vertieft-partnerschaft-mit-openai/';
const A004 = '/de/artikel/altman-nadella-gespraech-nach-umstrukturierung/';
const S000 = '/en/summaries/microsoft-vertieft-partnerschaft-mit-openai/';
const S004 = '/en/summaries/altman-nadella-gespraech-nach-umstrukturierung/';

/** [search page, query, a page expected among the first three results]. */
const TABLE: [string, string, string][] = [
  ['/de/suche/', 'Investitionen', A000],
  ['/de/suche/', 'Investition', A004],
  ['/de/suche/', 'Gespräch', A004],
  ['/de/suche/', 'Größenordnungen', A004],
  ['/de/suche/', 'Cloud', A000],
  ['/de/suche/', 'Cloud-Partner', A000],
  ['/de/suche/', 'Rechenleistung', A004],
  ['/de/suche/', 'Supercomputer', A000],
  ['/de/suche/', 'Umstrukturierung', A004],
  ['/de/suche/', 'Ultraman', A004],
  ['/de/suche/', 'Bloomberg', A000],
  ['/de/suche/', 'Stiftung', A004],
  ['/de/suche/', 'gemeinnützige', A004],
  ['/de/suche/', 'Sam Altman', '/de/entitaeten/sam-altman/'],
  ['/de/suche/', 'Nvidia', '/de/entitaeten/nvidia/'],
  ['/en/search/', 'investment', S000],
  ['/en/search/', 'investments', S000],
  ['/en/search/', 'restructuring', S004],
  ['/en/search/', 'computing power', S004],
  ['/en/search/', 'Jensen Huang', S004],
  ['/en/search/', 'Bloomberg', S000],
  ['/en/search/', 'foundation', S004],
  ['/en/search/', 'capped profit', S000],
  ['/en/search/', 'Satya Nadella', '/en/entities/satya-nadella/'],
];

const browser = useBrowser('search');
let page: Page;

async function resultsFor(path: string): Promise<string[]> {
  page = await browser.open();
  await page.goto(path);
  await page.locator('#search-status').filter({ hasText: /Treffer|result|Keine|No results/ }).waitFor();
  return page.locator('.result-title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('query table', () => {
  it.each(TABLE)('%s?q=%s finds %s among the first three', async (searchPage, query, expected) => {
    const results = await resultsFor(`${searchPage}?q=${encodeURIComponent(query)}`);
    expect(results.slice(0, 3)).toContain(expected);
  });
});

describe('results', () => {
  it('show title, type, date and an excerpt with the matched words highlighted, and link with a text fragment', async () => {
    await resultsFor(`/de/suche/?q=${encodeURIComponent('Supercomputer')}`);
    const first = page.locator('.result').first();
    await expect(first.locator('.result-meta .badge').first().textContent()).resolves.toBe('Artikel');
    await expect(first.locator('.result-meta').textContent()).resolves.toContain('23. Januar 2023');
    await expect(first.locator('.result-excerpt mark').first().textContent()).resolves.toMatch(/Supercomputer/i);
    expect(await first.locator('.result-title a').getAttribute('href')).toMatch(/#:~:text=Supercomputer/i);
  });

  it('offer sub-results that jump to the matching section', async () => {
    await resultsFor(`/de/suche/?q=${encodeURIComponent('Rechenleistung')}`);
    const sub = page.locator('.sub-results a').first();
    const href = (await sub.getAttribute('href'))!;
    expect(href).toMatch(/#[^:]+:~:text=/);
    await sub.click();
    await page.waitForURL(/\/de\/artikel\//);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1).split(':~:')[0]!);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  it('can include the other language, each result marked with its language', async () => {
    await resultsFor(`/en/search/?q=${encodeURIComponent('Rechenleistung')}&all=1`);
    const german = page.locator('.result[lang="de"]');
    expect(await german.count()).toBeGreaterThan(0);
    await expect(german.first().locator('.badge-lang').textContent()).resolves.toBe('German');
    await resultsFor(`/de/suche/?q=${encodeURIComponent('Rechenleistung')}`);
    expect(await page.locator('.result[lang="en"]').count()).toBe(0);
  });

  it('filter by type and sort by date without losing undated pages', async () => {
    const all = await resultsFor(`/de/suche/?q=OpenAI`);
    const articles = await resultsFor(`/de/suche/?q=OpenAI&type=article`);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((url) => url.startsWith('/de/artikel/'))).toBe(true);
    const sorted = await resultsFor(`/de/suche/?q=OpenAI&sort=date`);
    expect(sorted.length).toBe(all.length);
    expect(sorted.indexOf(A004)).toBeLessThan(sorted.indexOf(A000));
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '%20%20%20'],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['markup and script', encodeURIComponent('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>')],
    ['other scripts', encodeURIComponent('新智元 ÄÖÜ ß 🤖 العربية')],
  ])('%s: no error, no broken page, query shown as text', async (_name, raw) => {
    page = await browser.open();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/de/suche/?q=${raw}`);
    await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor();
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('Suche');
  });

  it('finds the publisher written in Chinese characters', async () => {
    const results = await resultsFor(`/de/suche/?q=${encodeURIComponent('新智元')}`);
    expect(results).toContain(A004);
  });
});

describe('keyboard and URL', () => {
  it('"/" and Ctrl+K focus the field; arrows walk results; Enter opens one', async () => {
    await resultsFor('/de/suche/?q=Azure');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.closest('.result') !== null);
    expect(first).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/de\/(artikel|entitaeten)\//);
  });

  it('typing updates ?q=; reload and Back restore the results', async () => {
    page = await browser.open();
    await page.goto('/de/suche/');
    await page.locator('#search-input').fill('Bloomberg');
    await page.locator('#search-input').press('Enter');
    await page.waitForURL(/\?q=Bloomberg/);
    await page.locator('.result').first().waitFor();
    const before = await page.locator('.result-title a').allTextContents();
    await page.reload();
    await page.locator('.result').first().waitFor();
    expect(await page.locator('#search-input').inputValue()).toBe('Bloomberg');
    expect(await page.locator('.result-title a').allTextContents()).toEqual(before);
    await page.locator('#search-input').fill('Nadella');
    await page.locator('#search-input').press('Enter');
    await page.waitForURL(/\?q=Nadella/);
    await page.goBack();
    await page.waitForURL(/\?q=Bloomberg/);
    await page.locator('#search-status').filter({ hasText: 'Bloomberg' }).waitFor();
    expect(await page.locator('#search-input').inputValue()).toBe('Bloomberg');
  });

  it('the header search field works without JavaScript', async () => {
    page = await browser.open({ javaScriptEnabled: false });
    await page.goto(A000);
    await page.locator('#header-search-input').fill('Azure');
    await page.locator('#header-search-input').press('Enter');
    await page.waitForURL(/\/de\/suche\/\?q=Azure/);
    expect(await page.locator('noscript').count()).toBe(1);
  });

  it('reading pages load no script until search is used', async () => {
    page = await browser.open();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(A004);
    await page.goto(S004);
    expect(scripts).toEqual([]);
  });
});
