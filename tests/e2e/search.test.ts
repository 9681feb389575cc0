/** Search in a real browser against the built index: a query table in both languages, bad input, keyboard, URL state. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { filePath, isSearchFile, pathFor } from '../../src/routing/urls.ts';

const A000 = pathFor('de', { kind: 'document', slug: 'microsoft-vertieft-partnerschaft-mit-openai' });
const A004 = pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });
const S000 = pathFor('en', { kind: 'document', slug: 'microsoft-vertieft-partnerschaft-mit-openai' });
const S004 = pathFor('en', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });

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
  await page
    .locator('#search-status')
    .filter({ hasText: /Treffer|result|Keine|No results/ })
    .waitFor();
  return page.locator('.result-title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('query table', () => {
  // One search page per language, each query typed and submitted as a reader does (loading a query from the URL is
  // tested below): the results, not the page load, are what the table is about.
  it.each(['/de/suche/', '/en/search/'])('%s: each query of the table finds its page among the first three', async (searchPage) => {
    const rows = TABLE.filter(([path]) => path === searchPage);
    expect(rows.length).toBeGreaterThan(5);
    page = await browser.open();
    await page.goto(searchPage);
    for (const [, query, expected] of rows) {
      await page.locator('#search-input').fill(query);
      await page.locator('#search-input').press('Enter');
      // The status names the query in quotes once its results are shown („…“ in German, “…” in English).
      await page
        .locator('#search-status')
        .filter({ hasText: new RegExp(`[„“]${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[“”]`) })
        .waitFor();
      const results = await page
        .locator('.result-title a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect.soft(results.slice(0, 3), `${searchPage}?q=${query}`).toContain(expected);
    }
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
    expect(sorted).toContain(A004);
    expect(sorted).toContain(A000);
    expect(sorted.indexOf(A004)).toBeLessThan(sorted.indexOf(A000));
  });
});

/** Clicks "more" until every result is listed; returns the result paths in order. */
async function allResults(): Promise<string[]> {
  while (await page.locator('#more-results').isVisible()) {
    const shown = await page.locator('.result').count();
    await page.locator('#more-results').click();
    await page.waitForFunction((count) => document.querySelectorAll('.result').length > count, shown);
  }
  return page.locator('.result-title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('date order', () => {
  it('lists every result once, newest first, undated pages last, in one language and across both', async () => {
    await resultsFor('/de/suche/?q=OpenAI');
    const relevance = await allResults();
    await resultsFor('/de/suche/?q=OpenAI&sort=date');
    const sorted = await allResults();
    expect(sorted).toHaveLength(new Set(sorted).size);
    expect([...sorted].sort()).toEqual([...relevance].sort());
    expect(sorted.length).toBeGreaterThan(5);
    expect(sorted.slice(0, 2)).toEqual([A004, A000]);
    expect(sorted.slice(2).every((url) => url.startsWith('/de/entitaeten/'))).toBe(true);
    await expect(page.locator('#search-status').textContent()).resolves.toContain(`${sorted.length} Treffer`);

    await resultsFor('/en/search/?q=OpenAI&all=1&sort=date');
    const across = await allResults();
    expect(across.length).toBeGreaterThan(4);
    expect(new Set(across.slice(0, 2))).toEqual(new Set([A004, S004]));
    expect(new Set(across.slice(2, 4))).toEqual(new Set([A000, S000]));
    expect(across.slice(4).every((url) => /^\/(de\/entitaeten|en\/entities)\//.test(url))).toBe(true);
    expect(across).toHaveLength(new Set(across).size);
  });
});

describe('entity answers', () => {
  async function card(path: string) {
    await resultsFor(path);
    const answer = page.locator('.entity-answer');
    await answer.first().waitFor();
    return answer;
  }

  it.each([
    [
      '/de/suche/',
      'Ultraman',
      'Sam Altman',
      'Person',
      '/de/entitaeten/sam-altman/',
      '„Ultraman“ ist ein anderer Name für Sam Altman.',
      /^CEO und Mitbegründer von OpenAI/,
    ],
    [
      '/en/search/',
      'Ultraman',
      'Sam Altman',
      'Person',
      '/en/entities/sam-altman/',
      '“Ultraman” is another name for Sam Altman.',
      /^CEO and co-founder of OpenAI/,
    ],
    [
      '/de/suche/',
      'Huang Renxun',
      'Jensen Huang',
      'Person',
      '/de/entitaeten/jensen-huang/',
      '„Huang Renxun“ ist ein anderer Name für Jensen Huang.',
      /^Chef von Nvidia/,
    ],
    [
      '/en/search/',
      'huang renxun',
      'Jensen Huang',
      'Person',
      '/en/entities/jensen-huang/',
      '“Huang Renxun” is another name for Jensen Huang.',
      /^Head of Nvidia/,
    ],
    [
      '/en/search/',
      'OpenAI-Stiftung',
      'OpenAI Foundation',
      'Organisation',
      '/en/entities/openai-foundation/',
      '“OpenAI-Stiftung” is another name for OpenAI Foundation.',
      /foundation/,
    ],
  ])('%s?q=%s shows the card of %s first', async (searchPage, query, name, kind, href, alias, description) => {
    const answer = await card(`${searchPage}?q=${encodeURIComponent(query)}`);
    expect(await answer.count()).toBe(1);
    await expect(answer.locator('h2').textContent()).resolves.toBe(name);
    expect(await answer.locator('h2 a').getAttribute('href')).toBe(href);
    await expect(answer.locator('.badge').textContent()).resolves.toBe(kind);
    await expect(answer.locator('.entity-answer-alias').textContent()).resolves.toBe(alias);
    await expect(answer.locator('.entity-answer-text').textContent()).resolves.toMatch(description);
    // The card comes before the status line and the results.
    const order = await page.evaluate(() => {
      const card = document.querySelector('.entity-answer')!;
      return [document.getElementById('search-status')!, document.getElementById('search-results')!].every(
        (node) => card.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(order).toBe(true);
  });

  it('a query by the name itself shows the card without the alias note, and its link opens the entity page', async () => {
    const answer = await card(`/de/suche/?q=${encodeURIComponent('satya nadella')}`);
    expect(await answer.locator('.entity-answer-alias').count()).toBe(0);
    await answer.locator('h2 a').click();
    await page.waitForURL(/\/de\/entitaeten\/satya-nadella\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Satya Nadella');
  });

  it.each([
    ['/de/suche/', 'Nadela', 'Meinten Sie Nadella?', 'Nadella', 'Satya Nadella'],
    ['/en/search/', 'Altmann', 'Did you mean Altman?', 'Altman', 'Sam Altman'],
  ])('%s?q=%s suggests a name, and the suggestion runs that search', async (searchPage, query, sentence, form, name) => {
    await resultsFor(`${searchPage}?q=${query}`);
    const suggestion = page.locator('.did-you-mean');
    await suggestion.waitFor();
    await expect(suggestion.textContent()).resolves.toBe(sentence);
    expect(await page.locator('.entity-answer').count()).toBe(0);
    await suggestion.locator('a').click();
    await page.waitForURL(new RegExp(`\\?q=${form}$`));
    await expect(page.locator('#search-input').inputValue()).resolves.toBe(form);
    await expect(page.locator('.entity-answer h2').textContent()).resolves.toBe(name);
    await page.goBack();
    await page.waitForURL(new RegExp(`\\?q=${query}$`));
    await suggestion.waitFor();
  });

  it.each([
    ['/de/suche/', 'Investitionen'],
    ['/en/search/', 'restructuring'],
    ['/de/suche/', 'Team'],
  ])('%s?q=%s: an ordinary word gets no card and no suggestion', async (searchPage, query) => {
    const results = await resultsFor(`${searchPage}?q=${query}`);
    expect(results.length).toBeGreaterThan(0);
    // The answers load beside the results; give them time to appear if they were going to.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#entity-answers').innerHTML()).toBe('');
  });

  /** [search, how many headings main has at least: the h1, and the card's name as an h2 when a card shows]. */
  it.each([
    ['/de/suche/?q=Ultraman', 2],
    ['/en/search/?q=Nadela', 1],
  ])('%s passes axe with the answer shown, headings in order', async (path, atLeast) => {
    await resultsFor(path);
    await page.locator('#entity-answers > *').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    const levels = await page
      .locator('main h1, main h2, main h3')
      .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.length).toBeGreaterThanOrEqual(atLeast);
    expect(levels.slice(1).every((level) => level === 2)).toBe(true);
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

  it('a reading page loads nothing for search; the search page focuses its field and starts Pagefind without a worker', async () => {
    page = await browser.open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/de/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter(isSearchFile)).toEqual([]);
    await page.goto('/de/suche/');
    await page.locator('#search-input:focus').waitFor();
    await page.waitForLoadState('networkidle');
    expect(requested).toContain(filePath({ kind: 'searchBundle', lang: 'de', file: 'pagefind.js' }));
    expect(requested).toContain(filePath({ kind: 'entityNames', lang: 'de' }));
    await page.locator('#search-input').pressSequentially('Azure');
    await page.locator('.result').first().waitFor();
    expect(requested.filter((path) => path.includes('pagefind-worker'))).toEqual([]);
    expect(requested.filter((path) => path.startsWith(filePath({ kind: 'searchBundle', lang: 'en' })))).toEqual([]);
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
