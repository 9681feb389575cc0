/**
 * The maps as Chromium draws them: on the map page and every entity page's small map, no shown label's real
 * box (getBoundingClientRect of its text) overlaps another's or the painted shape of any node (isPointInFill
 * over the label's box), every label stays inside its drawing, and names and shapes keep their contrast
 * in light and dark.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { LANGS, pathFor } from '../../src/routing/urls.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const ENTITY_IDS = readdirSync(join(PROJECT, 'content', 'entities')).map((name) => name.replace(/\.yaml$/, ''));
const MAPS = ['/de/karte/', '/en/map/'];
const WIDTHS = [375, 1280];

interface Drawn {
  /** Names of the shown labels that overlap another shown label. */
  labelOverlaps: string[];
  /** Label name and node title of each shown label that covers a painted shape. */
  shapeOverlaps: string[];
  /** Names of shown labels not wholly inside their drawing. */
  outside: string[];
  shown: string[];
  hidden: string[];
}

/**
 * What the page's drawing (`svg`) shows: its labels' real boxes against each other and against the shapes' painted
 * area. Read in the page's own world, without Playwright's selector engine: the phone test reads 82 pages, and
 * putting that engine into each new document cost Chromium about 0.1 s of CPU a page.
 */
async function drawn(page: Page, svg: string, label: string): Promise<Drawn> {
  return page.evaluate(
    ([svgSelector, labelSelector]: [string, string]) => {
      const drawing = document.querySelector(svgSelector);
      if (!drawing) throw new Error(`no ${svgSelector} on ${location.pathname}`);
      const labels = [...drawing.querySelectorAll<SVGTextElement>(labelSelector)];
      const isShown = (text: SVGTextElement) => getComputedStyle(text).display !== 'none';
      const shown = labels.filter(isShown).map((text) => ({ text, name: text.textContent!, box: text.getBoundingClientRect() }));
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const labelOverlaps = shown.flatMap((a, index) =>
        shown.slice(index + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.name} / ${b.name}`] : [])),
      );
      const shapes = [...drawing.querySelectorAll<SVGPathElement>('path.map-shape')];
      const shapeOverlaps: string[] = [];
      for (const { name, box } of shown) {
        for (const shape of shapes) {
          const bounds = shape.getBoundingClientRect();
          if (!overlap(box, bounds)) continue;
          // The shape's painted area, sampled every half pixel over the label's box where the shape's box meets it
          // (no point outside its box is painted).
          const toShape = shape.getScreenCTM()!.inverse();
          const [left, right] = [Math.max(box.left, bounds.left), Math.min(box.right, bounds.right)];
          const [top, bottom] = [Math.max(box.top, bounds.top), Math.min(box.bottom, bounds.bottom)];
          let covered = false;
          for (let x = left; x <= right && !covered; x += 0.5) {
            for (let y = top; y <= bottom && !covered; y += 0.5) {
              const point = new DOMPoint(x, y).matrixTransform(toShape);
              covered = shape.isPointInFill(point);
            }
          }
          if (covered)
            shapeOverlaps.push(`${name} covers ${shape.closest('a')?.querySelector('title')?.textContent ?? 'the entity itself'}`);
        }
      }
      const frame = drawing.getBoundingClientRect();
      const outside = shown
        .filter(
          ({ box }) =>
            box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5,
        )
        .map(({ name }) => name);
      return {
        labelOverlaps,
        shapeOverlaps,
        outside,
        shown: shown.map(({ name }) => name),
        hidden: labels.filter((text) => !isShown(text)).map((text) => text.textContent!),
      };
    },
    [svg, label] as [string, string],
  );
}

const browser = useBrowser('entity map');

describe.each(WIDTHS)('at %i px', (width) => {
  it.each(MAPS)('%s: no shown label overlaps another or a node, none is cut off', async (path) => {
    const page = await browser.open({ viewport: { width, height: 900 } });
    await page.goto(path);
    const result = await drawn(page, 'svg.map-drawing', 'text.map-label');
    expect(result.labelOverlaps).toEqual([]);
    expect(result.shapeOverlaps).toEqual([]);
    expect(result.outside).toEqual([]);
    const nodes = await page.locator('svg.map-drawing a.map-node').count();
    // Drawn large, every node has its name; drawn on a phone, at least the most mentioned.
    const named = new Set(result.shown);
    if (width === 1280) expect(named.size).toBe(nodes);
    else expect(named.size).toBeGreaterThan(nodes / 3);
    const firstNames = await page
      .locator('svg.map-drawing a.map-node')
      .evaluateAll((links) => links.slice(0, 5).map((link) => link.querySelector('text')!.textContent!));
    for (const name of firstNames) expect(named.has(name), `${name} labelled`).toBe(true);
    // The most mentioned stand out: larger and bold type than the least mentioned.
    const type = await page.locator('svg.map-drawing a.map-node').evaluateAll((links) =>
      [links[0]!, links.at(-1)!].map((link) => {
        const style = getComputedStyle(link.querySelector('text')!);
        return { size: parseFloat(style.fontSize), weight: Number(style.fontWeight) };
      }),
    );
    expect(type[0]!.size).toBeGreaterThan(type[1]!.size);
    expect(type[0]!.weight).toBeGreaterThan(type[1]!.weight);
  });
});

// On a phone, where a small map may be drawn smaller than its view box; wider, it is drawn the same.
describe('on a phone', () => {
  it('every entity page: its small map fits the page, no label overlaps another or a node', async () => {
    const page = await browser.open({ viewport: { width: 375, height: 900 } });
    let maps = 0;
    for (const lang of LANGS) {
      for (const id of ENTITY_IDS) {
        await page.goto(pathFor(lang, { kind: 'entity', id }));
        const {
          listed,
          name,
          maps: drawings,
          overflow,
        } = await page.evaluate(() => ({
          listed: [...document.querySelectorAll('ul.related a')].map((link) => link.textContent),
          name: document.querySelector('h1')?.textContent,
          maps: document.querySelectorAll('svg.neighbour-map').length,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        expect(overflow, `${lang} ${id}: no sideways scrolling`).toBeLessThanOrEqual(0);
        if (listed.length === 0) {
          expect(drawings, `${lang} ${id}: no map without neighbours`).toBe(0);
          continue;
        }
        maps += 1;
        const result = await drawn(page, 'svg.neighbour-map', 'text.map-label');
        expect(result, `${lang} ${id}`).toMatchObject({ labelOverlaps: [], shapeOverlaps: [], outside: [], hidden: [] });
        // The drawing names exactly the listed entities, in the list's order, after the entity itself.
        expect(
          result.shown.map((label) => label.trim().replace(/\s+/g, ' ')),
          `${lang} ${id}`,
        ).toEqual([name, ...listed]);
      }
    }
    expect(maps).toBeGreaterThan(40);
  });
});

/** WCAG relative luminance contrast of two computed colours (rgb() or rgba() with full alpha). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((part) => {
        const channel = Number(part) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe.each(['light', 'dark'] as const)('%s colour scheme', (colorScheme) => {
  it.each([...MAPS, '/de/entitaeten/microsoft/', '/en/entities/sam-altman/'])(
    '%s: names at least 4.5:1 against the page, shapes at least 3:1',
    async (path) => {
      const page = await browser.open({ colorScheme, viewport: { width: 1280, height: 900 } });
      await page.goto(path);
      const colours = await page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        labels: [...document.querySelectorAll('svg text')].map((text) => getComputedStyle(text).fill),
        shapes: [...document.querySelectorAll('svg path.map-shape')].map((shape) => getComputedStyle(shape).fill),
      }));
      expect(colours.labels.length).toBeGreaterThan(0);
      for (const fill of new Set(colours.labels)) expect(contrast(fill, colours.background), fill).toBeGreaterThanOrEqual(4.5);
      for (const fill of new Set(colours.shapes)) expect(contrast(fill, colours.background), fill).toBeGreaterThanOrEqual(3);
    },
  );
});
