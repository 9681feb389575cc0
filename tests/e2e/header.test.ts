/**
 * The header in Chromium at phone, small-desktop and desktop widths in both languages: one row from 1024 px,
 * at most 110 px tall on a phone yet still with navigation (the lists, the timeline, the entities, the map),
 * search and the language switch, and never wider than the window.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor, type Lang } from '../../src/routing/urls.ts';

const PAGES = [
  ['home de', '/de/'],
  ['home en', '/en/'],
  ['article', pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' })],
  ['summary', pathFor('en', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' })],
  ['entity de', '/de/entitaeten/sam-altman/'],
  ['entity en', '/en/entities/sam-altman/'],
  ['timeline de', '/de/chronik/'],
  ['map en', '/en/map/'],
  ['search de', '/de/suche/'],
  ['search en', '/en/search/'],
] as const;

/** The header's parts a reader needs, as laid out: null where one is not shown. */
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
async function headerLayout(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element | null): Box | null => {
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 ? { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right } : null;
    };
    const header = document.querySelector('.site-header')!;
    return {
      header: box(header)!,
      name: box(header.querySelector('.site-name')),
      // The search link gives way to the search field where there is room for that.
      navLinks: [...header.querySelectorAll('nav a:not([href$="/suche/"], [href$="/search/"])')].map(box),
      // On a phone the navigation scrolls sideways when its links do not fit the row: then some are cut off.
      navHidden: header.querySelector('nav')!.scrollWidth - header.querySelector('nav')!.clientWidth,
      navTargets: [...header.querySelectorAll('nav a')].map((link) => link.getAttribute('href')),
      placeholderFits: (() => {
        const input = header.querySelector<HTMLInputElement>('input[type="search"]');
        if (!input) return null;
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        return (
          context.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        );
      })(),
      searchField: box(header.querySelector('input[type="search"]')),
      searchButton: box(header.querySelector('.header-search button')),
      searchLink: box(header.querySelector('nav a[href$="/suche/"], nav a[href$="/search/"]')),
      languageSwitch: box(header.querySelector('[data-language-switch]')),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      viewport: document.documentElement.clientWidth,
    };
  });
}

const browser = useBrowser('header');

// 1440 px: where the full site name joins the row.
describe.each([375, 1024, 1280, 1440])('at %i px', (width) => {
  it.each(PAGES)('%s (%s): header fits the rules for this width', async (_name, path) => {
    const page = await browser.open({ viewport: { width, height: 800 } });
    await page.goto(path);
    const layout = await headerLayout(page);

    expect(layout.overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
    expect(layout.name, 'site name shown').not.toBeNull();
    expect(layout.languageSwitch, 'language switch shown').not.toBeNull();
    const lang = path.slice(1, 3) as Lang;
    expect(layout.navTargets, 'the lists, the timeline, the entities, the map and search, in the page language').toEqual(
      (['home', 'timeline', 'entities', 'map', 'search'] as const).map((kind) => pathFor(lang, { kind })),
    );
    expect(layout.navHidden, 'no navigation link hidden in a sideways scroll').toBeLessThanOrEqual(0);
    if (layout.searchField) expect(layout.placeholderFits, 'the search field shows its whole placeholder').toBe(true);
    expect(
      layout.navLinks.filter((link) => link === null),
      'every navigation link shown',
    ).toEqual([]);
    for (const link of [...layout.navLinks, layout.searchLink])
      if (link) expect(link.right, 'navigation link inside the window').toBeLessThanOrEqual(layout.viewport);
    expect(layout.searchField ?? layout.searchLink, 'a way to search').not.toBeNull();
    const items = [
      layout.name,
      ...layout.navLinks,
      layout.searchLink,
      layout.searchField,
      layout.searchButton,
      layout.languageSwitch,
    ].filter((item): item is Box => item !== null);
    for (const [index, item] of items.entries()) {
      for (const other of items.slice(index + 1)) {
        const overlap =
          Math.min(item.right, other.right) - Math.max(item.left, other.left) > 0 &&
          Math.min(item.bottom, other.bottom) - Math.max(item.top, other.top) > 0;
        expect(overlap, 'header items do not overlap').toBe(false);
      }
    }

    if (width >= 1024) {
      // One row: every item spans a common horizontal line.
      expect(Math.max(...items.map((item) => item.top)), 'all header items on one row').toBeLessThan(
        Math.min(...items.map((item) => item.bottom)),
      );
      expect(layout.header.bottom - layout.header.top).toBeLessThanOrEqual(80);
    } else {
      expect(layout.header.bottom - layout.header.top, 'compact header on a phone').toBeLessThanOrEqual(110);
    }
  });
});

describe('search pages', () => {
  it.each(PAGES.filter(([name]) => name.startsWith('search')))("%s (%s) has one search form, the page's own", async (_name, path) => {
    const page = await browser.open({ viewport: { width: 1280, height: 800 } });
    await page.goto(path);
    expect(await page.locator('[role="search"], search').count()).toBe(1);
    expect(await page.locator('.site-header [role="search"]').count()).toBe(0);
    expect(await page.locator('.site-header nav a[aria-current="page"]').getAttribute('href')).toBe(path);
  });
});
