/** axe-core with the WCAG 2.2 A/AA rule set plus axe's best practices, reported as readable lines. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Rules beyond WCAG that still serve screen-reader users: unique landmarks, one main, headings, etc. */
export const AXE_TAGS = [...WCAG_TAGS, 'best-practice'];

// The minified build: Chromium parses 0.65 MB instead of 1.5 MB each time axe is put into a page (about a third less time).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page as it is now. axe is put into a page once and then run as often as asked, so a
 * caller can check one loaded page in several states (another colour scheme, another viewport) without loading
 * and parsing axe again. One `axe.run` on the document covers the page only when it has no frames: the site's
 * pages have none, and a page with one is an error here rather than a silent gap.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const frames = page.frames().map((frame) => frame.url());
  if (frames.length !== 1) throw new Error(`axeViolations runs axe on the top document only; ${page.url()} has ${frames.join(', ')}`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Only violations are read: axe skips collecting the nodes of passing and inapplicable rules.
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  const violations = await page.evaluate(
    async (options) => (await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, options)).violations,
    options,
  );
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`));
}
