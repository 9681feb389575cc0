/**
 * Markup without a class on every repeated element (a mention list, an entity link, a statement beside a paragraph)
 * looks as it did: the stylesheet reaches those elements through their section or their attributes instead. Each
 * check compares an element's computed style with the site's colour tokens, in light and in dark mode.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser('lean-markup');
const ENTITY = '/de/entitaeten/sam-altman/';

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
});
