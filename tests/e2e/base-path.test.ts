/** A reader on a site served under a sub-path (the grown copy): navigation, language switch and search stay under it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import type { ProjectCopy } from '../helpers/project-copy.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';

let copy: ProjectCopy;
beforeAll(async () => {
  const shared = await sharedBuild('grown');
  expect(shared.steps['build']!.status, shared.steps['build']!.output).toBe(0);
  expect(shared.site.site.pathname).toBe('/archiv/');
  copy = shared.copy;
}, 600_000);
const browser = useBrowser('base-path', () => copy);

describe('under /archiv/', () => {
  it('reads an article, switches language and comes back', async () => {
    const page = await browser.open();
    expect((await page.goto('/archiv/de/'))?.status()).toBe(200);
    await page.locator('.card a').first().click();
    await page.waitForURL(/\/archiv\/de\/artikel\/[0-9a-f]{2}\/[^/]+\/$/);
    await page.locator('a[data-language-switch]').click();
    await page.waitForURL(/\/archiv\/en\/summaries\/[0-9a-f]{2}\/[^/]+\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('searches from the header field and opens a result under the base path', async () => {
    const page = await browser.open();
    await page.goto('/archiv/de/');
    await page.locator('#header-search-input').fill('Azure');
    await page.locator('#header-search-input').press('Enter');
    await page.waitForURL(/\/archiv\/de\/suche\/\?q=Azure/);
    await page.locator('.result').first().waitFor();
    const hrefs = await page
      .locator('.result-title a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/archiv\/de\//);
    await page.locator('.result-title a').first().click();
    await page.waitForURL(/\/archiv\/de\//);
    expect(await page.locator('h1').count()).toBe(1);
  });
});
