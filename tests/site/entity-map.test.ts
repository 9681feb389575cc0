/** The entity map pages on the built site: nodes, edges and their text version, as a reader receives them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fileForUrl, loadPage } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/project-copy.ts';

const ids = readdirSync(join(PROJECT, 'content', 'entities')).map((name) => name.replace(/\.yaml$/, ''));
const LANGS = [
  { lang: 'de', map: '/de/karte/', entities: '/de/entitaeten/', counterpart: '/en/map/' },
  { lang: 'en', map: '/en/map/', entities: '/en/entities/', counterpart: '/de/karte/' },
] as const;

const idOf = (href: string, entities: string) => href.slice(entities.length).replace(/\/$/, '');
const pairKey = (a: string, b: string) => [a, b].sort().join(' + ');

/** Each edge drawn: the two nodes whose centres its line joins, and its stroke width. */
function drawnEdges($: CheerioAPI, entities: string): Map<string, number> {
  const centres = new Map<string, string>();
  $('svg a.map-node').each((_, node) => {
    const [, x, y] = /translate\(([\d.]+) ([\d.]+)\)/.exec($(node).find('g').attr('transform')!)!;
    centres.set(`${x} ${y}`, idOf($(node).attr('href')!, entities));
  });
  const edges = new Map<string, number>();
  $('svg .map-edges path').each((_, path) => {
    const width = Number($(path).attr('stroke-width'));
    for (const [, x1, y1, x2, y2] of $(path)
      .attr('d')!
      .matchAll(/M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)/g)) {
      const [a, b] = [centres.get(`${x1} ${y1}`), centres.get(`${x2} ${y2}`)];
      expect(a && b, `edge ${x1},${y1} – ${x2},${y2} ends at nodes`).toBeTruthy();
      const key = pairKey(a!, b!);
      expect(edges.has(key), `${key} drawn once`).toBe(false);
      edges.set(key, width);
    }
  });
  return edges;
}

/** The ranked list: each pair with its shared sentences, in the order listed. */
function listedPairs($: CheerioAPI, entities: string): { key: string; sentences: number }[] {
  return $('#co-mentions .co-mentions > div')
    .map((_, group) => {
      const sentences = Number(/\d+/.exec($(group).find('dt').text())![0]);
      return $(group)
        .find('dd li')
        .map((_, item) => {
          const [a, b] = $(item)
            .find('a')
            .map((_, link) => idOf($(link).attr('href')!, entities))
            .get() as [string, string];
          return { key: pairKey(a, b), sentences };
        })
        .get();
    })
    .get();
}

describe.each(LANGS)('the $lang map', ({ lang, map, entities, counterpart }) => {
  const $ = loadPage(map);

  it('exists in its language, names its counterpart and ships no script', () => {
    expect($('html').attr('lang')).toBe(lang);
    expect($('a[data-language-switch]').attr('href')).toBe(counterpart);
    expect($('h1').length).toBe(1);
    // JSON-LD (the breadcrumb trail's) is data for search engines, not script that runs.
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
  });

  it('has a node for every entity that shares a sentence, linking to its page under its name', () => {
    const nodes = $('svg a.map-node')
      .map((_, node) => ({ href: $(node).attr('href')!, title: $(node).children('title').text() }))
      .get();
    const expected = ids.filter((id) => loadPage(`${entities}${id}/`)('.related li').length > 0);
    expect(expected.length).toBeGreaterThan(20);
    expect(nodes.map((node) => idOf(node.href, entities)).sort()).toEqual(expected.sort());
    const mentions = nodes.map((node) => Number(/(\d+)\D*\)$/.exec(node.title)![1]));
    expect(mentions, 'most mentioned first: the Tab order').toEqual([...mentions].sort((a, b) => b - a));
    for (const { href, title } of nodes) {
      expect(fileForUrl(href), href).toBeDefined();
      expect(title.startsWith(`${loadPage(href)('h1').text()} (`), `${href}: "${title}"`).toBe(true);
    }
  });

  it('lists exactly the drawn edges, most shared sentences first, thicker lines for more', () => {
    const edges = drawnEdges($, entities);
    const listed = listedPairs($, entities);
    expect(listed.map((pair) => pair.key).sort()).toEqual([...edges.keys()].sort());
    const counts = listed.map((pair) => pair.sentences);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byWidth = [...listed].sort((a, b) => a.sentences - b.sentences).map((pair) => edges.get(pair.key)!);
    expect(byWidth).toEqual([...byWidth].sort((a, b) => a - b));
    expect(edges.get(pairKey('microsoft', 'openai'))).toBe(Math.max(...edges.values()));
  });

  it('gives the same shared-sentence counts as the entity pages\' "mentioned together" lists', () => {
    const listed = new Map(listedPairs($, entities).map((pair) => [pair.key, pair.sentences]));
    for (const id of ['microsoft', 'sam-altman', 'azure']) {
      const $entity = loadPage(`${entities}${id}/`);
      $entity('.related li').each((_, item) => {
        const other = idOf($entity(item).find('a').attr('href')!, entities);
        expect(listed.get(pairKey(id, other)), `${id} + ${other}`).toBe(Number(/\d+/.exec($entity(item).find('.note').text())![0]));
      });
    }
  });

  it('names its drawing, points to the list and gives a legend in words', () => {
    const svg = $('svg.map-drawing');
    expect(svg.attr('role')).toBe('group');
    expect($(`#${svg.attr('aria-labelledby')}`).text().length).toBeGreaterThan(5);
    expect($('.map-caption a').attr('href')).toBe('#co-mentions');
    const kinds = $('.map-legend li')
      .map((_, item) => $(item).text().trim())
      .get();
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    expect(
      new Set(
        $('.map-legend path')
          .map((_, path) => $(path).attr('d'))
          .get(),
      ).size,
      'one shape per kind',
    ).toBe(kinds.length);
  });

  it('is linked from the entity index and from each entity page on the map', () => {
    // The index's own link, besides the header's on every page.
    expect(loadPage(entities)(`main a[href="${map}"]`).length).toBe(1);
    $('svg a.map-node').each((_, node) => {
      const href = $(node).attr('href')!;
      expect(loadPage(href)(`a[href="${map}#${$(node).attr('id')}"]`).length, href).toBe(1);
    });
  });

  it('stays small', () => {
    const gzipped = gzipSync(readFileSync(fileForUrl(map)!), { level: 9 }).length;
    expect(gzipped, `${map}: ${(gzipped / 1024).toFixed(1)} KB gzipped`).toBeLessThan(20 * 1024);
  });
});

