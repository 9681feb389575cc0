/**
 * axe-core (WCAG 2.2 A/AA and best practices) on every page type in both languages, light and dark, desktop and phone: no
 * violations; one h1, headings in order and a skip link on each; the entity map walked with the keyboard.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor } from '../../src/routing/urls.ts';

const PAGES = [
  ['language chooser', '/'],
  ['home de', '/de/'],
  ['home en', '/en/'],
  ['article', pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' })],
  ['article without title', pathFor('de', { kind: 'document', slug: 'microsoft-vertieft-partnerschaft-mit-openai' })],
  ['summary', pathFor('en', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' })],
  [
    'summary with its cited paragraphs open',
    `${pathFor('en', { kind: 'document', slug: 'microsoft-vertieft-partnerschaft-mit-openai' })}?open`,
  ],
  ['timeline de', '/de/chronik/'],
  ['timeline en', '/en/timeline/'],
  ['entity de', '/de/entitaeten/sam-altman/'],
  ['entity en', '/en/entities/sam-altman/'],
  ['entity index de', '/de/entitaeten/'],
  ['entity index en', '/en/entities/'],
  ['entity map de', '/de/karte/'],
  ['entity map en', '/en/map/'],
  ['search with results de', '/de/suche/?q=Azure'],
  ['search with results en', '/en/search/?q=Azure&all=1'],
  ['pending overview de', '/de/ausstehend/'],
  ['pending overview en', '/en/pending/'],
  ['404 de', '/de/404/'],
  ['404 en', '/en/404/'],
  ['404 default', '/no-such-page/'],
] as const;

const browser = useBrowser('a11y');
let page: Page;

/**
 * The states each page is checked in. One load serves all three: the colour scheme and the viewport change in
 * place, as they do for a reader who rotates a phone or switches the system to dark, and the site's layout is
 * CSS alone (no script reads the viewport), so the phone state is the layout a phone loads.
 */
const STATES = [
  ['light colour scheme on a desktop', 'light', { width: 1280, height: 720 }],
  ['dark colour scheme on a desktop', 'dark', { width: 1280, height: 720 }],
  // The phone layout has its own header (a navigation row that may scroll sideways).
  ['light colour scheme on a phone', 'light', { width: 375, height: 812 }],
] as const;

/** One h1, headings without skipped levels, one main, and (but on the language chooser) a skip link as the first Tab stop. */
async function checkStructure(path: string): Promise<void> {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  levels.forEach((level, index) => {
    if (index > 0)
      expect(level - levels[index - 1]!, `heading ${index} jumps from h${levels[index - 1]} to h${level}`).toBeLessThanOrEqual(1);
  });
  expect(await page.locator('main#main').count()).toBe(1);
  if (path !== '/') {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
  }
}

it.each(PAGES)(
  '%s (%s): no WCAG 2.2 A/AA or best-practice violation in light and dark, on a desktop and a phone; headings and skip link in order',
  async (_name, path) => {
    page = await browser.open({ colorScheme: STATES[0][1], viewport: STATES[0][2] });
    const response = await page.goto(path);
    expect(response?.status(), 'the page exists').toBe(path === '/no-such-page/' ? 404 : 200);
    if (path.includes('?q=')) await page.locator('.result').first().waitFor();
    if (path.endsWith('?open'))
      await page.locator('details.cite-sources').evaluateAll((details) => details.forEach((element) => element.setAttribute('open', '')));
    const violations: Record<string, string[]> = {};
    for (const [state, colorScheme, viewport] of STATES) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewport);
      violations[state] = await axeViolations(page);
    }
    expect(violations).toEqual(Object.fromEntries(STATES.map(([state]) => [state, []])));
    // Pages with a query or opened parts are states of a page checked here without them.
    if (!path.includes('?')) await checkStructure(path);
  },
);

describe('the axe check itself', () => {
  it('reports what it is there to find: an image without a name and text without contrast', async () => {
    page = await browser.open();
    await page.goto('/de/');
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><p style="color:#ccc;background:#fff">Kaum lesbar</p>');
    });
    const violations = await axeViolations(page);
    expect(violations.some((line) => line.startsWith('image-alt:'))).toBe(true);
    expect(violations.some((line) => line.startsWith('color-contrast:'))).toBe(true);
  });

  it('sees each state of a loaded page: text readable in light only fails in dark, text readable on a desktop only fails on a phone', async () => {
    // The site's content security policy admits no injected style element; the test's own may pass.
    page = await browser.open({ colorScheme: 'light', viewport: { width: 1280, height: 720 }, bypassCSP: true });
    await page.goto('/de/');
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML(
        'afterbegin',
        `<style>
          .only-light { color: #000; background: #fff; } @media (prefers-color-scheme: dark) { .only-light { color: #333; background: #000; } }
          .only-wide { color: #000; background: #fff; } @media (max-width: 600px) { .only-wide { color: #ddd; } }
        </style><p class="only-light">Hell lesbar</p><p class="only-wide">Breit lesbar</p>`,
      );
    });
    const failing = async (colorScheme: 'light' | 'dark', width: number) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 720 });
      return (await axeViolations(page)).filter((line) => line.startsWith('color-contrast:')).map((line) => /\.only-\w+/.exec(line)?.[0]);
    };
    expect(await failing('light', 1280)).toEqual([]);
    expect(await failing('dark', 1280)).toEqual(['.only-light']);
    expect(await failing('light', 375)).toEqual(['.only-wide']);
  });
});

describe.each([
  ['phone', { width: 375, height: 812 }],
  ['desktop', { width: 1280, height: 900 }],
] as const)('entity map with the keyboard on a %s', (_device, viewport) => {
  it('Tab walks every node, most mentioned first, each with a visible focus ring and its name shown, then the list', async () => {
    page = await browser.open({ viewport });
    await page.goto('/de/karte/');
    const nodes = await page.locator('svg a.map-node').evaluateAll((links) => links.map((link) => link.id));
    expect(nodes.length).toBeGreaterThan(20);
    await page.locator('.map-caption a').focus();
    for (const id of nodes) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const active = document.activeElement!;
        const { outlineStyle, outlineWidth } = getComputedStyle(active);
        const shownLabels = [...active.querySelectorAll('text')].filter(
          (text) => getComputedStyle(text).display !== 'none' && text.getBoundingClientRect().width > 0,
        );
        return { id: active.id, outlineStyle, outlineWidth: parseFloat(outlineWidth), shownLabels: shownLabels.length };
      });
      expect(focused.id).toBe(id);
      expect(focused.outlineStyle, `${id} focus ring`).not.toBe('none');
      expect(focused.outlineWidth, `${id} focus ring`).toBeGreaterThanOrEqual(2);
      expect(focused.shownLabels, `${id} shows its name while focused`).toBe(1);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#co-mentions') !== null)).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
  });
});
