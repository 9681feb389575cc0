/** axe-core with the WCAG 2.2 A/AA rule set plus axe's best practices, reported as readable lines. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Rules beyond WCAG that still serve screen-reader users: unique landmarks, one main, headings, etc. */
export const AXE_TAGS = [...WCAG_TAGS, 'best-practice'];

export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe once in the page instead of per frame plus a blank page to join the frames' results:
  // a third of the time. It is exact only for pages without frames, which is what the site's pages are.
  const frames = page.frames().map((frame) => frame.url());
  if (frames.length !== 1)
    throw new Error(`axeViolations runs axe in legacy mode, which misses frames; ${page.url()} has ${frames.join(', ')}`);
  // Only violations are read: axe skips collecting the nodes of passing and inapplicable rules. `options()` replaces
  // all run options, so it comes before `withTags()`, which it would otherwise undo (axe then ran its default rules).
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .analyze();
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`));
}
