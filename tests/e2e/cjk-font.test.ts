/**
 * In Chromium, 新智元 shows as real glyphs from the site's CJK subset, not as empty boxes, even where the
 * system has no CJK font (the test Chromium has almost none), and only pages with CJK download the font.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { pathFor } from '../../src/routing/urls.ts';

const ARTICLE = pathFor('de', { kind: 'document', slug: 'altman-nadella-gespraech-nach-umstrukturierung' });
const FAMILY = 'Noto Sans SC Subset';

const browser = useBrowser('cjk-font');

/** Fonts Chromium used to paint an element's text, from the DevTools protocol. */
async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
}

/** Opens a page and collects the CJK font files it downloads (the text face's are tests/e2e/typography.test.ts's). */
async function openCollectingFonts(path: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; fonts: string[] }> {
  const page = await browser.open({ viewport });
  const fonts: string[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.resourceType() === 'font' && /\/fonts\/cjk-/.test(path)) fonts.push(path);
  });
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  return { page, fonts };
}

describe('CJK subset font', () => {
  it('paints the publisher 新智元 on the article page with the subset, after the font has loaded', async () => {
    const { page, fonts } = await openCollectingFonts(ARTICLE);
    const publisher = page.locator('.meta dd').first();
    expect(await publisher.textContent()).toBe('新智元');
    expect(fonts.length).toBeGreaterThan(0);
    // Regular only: the publisher is not bold.
    expect(
      fonts.every((font) => /\/fonts\/cjk-400-[0-9a-f]+\.woff2$/.test(font)),
      fonts.join(', '),
    ).toBe(true);
    // The text painted before the font arrived is repainted with it: no empty boxes left behind.
    const used = await platformFonts(page, '.meta dd');
    expect(used.filter((font) => font.isCustomFont).reduce((sum, font) => sum + font.glyphCount, 0)).toBe(3);
    expect(used.filter((font) => !font.isCustomFont)).toEqual([]);
  });

  it('draws 新, 智 and 元 as three distinct glyphs with width and ink, unlike the empty box of a character no font has', async () => {
    const { page } = await openCollectingFonts(ARTICLE);
    const glyphs = await page.evaluate(async (family) => {
      await document.fonts.load(`40px "${family}"`, '新智元');
      const canvas = document.createElement('canvas');
      canvas.width = 60;
      canvas.height = 60;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.font = `40px "${family}", sans-serif`;
      // U+E000 (private use): no font here has it, so it shows the missing-glyph box.
      return ['新', '智', '元', '\u{E000}'].map((character) => {
        context.clearRect(0, 0, 60, 60);
        context.fillText(character, 5, 45);
        const alpha = [...context.getImageData(0, 0, 60, 60).data].filter((_, index) => index % 4 === 3);
        return {
          character,
          width: context.measureText(character).width,
          ink: alpha.filter((value) => value > 0).length,
          bitmap: alpha.join(','),
        };
      });
    }, FAMILY);
    const [tofu] = glyphs.splice(3, 1);
    for (const glyph of glyphs) {
      expect(glyph.width, glyph.character).toBeGreaterThan(0);
      expect(glyph.ink, glyph.character).toBeGreaterThan(0);
      expect(glyph.bitmap, `${glyph.character} is not the empty box`).not.toBe(tofu!.bitmap);
    }
    expect(new Set(glyphs.map((glyph) => glyph.bitmap)).size, 'three different glyphs, not one box three times').toBe(3);
  });

  it('uses the bold face for the entity name in the heading', async () => {
    const { page, fonts } = await openCollectingFonts('/de/entitaeten/xinzhiyuan/');
    expect(await page.locator('h1').textContent()).toBe('新智元');
    expect(fonts.some((font) => /\/fonts\/cjk-700-/.test(font))).toBe(true);
    const used = await platformFonts(page, 'h1');
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((font) => !font.isCustomFont)).toEqual([]);
  });

  it('is not downloaded by a page without CJK characters', async () => {
    const { fonts } = await openCollectingFonts('/en/entities/sam-altman/');
    expect(fonts).toEqual([]);
  });
});