describe.each(LANGS)("the $lang entity pages' small maps", ({ lang, entities }) => {
  const pages = ids.map((id) => ({ id, $: loadPage(`${entities}${id}/`) }));

  it('draw exactly the "often mentioned together" list, in its order, each a link with the shared sentences in its name', () => {
    let drawn = 0;
    for (const { id, $ } of pages) {
      const listed = $('.related li')
        .map((_, item) => ({ href: $(item).find('a').attr('href')!, note: $(item).find('.note').text().slice(1, -1) }))
        .get();
      const svg = $('svg.neighbour-map');
      if (listed.length === 0) {
        expect(svg.length, `${id}: no map without neighbours`).toBe(0);
        continue;
      }
      drawn += 1;
      expect(svg.length, id).toBe(1);
      expect(svg.closest('section').find('ul.related').length, `${id}: the map sits with its list`).toBe(1);
      const links = svg
        .find('a.map-node')
        .map((_, link) => ({ href: $(link).attr('href')!, title: $(link).children('title').text() }))
        .get();
      expect(
        links.map((link) => link.href),
        id,
      ).toEqual(listed.map((item) => item.href));
      for (const [index, link] of links.entries()) expect(link.title, id).toContain(listed[index]!.note);
    }
    expect(drawn).toBeGreaterThan(40);
  });

  it('are named and described, with no script and a small weight', () => {
    const sizes: number[] = [];
    for (const { id, $ } of pages) {
      const svg = $('svg.neighbour-map');
      if (svg.length === 0) continue;
      const name = $('h1').text();
      expect(svg.attr('role'), id).toBe('group');
      expect($(`#${svg.attr('aria-labelledby')}`).text(), id).toContain(name);
      expect($(`#${svg.attr('aria-describedby')}`).text(), id).toContain(name);
      expect($('script:not([type="application/ld+json"])').length, id).toBe(0);
      sizes.push(gzipSync($.html(svg), { level: 9 }).length);
    }
    const largest = Math.max(...sizes);
    console.log(`${lang} small maps: ${sizes.length}, gzipped alone ${Math.min(...sizes)}–${largest} bytes`);
    expect(largest, 'the largest small map, gzipped alone').toBeLessThan(1536);
  });
});

describe.each(LANGS)("the $lang map's type", ({ map }) => {
  const $ = loadPage(map);

  it('sets the most mentioned names larger and bold', () => {
    const size = (style: string | undefined, mode: string) => Number(new RegExp(`--label-${mode}: ([\\d.]+)px`).exec(style ?? '')?.[1]);
    const drawing = $('svg.map-drawing').attr('style');
    const labels = $('svg a.map-node')
      .map((_, node) => ({ style: $(node).find('text').attr('style'), weight: $(node).find('text').attr('font-weight') }))
      .get();
    const [most] = labels;
    const least = labels.at(-1)!;
    for (const mode of ['wide', 'narrow']) {
      expect(size(most!.style, mode), `the most mentioned name larger (${mode})`).toBeGreaterThan(size(drawing, mode));
      expect(least.style, "the least mentioned name at the drawing's size").toBeUndefined();
    }
    expect(most!.weight).toBe('700');
    expect(least.weight).toBeUndefined();
  });
});
