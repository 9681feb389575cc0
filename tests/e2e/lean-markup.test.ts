/**
 * Markup without a class on every repeated element (a mention list, an entity link, a statement beside a paragraph)
 * looks as it did: the stylesheet reaches those elements through their section or their attributes instead. Each
 * check compares an element's computed style with the site's colour tokens, in light and in dark mode.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor } from '../../src/routing/urls.ts';

const browser = useBrowser('lean-markup');
const ENTITY = '/de/entitaeten/sam-altman/';
const SLUG = 'altman-nadella-gespraech-nach-umstrukturierung';
const ARTICLE = pathFor('de', { kind: 'document', slug: SLUG });
const SUMMARY = pathFor('en', { kind: 'document', slug: SLUG });
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 800, height: 900 };

/** The computed colour of a site token (`--text`, `--accent`, …) in the page's current scheme. */
function token(page: Page, name: string): Promise<string> {
  return page.evaluate((property) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${property})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, name);
}

/** Computed style properties of every element matching `selector`, deduplicated. */
async function styles(page: Page, selector: string, properties: string[]): Promise<string[]> {
  const found = await page
    .locator(selector)
    .evaluateAll(
      (elements, names) => elements.map((element) => names.map((name) => getComputedStyle(element).getPropertyValue(name)).join(' | ')),
      properties,
    );
  expect(found.length, selector).toBeGreaterThan(0);
  return [...new Set(found)];
}

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it('"mentioned in" on an entity page: indented lists of sentences in the text colour, underlined in the border colour', async () => {
    const page = await browser.open({ colorScheme });
    await page.goto(ENTITY);
    const [text, border] = [await token(page, '--text'), await token(page, '--border')];
    expect(await styles(page, '#mentioned-in-heading ~ article li a', ['color', 'text-decoration-color'])).toEqual([`${text} | ${border}`]);
    expect(await styles(page, '#mentioned-in-heading ~ article ul', ['padding-left'])).toEqual(['20px']);
    expect(await styles(page, '#mentioned-in-heading ~ article li', ['margin-bottom'])).toEqual(['8px']);
    expect(await styles(page, '#mentioned-in-heading ~ article h3', ['margin-bottom'])).toEqual(['1.6px']);
  });

  it('statements beside a German paragraph (parallel reading): a quote with a border, opened by its label in the sans face', async () => {
    const page = await browser.open({ colorScheme, viewport: WIDE });
    await page.goto(ARTICLE);
    const border = await token(page, '--border');
    expect(await styles(page, '.citing > blockquote', ['border-left', 'padding-left', 'font-size', 'margin-bottom'])).toEqual([
      `3px solid ${border} | 14.4px | 16px | 16px`,
    ]);
    const labels = await styles(page, '.citing > blockquote > a:first-child', [
      'display',
      'font-weight',
      'font-family',
      'text-decoration-line',
    ]);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^block \| 600 \| .*sans-serif \| none$/);
  });

  it('a summary statement: framed citation numbers, and quotes captioned in the muted colour with a border', async () => {
    const page = await browser.open({ colorScheme, viewport: NARROW });
    await page.goto(SUMMARY);
    await page.locator('details.cite-sources').evaluateAll((details) => details.forEach((element) => element.setAttribute('open', '')));
    const [border, muted] = [await token(page, '--border'), await token(page, '--muted')];
    const numbers = await styles(page, '.cites a', [
      'display',
      'border-top',
      'border-radius',
      'font-weight',
      'text-decoration-line',
      'font-variant-numeric',
    ]);
    expect(numbers).toEqual([`inline-block | 1px solid ${border} | 4.8px | 600 | none | tabular-nums`]);
    expect(await styles(page, '.cite-sources figure', ['margin-top', 'margin-bottom'])).toEqual(['8px | 12.8px']);
    expect(await styles(page, '.cite-sources figcaption', ['color', 'font-variant-numeric'])).toEqual([`${muted} | tabular-nums`]);
    expect(await styles(page, '.cite-sources blockquote', ['border-left', 'padding-left', 'margin-top'])).toEqual([
      `3px solid ${border} | 14.4px | 3.2px`,
    ]);
    // Read in parallel, the quotes stand open beside the statement, the last one without a bottom margin.
    await page.setViewportSize(WIDE);
    expect(new Set(await styles(page, '.cite-sources figure', ['margin-top', 'margin-bottom']))).toEqual(
      new Set(['0px | 12.8px', '0px | 0px']),
    );
    expect(await styles(page, '.cite-sources figure:last-child', ['margin-bottom'])).toEqual(['0px']);
  });

  it.each([
    ['an article', ARTICLE, '.lede a[id^="lede-mention-"], .prose a[id^="mention-"]'],
    ['a summary', SUMMARY, '.prose a[id^="mention-"], .key-points a[id^="mention-"]'],
  ])('entity links in %s: in the colour of their text, underlined in the accent colour', async (_kind, path, selector) => {
    const page = await browser.open({ colorScheme });
    await page.goto(path);
    const accent = await token(page, '--accent');
    const links = await page.locator(selector).evaluateAll((elements) =>
      elements.map((element) => {
        const [own, text] = [getComputedStyle(element), getComputedStyle(element.parentElement!)];
        return `${own.color === text.color} | ${own.textDecorationColor} | ${own.textDecorationThickness}`;
      }),
    );
    expect(links.length).toBeGreaterThan(0);
    expect([...new Set(links)]).toEqual([`true | ${accent} | 1px`]);
  });

  it('¶ permalinks of an article, the lede and the blocks of its text: muted, tabular, hidden until hovered or focused', async () => {
    const page = await browser.open({ colorScheme });
    await page.goto(ARTICLE);
    const muted = await token(page, '--muted');
    const permalinks = await page.locator('[id^="p-"] > a[href^="#p-"]').evaluateAll((links) =>
      links.map((link) => {
        const style = getComputedStyle(link);
        const own = link.getAttribute('href') === `#${link.parentElement!.id}`;
        return `${own} | ${style.color} | ${style.opacity} | ${style.fontVariantNumeric} | ${getComputedStyle(link, '::before').content}`;
      }),
    );
    expect(permalinks.length).toBeGreaterThan(10);
    expect([...new Set(permalinks)]).toEqual([`true | ${muted} | 0 | tabular-nums | "¶"`]);
  });
});
